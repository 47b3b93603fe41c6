/**
 */
package se.isu.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import se.isu.model.Client;
import se.isu.model.IsuPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Client</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.impl.ClientImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.impl.ClientImpl#getPersonalIdentityNumber <em>Personal Identity Number</em>}</li>
 *   <li>{@link se.isu.model.impl.ClientImpl#getGivenName <em>Given Name</em>}</li>
 *   <li>{@link se.isu.model.impl.ClientImpl#getFamilyName <em>Family Name</em>}</li>
 *   <li>{@link se.isu.model.impl.ClientImpl#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link se.isu.model.impl.ClientImpl#getLegalSex <em>Legal Sex</em>}</li>
 *   <li>{@link se.isu.model.impl.ClientImpl#isProtectedIdentity <em>Protected Identity</em>}</li>
 *   <li>{@link se.isu.model.impl.ClientImpl#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClientImpl extends MinimalEObjectImpl.Container implements Client {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final long ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected long id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPersonalIdentityNumber() <em>Personal Identity Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonalIdentityNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String PERSONAL_IDENTITY_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPersonalIdentityNumber() <em>Personal Identity Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonalIdentityNumber()
	 * @generated
	 * @ordered
	 */
	protected String personalIdentityNumber = PERSONAL_IDENTITY_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getGivenName() <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenName()
	 * @generated
	 * @ordered
	 */
	protected static final String GIVEN_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGivenName() <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenName()
	 * @generated
	 * @ordered
	 */
	protected String givenName = GIVEN_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFamilyName() <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyName()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamilyName() <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyName()
	 * @generated
	 * @ordered
	 */
	protected String familyName = FAMILY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BIRTH_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate birthDate = BIRTH_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLegalSex() <em>Legal Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalSex()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LEGAL_SEX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLegalSex() <em>Legal Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalSex()
	 * @generated
	 * @ordered
	 */
	protected Integer legalSex = LEGAL_SEX_EDEFAULT;

	/**
	 * The default value of the '{@link #isProtectedIdentity() <em>Protected Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isProtectedIdentity()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PROTECTED_IDENTITY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isProtectedIdentity() <em>Protected Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isProtectedIdentity()
	 * @generated
	 * @ordered
	 */
	protected boolean protectedIdentity = PROTECTED_IDENTITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final long VERSION_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected long version = VERSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClientImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IsuPackage.Literals.CLIENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(long newId) {
		long oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.CLIENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPersonalIdentityNumber() {
		return personalIdentityNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonalIdentityNumber(String newPersonalIdentityNumber) {
		String oldPersonalIdentityNumber = personalIdentityNumber;
		personalIdentityNumber = newPersonalIdentityNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.CLIENT__PERSONAL_IDENTITY_NUMBER, oldPersonalIdentityNumber, personalIdentityNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGivenName() {
		return givenName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGivenName(String newGivenName) {
		String oldGivenName = givenName;
		givenName = newGivenName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.CLIENT__GIVEN_NAME, oldGivenName, givenName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamilyName() {
		return familyName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamilyName(String newFamilyName) {
		String oldFamilyName = familyName;
		familyName = newFamilyName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.CLIENT__FAMILY_NAME, oldFamilyName, familyName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBirthDate() {
		return birthDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthDate(LocalDate newBirthDate) {
		LocalDate oldBirthDate = birthDate;
		birthDate = newBirthDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.CLIENT__BIRTH_DATE, oldBirthDate, birthDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLegalSex() {
		return legalSex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalSex(Integer newLegalSex) {
		Integer oldLegalSex = legalSex;
		legalSex = newLegalSex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.CLIENT__LEGAL_SEX, oldLegalSex, legalSex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isProtectedIdentity() {
		return protectedIdentity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtectedIdentity(boolean newProtectedIdentity) {
		boolean oldProtectedIdentity = protectedIdentity;
		protectedIdentity = newProtectedIdentity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.CLIENT__PROTECTED_IDENTITY, oldProtectedIdentity, protectedIdentity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(long newVersion) {
		long oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.CLIENT__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int ageAt(final LocalDate date) {
		if (getBirthDate() == null || date == null) {
			return -1;
		}
		return java.time.Period.between(getBirthDate(), date).getYears();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IsuPackage.CLIENT__ID:
				return getId();
			case IsuPackage.CLIENT__PERSONAL_IDENTITY_NUMBER:
				return getPersonalIdentityNumber();
			case IsuPackage.CLIENT__GIVEN_NAME:
				return getGivenName();
			case IsuPackage.CLIENT__FAMILY_NAME:
				return getFamilyName();
			case IsuPackage.CLIENT__BIRTH_DATE:
				return getBirthDate();
			case IsuPackage.CLIENT__LEGAL_SEX:
				return getLegalSex();
			case IsuPackage.CLIENT__PROTECTED_IDENTITY:
				return isProtectedIdentity();
			case IsuPackage.CLIENT__VERSION:
				return getVersion();
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
			case IsuPackage.CLIENT__ID:
				setId((Long)newValue);
				return;
			case IsuPackage.CLIENT__PERSONAL_IDENTITY_NUMBER:
				setPersonalIdentityNumber((String)newValue);
				return;
			case IsuPackage.CLIENT__GIVEN_NAME:
				setGivenName((String)newValue);
				return;
			case IsuPackage.CLIENT__FAMILY_NAME:
				setFamilyName((String)newValue);
				return;
			case IsuPackage.CLIENT__BIRTH_DATE:
				setBirthDate((LocalDate)newValue);
				return;
			case IsuPackage.CLIENT__LEGAL_SEX:
				setLegalSex((Integer)newValue);
				return;
			case IsuPackage.CLIENT__PROTECTED_IDENTITY:
				setProtectedIdentity((Boolean)newValue);
				return;
			case IsuPackage.CLIENT__VERSION:
				setVersion((Long)newValue);
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
			case IsuPackage.CLIENT__ID:
				setId(ID_EDEFAULT);
				return;
			case IsuPackage.CLIENT__PERSONAL_IDENTITY_NUMBER:
				setPersonalIdentityNumber(PERSONAL_IDENTITY_NUMBER_EDEFAULT);
				return;
			case IsuPackage.CLIENT__GIVEN_NAME:
				setGivenName(GIVEN_NAME_EDEFAULT);
				return;
			case IsuPackage.CLIENT__FAMILY_NAME:
				setFamilyName(FAMILY_NAME_EDEFAULT);
				return;
			case IsuPackage.CLIENT__BIRTH_DATE:
				setBirthDate(BIRTH_DATE_EDEFAULT);
				return;
			case IsuPackage.CLIENT__LEGAL_SEX:
				setLegalSex(LEGAL_SEX_EDEFAULT);
				return;
			case IsuPackage.CLIENT__PROTECTED_IDENTITY:
				setProtectedIdentity(PROTECTED_IDENTITY_EDEFAULT);
				return;
			case IsuPackage.CLIENT__VERSION:
				setVersion(VERSION_EDEFAULT);
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
			case IsuPackage.CLIENT__ID:
				return id != ID_EDEFAULT;
			case IsuPackage.CLIENT__PERSONAL_IDENTITY_NUMBER:
				return PERSONAL_IDENTITY_NUMBER_EDEFAULT == null ? personalIdentityNumber != null : !PERSONAL_IDENTITY_NUMBER_EDEFAULT.equals(personalIdentityNumber);
			case IsuPackage.CLIENT__GIVEN_NAME:
				return GIVEN_NAME_EDEFAULT == null ? givenName != null : !GIVEN_NAME_EDEFAULT.equals(givenName);
			case IsuPackage.CLIENT__FAMILY_NAME:
				return FAMILY_NAME_EDEFAULT == null ? familyName != null : !FAMILY_NAME_EDEFAULT.equals(familyName);
			case IsuPackage.CLIENT__BIRTH_DATE:
				return BIRTH_DATE_EDEFAULT == null ? birthDate != null : !BIRTH_DATE_EDEFAULT.equals(birthDate);
			case IsuPackage.CLIENT__LEGAL_SEX:
				return LEGAL_SEX_EDEFAULT == null ? legalSex != null : !LEGAL_SEX_EDEFAULT.equals(legalSex);
			case IsuPackage.CLIENT__PROTECTED_IDENTITY:
				return protectedIdentity != PROTECTED_IDENTITY_EDEFAULT;
			case IsuPackage.CLIENT__VERSION:
				return version != VERSION_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case IsuPackage.CLIENT___AGE_AT__LOCALDATE:
				return ageAt((LocalDate)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", personalIdentityNumber: ");
		result.append(personalIdentityNumber);
		result.append(", givenName: ");
		result.append(givenName);
		result.append(", familyName: ");
		result.append(familyName);
		result.append(", birthDate: ");
		result.append(birthDate);
		result.append(", legalSex: ");
		result.append(legalSex);
		result.append(", protectedIdentity: ");
		result.append(protectedIdentity);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //ClientImpl
