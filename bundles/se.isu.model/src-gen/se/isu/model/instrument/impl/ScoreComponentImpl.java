/**
 */
package se.isu.model.instrument.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import se.isu.model.instrument.ComponentTransform;
import se.isu.model.instrument.InstrumentPackage;
import se.isu.model.instrument.RowAggregate;
import se.isu.model.instrument.ScoreComponent;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Score Component</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.impl.ScoreComponentImpl#getItemId <em>Item Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreComponentImpl#getTransform <em>Transform</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreComponentImpl#getMax <em>Max</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreComponentImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreComponentImpl#getCode <em>Code</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreComponentImpl#getOver <em>Over</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoreComponentImpl extends MinimalEObjectImpl.Container implements ScoreComponent {
	/**
	 * The default value of the '{@link #getItemId() <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemId()
	 * @generated
	 * @ordered
	 */
	protected static final String ITEM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getItemId() <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemId()
	 * @generated
	 * @ordered
	 */
	protected String itemId = ITEM_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTransform() <em>Transform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransform()
	 * @generated
	 * @ordered
	 */
	protected static final ComponentTransform TRANSFORM_EDEFAULT = ComponentTransform.SCALED;

	/**
	 * The cached value of the '{@link #getTransform() <em>Transform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransform()
	 * @generated
	 * @ordered
	 */
	protected ComponentTransform transform = TRANSFORM_EDEFAULT;

	/**
	 * The default value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected double max = MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected double weight = WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOver() <em>Over</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOver()
	 * @generated
	 * @ordered
	 */
	protected static final RowAggregate OVER_EDEFAULT = RowAggregate.NONE;

	/**
	 * The cached value of the '{@link #getOver() <em>Over</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOver()
	 * @generated
	 * @ordered
	 */
	protected RowAggregate over = OVER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoreComponentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InstrumentPackage.Literals.SCORE_COMPONENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getItemId() {
		return itemId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItemId(String newItemId) {
		String oldItemId = itemId;
		itemId = newItemId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_COMPONENT__ITEM_ID, oldItemId, itemId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentTransform getTransform() {
		return transform;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransform(ComponentTransform newTransform) {
		ComponentTransform oldTransform = transform;
		transform = newTransform == null ? TRANSFORM_EDEFAULT : newTransform;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_COMPONENT__TRANSFORM, oldTransform, transform));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMax() {
		return max;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMax(double newMax) {
		double oldMax = max;
		max = newMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_COMPONENT__MAX, oldMax, max));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(double newWeight) {
		double oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_COMPONENT__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_COMPONENT__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RowAggregate getOver() {
		return over;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOver(RowAggregate newOver) {
		RowAggregate oldOver = over;
		over = newOver == null ? OVER_EDEFAULT : newOver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_COMPONENT__OVER, oldOver, over));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InstrumentPackage.SCORE_COMPONENT__ITEM_ID:
				return getItemId();
			case InstrumentPackage.SCORE_COMPONENT__TRANSFORM:
				return getTransform();
			case InstrumentPackage.SCORE_COMPONENT__MAX:
				return getMax();
			case InstrumentPackage.SCORE_COMPONENT__WEIGHT:
				return getWeight();
			case InstrumentPackage.SCORE_COMPONENT__CODE:
				return getCode();
			case InstrumentPackage.SCORE_COMPONENT__OVER:
				return getOver();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InstrumentPackage.SCORE_COMPONENT__ITEM_ID:
				setItemId((String)newValue);
				return;
			case InstrumentPackage.SCORE_COMPONENT__TRANSFORM:
				setTransform((ComponentTransform)newValue);
				return;
			case InstrumentPackage.SCORE_COMPONENT__MAX:
				setMax((Double)newValue);
				return;
			case InstrumentPackage.SCORE_COMPONENT__WEIGHT:
				setWeight((Double)newValue);
				return;
			case InstrumentPackage.SCORE_COMPONENT__CODE:
				setCode((String)newValue);
				return;
			case InstrumentPackage.SCORE_COMPONENT__OVER:
				setOver((RowAggregate)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case InstrumentPackage.SCORE_COMPONENT__ITEM_ID:
				setItemId(ITEM_ID_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_COMPONENT__TRANSFORM:
				setTransform(TRANSFORM_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_COMPONENT__MAX:
				setMax(MAX_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_COMPONENT__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_COMPONENT__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_COMPONENT__OVER:
				setOver(OVER_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case InstrumentPackage.SCORE_COMPONENT__ITEM_ID:
				return ITEM_ID_EDEFAULT == null ? itemId != null : !ITEM_ID_EDEFAULT.equals(itemId);
			case InstrumentPackage.SCORE_COMPONENT__TRANSFORM:
				return transform != TRANSFORM_EDEFAULT;
			case InstrumentPackage.SCORE_COMPONENT__MAX:
				return max != MAX_EDEFAULT;
			case InstrumentPackage.SCORE_COMPONENT__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
			case InstrumentPackage.SCORE_COMPONENT__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case InstrumentPackage.SCORE_COMPONENT__OVER:
				return over != OVER_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (itemId: ");
		result.append(itemId);
		result.append(", transform: ");
		result.append(transform);
		result.append(", max: ");
		result.append(max);
		result.append(", weight: ");
		result.append(weight);
		result.append(", code: ");
		result.append(code);
		result.append(", over: ");
		result.append(over);
		result.append(')');
		return result.toString();
	}

} //ScoreComponentImpl
