/**
 */
package se.isu.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import se.isu.model.CaseStatus;
import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.IsuPackage;
import se.isu.model.ProcessStep;
import se.isu.model.Unit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getClient <em>Client</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getCurrentStep <em>Current Step</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getActualisationDate <em>Actualisation Date</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getClosureDate <em>Closure Date</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IsuCaseImpl extends MinimalEObjectImpl.Container implements IsuCase {
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
	 * The default value of the '{@link #getCaseNumber() <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String CASE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseNumber() <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseNumber()
	 * @generated
	 * @ordered
	 */
	protected String caseNumber = CASE_NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClient() <em>Client</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClient()
	 * @generated
	 * @ordered
	 */
	protected Client client;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected Unit unit;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CaseStatus STATUS_EDEFAULT = CaseStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CaseStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrentStep() <em>Current Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentStep()
	 * @generated
	 * @ordered
	 */
	protected static final ProcessStep CURRENT_STEP_EDEFAULT = ProcessStep.AKTUALISERA;

	/**
	 * The cached value of the '{@link #getCurrentStep() <em>Current Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentStep()
	 * @generated
	 * @ordered
	 */
	protected ProcessStep currentStep = CURRENT_STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualisationDate() <em>Actualisation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualisationDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ACTUALISATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualisationDate() <em>Actualisation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualisationDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate actualisationDate = ACTUALISATION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosureDate() <em>Closure Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosureDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CLOSURE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosureDate() <em>Closure Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosureDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate closureDate = CLOSURE_DATE_EDEFAULT;

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
	protected IsuCaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IsuPackage.Literals.ISU_CASE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaseNumber() {
		return caseNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseNumber(String newCaseNumber) {
		String oldCaseNumber = caseNumber;
		caseNumber = newCaseNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__CASE_NUMBER, oldCaseNumber, caseNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Client getClient() {
		if (client != null && client.eIsProxy()) {
			InternalEObject oldClient = (InternalEObject)client;
			client = (Client)eResolveProxy(oldClient);
			if (client != oldClient) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IsuPackage.ISU_CASE__CLIENT, oldClient, client));
			}
		}
		return client;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Client basicGetClient() {
		return client;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClient(Client newClient) {
		Client oldClient = client;
		client = newClient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__CLIENT, oldClient, client));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getUnit() {
		if (unit != null && unit.eIsProxy()) {
			InternalEObject oldUnit = (InternalEObject)unit;
			unit = (Unit)eResolveProxy(oldUnit);
			if (unit != oldUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IsuPackage.ISU_CASE__UNIT, oldUnit, unit));
			}
		}
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Unit basicGetUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(Unit newUnit) {
		Unit oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CaseStatus newStatus) {
		CaseStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessStep getCurrentStep() {
		return currentStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentStep(ProcessStep newCurrentStep) {
		ProcessStep oldCurrentStep = currentStep;
		currentStep = newCurrentStep == null ? CURRENT_STEP_EDEFAULT : newCurrentStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__CURRENT_STEP, oldCurrentStep, currentStep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getActualisationDate() {
		return actualisationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualisationDate(LocalDate newActualisationDate) {
		LocalDate oldActualisationDate = actualisationDate;
		actualisationDate = newActualisationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__ACTUALISATION_DATE, oldActualisationDate, actualisationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getClosureDate() {
		return closureDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosureDate(LocalDate newClosureDate) {
		LocalDate oldClosureDate = closureDate;
		closureDate = newClosureDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__CLOSURE_DATE, oldClosureDate, closureDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IsuPackage.ISU_CASE__ID:
				return getId();
			case IsuPackage.ISU_CASE__CASE_NUMBER:
				return getCaseNumber();
			case IsuPackage.ISU_CASE__CLIENT:
				if (resolve) return getClient();
				return basicGetClient();
			case IsuPackage.ISU_CASE__UNIT:
				if (resolve) return getUnit();
				return basicGetUnit();
			case IsuPackage.ISU_CASE__STATUS:
				return getStatus();
			case IsuPackage.ISU_CASE__CURRENT_STEP:
				return getCurrentStep();
			case IsuPackage.ISU_CASE__ACTUALISATION_DATE:
				return getActualisationDate();
			case IsuPackage.ISU_CASE__CLOSURE_DATE:
				return getClosureDate();
			case IsuPackage.ISU_CASE__VERSION:
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
			case IsuPackage.ISU_CASE__ID:
				setId((Long)newValue);
				return;
			case IsuPackage.ISU_CASE__CASE_NUMBER:
				setCaseNumber((String)newValue);
				return;
			case IsuPackage.ISU_CASE__CLIENT:
				setClient((Client)newValue);
				return;
			case IsuPackage.ISU_CASE__UNIT:
				setUnit((Unit)newValue);
				return;
			case IsuPackage.ISU_CASE__STATUS:
				setStatus((CaseStatus)newValue);
				return;
			case IsuPackage.ISU_CASE__CURRENT_STEP:
				setCurrentStep((ProcessStep)newValue);
				return;
			case IsuPackage.ISU_CASE__ACTUALISATION_DATE:
				setActualisationDate((LocalDate)newValue);
				return;
			case IsuPackage.ISU_CASE__CLOSURE_DATE:
				setClosureDate((LocalDate)newValue);
				return;
			case IsuPackage.ISU_CASE__VERSION:
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
			case IsuPackage.ISU_CASE__ID:
				setId(ID_EDEFAULT);
				return;
			case IsuPackage.ISU_CASE__CASE_NUMBER:
				setCaseNumber(CASE_NUMBER_EDEFAULT);
				return;
			case IsuPackage.ISU_CASE__CLIENT:
				setClient((Client)null);
				return;
			case IsuPackage.ISU_CASE__UNIT:
				setUnit((Unit)null);
				return;
			case IsuPackage.ISU_CASE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case IsuPackage.ISU_CASE__CURRENT_STEP:
				setCurrentStep(CURRENT_STEP_EDEFAULT);
				return;
			case IsuPackage.ISU_CASE__ACTUALISATION_DATE:
				setActualisationDate(ACTUALISATION_DATE_EDEFAULT);
				return;
			case IsuPackage.ISU_CASE__CLOSURE_DATE:
				setClosureDate(CLOSURE_DATE_EDEFAULT);
				return;
			case IsuPackage.ISU_CASE__VERSION:
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
			case IsuPackage.ISU_CASE__ID:
				return id != ID_EDEFAULT;
			case IsuPackage.ISU_CASE__CASE_NUMBER:
				return CASE_NUMBER_EDEFAULT == null ? caseNumber != null : !CASE_NUMBER_EDEFAULT.equals(caseNumber);
			case IsuPackage.ISU_CASE__CLIENT:
				return client != null;
			case IsuPackage.ISU_CASE__UNIT:
				return unit != null;
			case IsuPackage.ISU_CASE__STATUS:
				return status != STATUS_EDEFAULT;
			case IsuPackage.ISU_CASE__CURRENT_STEP:
				return currentStep != CURRENT_STEP_EDEFAULT;
			case IsuPackage.ISU_CASE__ACTUALISATION_DATE:
				return ACTUALISATION_DATE_EDEFAULT == null ? actualisationDate != null : !ACTUALISATION_DATE_EDEFAULT.equals(actualisationDate);
			case IsuPackage.ISU_CASE__CLOSURE_DATE:
				return CLOSURE_DATE_EDEFAULT == null ? closureDate != null : !CLOSURE_DATE_EDEFAULT.equals(closureDate);
			case IsuPackage.ISU_CASE__VERSION:
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
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", caseNumber: ");
		result.append(caseNumber);
		result.append(", status: ");
		result.append(status);
		result.append(", currentStep: ");
		result.append(currentStep);
		result.append(", actualisationDate: ");
		result.append(actualisationDate);
		result.append(", closureDate: ");
		result.append(closureDate);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //IsuCaseImpl
