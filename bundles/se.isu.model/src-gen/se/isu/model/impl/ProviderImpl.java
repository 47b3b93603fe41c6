/**
 */
package se.isu.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import se.isu.model.IsuPackage;
import se.isu.model.Provider;
import se.isu.model.ProviderKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Provider</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.impl.ProviderImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.impl.ProviderImpl#getName <em>Name</em>}</li>
 *   <li>{@link se.isu.model.impl.ProviderImpl#getOrganisationNumber <em>Organisation Number</em>}</li>
 *   <li>{@link se.isu.model.impl.ProviderImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link se.isu.model.impl.ProviderImpl#isExternal <em>External</em>}</li>
 *   <li>{@link se.isu.model.impl.ProviderImpl#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProviderImpl extends MinimalEObjectImpl.Container implements Provider {
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
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrganisationNumber() <em>Organisation Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisationNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANISATION_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganisationNumber() <em>Organisation Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisationNumber()
	 * @generated
	 * @ordered
	 */
	protected String organisationNumber = ORGANISATION_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProviderKind KIND_EDEFAULT = ProviderKind.HVB;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ProviderKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isExternal() <em>External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExternal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXTERNAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExternal() <em>External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExternal()
	 * @generated
	 * @ordered
	 */
	protected boolean external = EXTERNAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected boolean active = ACTIVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProviderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IsuPackage.Literals.PROVIDER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.PROVIDER__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.PROVIDER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganisationNumber() {
		return organisationNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisationNumber(String newOrganisationNumber) {
		String oldOrganisationNumber = organisationNumber;
		organisationNumber = newOrganisationNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.PROVIDER__ORGANISATION_NUMBER, oldOrganisationNumber, organisationNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProviderKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ProviderKind newKind) {
		ProviderKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.PROVIDER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExternal() {
		return external;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternal(boolean newExternal) {
		boolean oldExternal = external;
		external = newExternal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.PROVIDER__EXTERNAL, oldExternal, external));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		boolean oldActive = active;
		active = newActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.PROVIDER__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IsuPackage.PROVIDER__ID:
				return getId();
			case IsuPackage.PROVIDER__NAME:
				return getName();
			case IsuPackage.PROVIDER__ORGANISATION_NUMBER:
				return getOrganisationNumber();
			case IsuPackage.PROVIDER__KIND:
				return getKind();
			case IsuPackage.PROVIDER__EXTERNAL:
				return isExternal();
			case IsuPackage.PROVIDER__ACTIVE:
				return isActive();
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
			case IsuPackage.PROVIDER__ID:
				setId((Long)newValue);
				return;
			case IsuPackage.PROVIDER__NAME:
				setName((String)newValue);
				return;
			case IsuPackage.PROVIDER__ORGANISATION_NUMBER:
				setOrganisationNumber((String)newValue);
				return;
			case IsuPackage.PROVIDER__KIND:
				setKind((ProviderKind)newValue);
				return;
			case IsuPackage.PROVIDER__EXTERNAL:
				setExternal((Boolean)newValue);
				return;
			case IsuPackage.PROVIDER__ACTIVE:
				setActive((Boolean)newValue);
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
			case IsuPackage.PROVIDER__ID:
				setId(ID_EDEFAULT);
				return;
			case IsuPackage.PROVIDER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case IsuPackage.PROVIDER__ORGANISATION_NUMBER:
				setOrganisationNumber(ORGANISATION_NUMBER_EDEFAULT);
				return;
			case IsuPackage.PROVIDER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case IsuPackage.PROVIDER__EXTERNAL:
				setExternal(EXTERNAL_EDEFAULT);
				return;
			case IsuPackage.PROVIDER__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
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
			case IsuPackage.PROVIDER__ID:
				return id != ID_EDEFAULT;
			case IsuPackage.PROVIDER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case IsuPackage.PROVIDER__ORGANISATION_NUMBER:
				return ORGANISATION_NUMBER_EDEFAULT == null ? organisationNumber != null : !ORGANISATION_NUMBER_EDEFAULT.equals(organisationNumber);
			case IsuPackage.PROVIDER__KIND:
				return kind != KIND_EDEFAULT;
			case IsuPackage.PROVIDER__EXTERNAL:
				return external != EXTERNAL_EDEFAULT;
			case IsuPackage.PROVIDER__ACTIVE:
				return active != ACTIVE_EDEFAULT;
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", organisationNumber: ");
		result.append(organisationNumber);
		result.append(", kind: ");
		result.append(kind);
		result.append(", external: ");
		result.append(external);
		result.append(", active: ");
		result.append(active);
		result.append(')');
		return result.toString();
	}

} //ProviderImpl
