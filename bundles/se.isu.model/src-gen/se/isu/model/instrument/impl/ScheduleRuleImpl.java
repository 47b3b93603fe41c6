/**
 */
package se.isu.model.instrument.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import se.isu.model.OccasionKind;

import se.isu.model.instrument.InstrumentPackage;
import se.isu.model.instrument.ScheduleAnchor;
import se.isu.model.instrument.ScheduleRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Schedule Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.impl.ScheduleRuleImpl#getOccasionKind <em>Occasion Kind</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScheduleRuleImpl#getAnchor <em>Anchor</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScheduleRuleImpl#getOffsetMonths <em>Offset Months</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScheduleRuleImpl#getOffsetDays <em>Offset Days</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScheduleRuleImpl#getToleranceDays <em>Tolerance Days</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScheduleRuleImpl#getInterventionTypes <em>Intervention Types</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScheduleRuleImpl extends MinimalEObjectImpl.Container implements ScheduleRule {
	/**
	 * The default value of the '{@link #getOccasionKind() <em>Occasion Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccasionKind()
	 * @generated
	 * @ordered
	 */
	protected static final OccasionKind OCCASION_KIND_EDEFAULT = OccasionKind.INTAKE;

	/**
	 * The cached value of the '{@link #getOccasionKind() <em>Occasion Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccasionKind()
	 * @generated
	 * @ordered
	 */
	protected OccasionKind occasionKind = OCCASION_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnchor() <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchor()
	 * @generated
	 * @ordered
	 */
	protected static final ScheduleAnchor ANCHOR_EDEFAULT = ScheduleAnchor.ACTUALISATION;

	/**
	 * The cached value of the '{@link #getAnchor() <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchor()
	 * @generated
	 * @ordered
	 */
	protected ScheduleAnchor anchor = ANCHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffsetMonths() <em>Offset Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffsetMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int OFFSET_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOffsetMonths() <em>Offset Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffsetMonths()
	 * @generated
	 * @ordered
	 */
	protected int offsetMonths = OFFSET_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffsetDays() <em>Offset Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffsetDays()
	 * @generated
	 * @ordered
	 */
	protected static final int OFFSET_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOffsetDays() <em>Offset Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffsetDays()
	 * @generated
	 * @ordered
	 */
	protected int offsetDays = OFFSET_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getToleranceDays() <em>Tolerance Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToleranceDays()
	 * @generated
	 * @ordered
	 */
	protected static final int TOLERANCE_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getToleranceDays() <em>Tolerance Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToleranceDays()
	 * @generated
	 * @ordered
	 */
	protected int toleranceDays = TOLERANCE_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInterventionTypes() <em>Intervention Types</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterventionTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> interventionTypes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScheduleRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InstrumentPackage.Literals.SCHEDULE_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OccasionKind getOccasionKind() {
		return occasionKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccasionKind(OccasionKind newOccasionKind) {
		OccasionKind oldOccasionKind = occasionKind;
		occasionKind = newOccasionKind == null ? OCCASION_KIND_EDEFAULT : newOccasionKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCHEDULE_RULE__OCCASION_KIND, oldOccasionKind, occasionKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduleAnchor getAnchor() {
		return anchor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnchor(ScheduleAnchor newAnchor) {
		ScheduleAnchor oldAnchor = anchor;
		anchor = newAnchor == null ? ANCHOR_EDEFAULT : newAnchor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCHEDULE_RULE__ANCHOR, oldAnchor, anchor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOffsetMonths() {
		return offsetMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffsetMonths(int newOffsetMonths) {
		int oldOffsetMonths = offsetMonths;
		offsetMonths = newOffsetMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCHEDULE_RULE__OFFSET_MONTHS, oldOffsetMonths, offsetMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOffsetDays() {
		return offsetDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffsetDays(int newOffsetDays) {
		int oldOffsetDays = offsetDays;
		offsetDays = newOffsetDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCHEDULE_RULE__OFFSET_DAYS, oldOffsetDays, offsetDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getToleranceDays() {
		return toleranceDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToleranceDays(int newToleranceDays) {
		int oldToleranceDays = toleranceDays;
		toleranceDays = newToleranceDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCHEDULE_RULE__TOLERANCE_DAYS, oldToleranceDays, toleranceDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getInterventionTypes() {
		if (interventionTypes == null) {
			interventionTypes = new EDataTypeUniqueEList<Integer>(Integer.class, this, InstrumentPackage.SCHEDULE_RULE__INTERVENTION_TYPES);
		}
		return interventionTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InstrumentPackage.SCHEDULE_RULE__OCCASION_KIND:
				return getOccasionKind();
			case InstrumentPackage.SCHEDULE_RULE__ANCHOR:
				return getAnchor();
			case InstrumentPackage.SCHEDULE_RULE__OFFSET_MONTHS:
				return getOffsetMonths();
			case InstrumentPackage.SCHEDULE_RULE__OFFSET_DAYS:
				return getOffsetDays();
			case InstrumentPackage.SCHEDULE_RULE__TOLERANCE_DAYS:
				return getToleranceDays();
			case InstrumentPackage.SCHEDULE_RULE__INTERVENTION_TYPES:
				return getInterventionTypes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InstrumentPackage.SCHEDULE_RULE__OCCASION_KIND:
				setOccasionKind((OccasionKind)newValue);
				return;
			case InstrumentPackage.SCHEDULE_RULE__ANCHOR:
				setAnchor((ScheduleAnchor)newValue);
				return;
			case InstrumentPackage.SCHEDULE_RULE__OFFSET_MONTHS:
				setOffsetMonths((Integer)newValue);
				return;
			case InstrumentPackage.SCHEDULE_RULE__OFFSET_DAYS:
				setOffsetDays((Integer)newValue);
				return;
			case InstrumentPackage.SCHEDULE_RULE__TOLERANCE_DAYS:
				setToleranceDays((Integer)newValue);
				return;
			case InstrumentPackage.SCHEDULE_RULE__INTERVENTION_TYPES:
				getInterventionTypes().clear();
				getInterventionTypes().addAll((Collection<? extends Integer>)newValue);
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
			case InstrumentPackage.SCHEDULE_RULE__OCCASION_KIND:
				setOccasionKind(OCCASION_KIND_EDEFAULT);
				return;
			case InstrumentPackage.SCHEDULE_RULE__ANCHOR:
				setAnchor(ANCHOR_EDEFAULT);
				return;
			case InstrumentPackage.SCHEDULE_RULE__OFFSET_MONTHS:
				setOffsetMonths(OFFSET_MONTHS_EDEFAULT);
				return;
			case InstrumentPackage.SCHEDULE_RULE__OFFSET_DAYS:
				setOffsetDays(OFFSET_DAYS_EDEFAULT);
				return;
			case InstrumentPackage.SCHEDULE_RULE__TOLERANCE_DAYS:
				setToleranceDays(TOLERANCE_DAYS_EDEFAULT);
				return;
			case InstrumentPackage.SCHEDULE_RULE__INTERVENTION_TYPES:
				getInterventionTypes().clear();
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
			case InstrumentPackage.SCHEDULE_RULE__OCCASION_KIND:
				return occasionKind != OCCASION_KIND_EDEFAULT;
			case InstrumentPackage.SCHEDULE_RULE__ANCHOR:
				return anchor != ANCHOR_EDEFAULT;
			case InstrumentPackage.SCHEDULE_RULE__OFFSET_MONTHS:
				return offsetMonths != OFFSET_MONTHS_EDEFAULT;
			case InstrumentPackage.SCHEDULE_RULE__OFFSET_DAYS:
				return offsetDays != OFFSET_DAYS_EDEFAULT;
			case InstrumentPackage.SCHEDULE_RULE__TOLERANCE_DAYS:
				return toleranceDays != TOLERANCE_DAYS_EDEFAULT;
			case InstrumentPackage.SCHEDULE_RULE__INTERVENTION_TYPES:
				return interventionTypes != null && !interventionTypes.isEmpty();
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
		result.append(" (occasionKind: ");
		result.append(occasionKind);
		result.append(", anchor: ");
		result.append(anchor);
		result.append(", offsetMonths: ");
		result.append(offsetMonths);
		result.append(", offsetDays: ");
		result.append(offsetDays);
		result.append(", toleranceDays: ");
		result.append(toleranceDays);
		result.append(", interventionTypes: ");
		result.append(interventionTypes);
		result.append(')');
		return result.toString();
	}

} //ScheduleRuleImpl
