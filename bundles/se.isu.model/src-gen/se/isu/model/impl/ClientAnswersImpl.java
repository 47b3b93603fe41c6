/**
 */
package se.isu.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import se.isu.model.ClientAnswers;
import se.isu.model.IsuPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Client Answers</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.impl.ClientAnswersImpl#getB1a <em>B1a</em>}</li>
 *   <li>{@link se.isu.model.impl.ClientAnswersImpl#getB1b <em>B1b</em>}</li>
 *   <li>{@link se.isu.model.impl.ClientAnswersImpl#getB2 <em>B2</em>}</li>
 *   <li>{@link se.isu.model.impl.ClientAnswersImpl#getB3 <em>B3</em>}</li>
 *   <li>{@link se.isu.model.impl.ClientAnswersImpl#getB4 <em>B4</em>}</li>
 *   <li>{@link se.isu.model.impl.ClientAnswersImpl#getB5 <em>B5</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClientAnswersImpl extends MinimalEObjectImpl.Container implements ClientAnswers {
	/**
	 * The default value of the '{@link #getB1a() <em>B1a</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB1a()
	 * @generated
	 * @ordered
	 */
	protected static final Integer B1A_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getB1a() <em>B1a</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB1a()
	 * @generated
	 * @ordered
	 */
	protected Integer b1a = B1A_EDEFAULT;

	/**
	 * The default value of the '{@link #getB1b() <em>B1b</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB1b()
	 * @generated
	 * @ordered
	 */
	protected static final Integer B1B_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getB1b() <em>B1b</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB1b()
	 * @generated
	 * @ordered
	 */
	protected Integer b1b = B1B_EDEFAULT;

	/**
	 * The default value of the '{@link #getB2() <em>B2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB2()
	 * @generated
	 * @ordered
	 */
	protected static final Integer B2_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getB2() <em>B2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB2()
	 * @generated
	 * @ordered
	 */
	protected Integer b2 = B2_EDEFAULT;

	/**
	 * The default value of the '{@link #getB3() <em>B3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB3()
	 * @generated
	 * @ordered
	 */
	protected static final Integer B3_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getB3() <em>B3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB3()
	 * @generated
	 * @ordered
	 */
	protected Integer b3 = B3_EDEFAULT;

	/**
	 * The default value of the '{@link #getB4() <em>B4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB4()
	 * @generated
	 * @ordered
	 */
	protected static final Integer B4_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getB4() <em>B4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB4()
	 * @generated
	 * @ordered
	 */
	protected Integer b4 = B4_EDEFAULT;

	/**
	 * The default value of the '{@link #getB5() <em>B5</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB5()
	 * @generated
	 * @ordered
	 */
	protected static final Integer B5_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getB5() <em>B5</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB5()
	 * @generated
	 * @ordered
	 */
	protected Integer b5 = B5_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClientAnswersImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IsuPackage.Literals.CLIENT_ANSWERS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getB1a() {
		return b1a;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setB1a(Integer newB1a) {
		Integer oldB1a = b1a;
		b1a = newB1a;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.CLIENT_ANSWERS__B1A, oldB1a, b1a));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getB1b() {
		return b1b;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setB1b(Integer newB1b) {
		Integer oldB1b = b1b;
		b1b = newB1b;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.CLIENT_ANSWERS__B1B, oldB1b, b1b));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getB2() {
		return b2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setB2(Integer newB2) {
		Integer oldB2 = b2;
		b2 = newB2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.CLIENT_ANSWERS__B2, oldB2, b2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getB3() {
		return b3;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setB3(Integer newB3) {
		Integer oldB3 = b3;
		b3 = newB3;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.CLIENT_ANSWERS__B3, oldB3, b3));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getB4() {
		return b4;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setB4(Integer newB4) {
		Integer oldB4 = b4;
		b4 = newB4;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.CLIENT_ANSWERS__B4, oldB4, b4));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getB5() {
		return b5;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setB5(Integer newB5) {
		Integer oldB5 = b5;
		b5 = newB5;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.CLIENT_ANSWERS__B5, oldB5, b5));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IsuPackage.CLIENT_ANSWERS__B1A:
				return getB1a();
			case IsuPackage.CLIENT_ANSWERS__B1B:
				return getB1b();
			case IsuPackage.CLIENT_ANSWERS__B2:
				return getB2();
			case IsuPackage.CLIENT_ANSWERS__B3:
				return getB3();
			case IsuPackage.CLIENT_ANSWERS__B4:
				return getB4();
			case IsuPackage.CLIENT_ANSWERS__B5:
				return getB5();
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
			case IsuPackage.CLIENT_ANSWERS__B1A:
				setB1a((Integer)newValue);
				return;
			case IsuPackage.CLIENT_ANSWERS__B1B:
				setB1b((Integer)newValue);
				return;
			case IsuPackage.CLIENT_ANSWERS__B2:
				setB2((Integer)newValue);
				return;
			case IsuPackage.CLIENT_ANSWERS__B3:
				setB3((Integer)newValue);
				return;
			case IsuPackage.CLIENT_ANSWERS__B4:
				setB4((Integer)newValue);
				return;
			case IsuPackage.CLIENT_ANSWERS__B5:
				setB5((Integer)newValue);
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
			case IsuPackage.CLIENT_ANSWERS__B1A:
				setB1a(B1A_EDEFAULT);
				return;
			case IsuPackage.CLIENT_ANSWERS__B1B:
				setB1b(B1B_EDEFAULT);
				return;
			case IsuPackage.CLIENT_ANSWERS__B2:
				setB2(B2_EDEFAULT);
				return;
			case IsuPackage.CLIENT_ANSWERS__B3:
				setB3(B3_EDEFAULT);
				return;
			case IsuPackage.CLIENT_ANSWERS__B4:
				setB4(B4_EDEFAULT);
				return;
			case IsuPackage.CLIENT_ANSWERS__B5:
				setB5(B5_EDEFAULT);
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
			case IsuPackage.CLIENT_ANSWERS__B1A:
				return B1A_EDEFAULT == null ? b1a != null : !B1A_EDEFAULT.equals(b1a);
			case IsuPackage.CLIENT_ANSWERS__B1B:
				return B1B_EDEFAULT == null ? b1b != null : !B1B_EDEFAULT.equals(b1b);
			case IsuPackage.CLIENT_ANSWERS__B2:
				return B2_EDEFAULT == null ? b2 != null : !B2_EDEFAULT.equals(b2);
			case IsuPackage.CLIENT_ANSWERS__B3:
				return B3_EDEFAULT == null ? b3 != null : !B3_EDEFAULT.equals(b3);
			case IsuPackage.CLIENT_ANSWERS__B4:
				return B4_EDEFAULT == null ? b4 != null : !B4_EDEFAULT.equals(b4);
			case IsuPackage.CLIENT_ANSWERS__B5:
				return B5_EDEFAULT == null ? b5 != null : !B5_EDEFAULT.equals(b5);
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
		result.append(" (b1a: ");
		result.append(b1a);
		result.append(", b1b: ");
		result.append(b1b);
		result.append(", b2: ");
		result.append(b2);
		result.append(", b3: ");
		result.append(b3);
		result.append(", b4: ");
		result.append(b4);
		result.append(", b5: ");
		result.append(b5);
		result.append(')');
		return result.toString();
	}

} //ClientAnswersImpl
