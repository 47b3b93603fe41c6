/**
 */
package se.isu.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import se.isu.model.CaseStatus;
import se.isu.model.Client;
import se.isu.model.FollowUp;
import se.isu.model.Intervention;
import se.isu.model.IsuCase;
import se.isu.model.IsuPackage;
import se.isu.model.Occasion;
import se.isu.model.ProcessStep;
import se.isu.model.Staff;
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
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getResponsibleStaff <em>Responsible Staff</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getCurrentStep <em>Current Step</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getActualisationDate <em>Actualisation Date</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getActualisationReasons <em>Actualisation Reasons</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getHouseholdType <em>Household Type</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getPreviousContact <em>Previous Contact</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getProblems <em>Problems</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getDecisionDate <em>Decision Date</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getInterventions <em>Interventions</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getFollowUps <em>Follow Ups</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getClosureDate <em>Closure Date</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getImplementationVsPlan <em>Implementation Vs Plan</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getClosureReason <em>Closure Reason</em>}</li>
 *   <li>{@link se.isu.model.impl.IsuCaseImpl#getOccasions <em>Occasions</em>}</li>
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
	 * The cached value of the '{@link #getResponsibleStaff() <em>Responsible Staff</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleStaff()
	 * @generated
	 * @ordered
	 */
	protected Staff responsibleStaff;

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
	 * The cached value of the '{@link #getActualisationReasons() <em>Actualisation Reasons</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualisationReasons()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> actualisationReasons;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ORIGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected Integer origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getHouseholdType() <em>Household Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHouseholdType()
	 * @generated
	 * @ordered
	 */
	protected static final Integer HOUSEHOLD_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHouseholdType() <em>Household Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHouseholdType()
	 * @generated
	 * @ordered
	 */
	protected Integer householdType = HOUSEHOLD_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreviousContact() <em>Previous Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousContact()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PREVIOUS_CONTACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreviousContact() <em>Previous Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousContact()
	 * @generated
	 * @ordered
	 */
	protected Integer previousContact = PREVIOUS_CONTACT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProblems() <em>Problems</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblems()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> problems;

	/**
	 * The default value of the '{@link #getDecisionDate() <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DECISION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecisionDate() <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate decisionDate = DECISION_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInterventions() <em>Interventions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterventions()
	 * @generated
	 * @ordered
	 */
	protected EList<Intervention> interventions;

	/**
	 * The cached value of the '{@link #getFollowUps() <em>Follow Ups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUps()
	 * @generated
	 * @ordered
	 */
	protected EList<FollowUp> followUps;

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
	 * The default value of the '{@link #getImplementationVsPlan() <em>Implementation Vs Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplementationVsPlan()
	 * @generated
	 * @ordered
	 */
	protected static final Integer IMPLEMENTATION_VS_PLAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImplementationVsPlan() <em>Implementation Vs Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplementationVsPlan()
	 * @generated
	 * @ordered
	 */
	protected Integer implementationVsPlan = IMPLEMENTATION_VS_PLAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosureReason() <em>Closure Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosureReason()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CLOSURE_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosureReason() <em>Closure Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosureReason()
	 * @generated
	 * @ordered
	 */
	protected Integer closureReason = CLOSURE_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOccasions() <em>Occasions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccasions()
	 * @generated
	 * @ordered
	 */
	protected EList<Occasion> occasions;

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
	public Staff getResponsibleStaff() {
		if (responsibleStaff != null && responsibleStaff.eIsProxy()) {
			InternalEObject oldResponsibleStaff = (InternalEObject)responsibleStaff;
			responsibleStaff = (Staff)eResolveProxy(oldResponsibleStaff);
			if (responsibleStaff != oldResponsibleStaff) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IsuPackage.ISU_CASE__RESPONSIBLE_STAFF, oldResponsibleStaff, responsibleStaff));
			}
		}
		return responsibleStaff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetResponsibleStaff() {
		return responsibleStaff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleStaff(Staff newResponsibleStaff) {
		Staff oldResponsibleStaff = responsibleStaff;
		responsibleStaff = newResponsibleStaff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__RESPONSIBLE_STAFF, oldResponsibleStaff, responsibleStaff));
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
	public EList<Integer> getActualisationReasons() {
		if (actualisationReasons == null) {
			actualisationReasons = new EDataTypeUniqueEList<Integer>(Integer.class, this, IsuPackage.ISU_CASE__ACTUALISATION_REASONS);
		}
		return actualisationReasons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(Integer newOrigin) {
		Integer oldOrigin = origin;
		origin = newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getHouseholdType() {
		return householdType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHouseholdType(Integer newHouseholdType) {
		Integer oldHouseholdType = householdType;
		householdType = newHouseholdType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__HOUSEHOLD_TYPE, oldHouseholdType, householdType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPreviousContact() {
		return previousContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreviousContact(Integer newPreviousContact) {
		Integer oldPreviousContact = previousContact;
		previousContact = newPreviousContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__PREVIOUS_CONTACT, oldPreviousContact, previousContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getProblems() {
		if (problems == null) {
			problems = new EDataTypeUniqueEList<Integer>(Integer.class, this, IsuPackage.ISU_CASE__PROBLEMS);
		}
		return problems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDecisionDate() {
		return decisionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionDate(LocalDate newDecisionDate) {
		LocalDate oldDecisionDate = decisionDate;
		decisionDate = newDecisionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__DECISION_DATE, oldDecisionDate, decisionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Intervention> getInterventions() {
		if (interventions == null) {
			interventions = new EObjectContainmentEList<Intervention>(Intervention.class, this, IsuPackage.ISU_CASE__INTERVENTIONS);
		}
		return interventions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FollowUp> getFollowUps() {
		if (followUps == null) {
			followUps = new EObjectContainmentEList<FollowUp>(FollowUp.class, this, IsuPackage.ISU_CASE__FOLLOW_UPS);
		}
		return followUps;
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
	public Integer getImplementationVsPlan() {
		return implementationVsPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImplementationVsPlan(Integer newImplementationVsPlan) {
		Integer oldImplementationVsPlan = implementationVsPlan;
		implementationVsPlan = newImplementationVsPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__IMPLEMENTATION_VS_PLAN, oldImplementationVsPlan, implementationVsPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getClosureReason() {
		return closureReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosureReason(Integer newClosureReason) {
		Integer oldClosureReason = closureReason;
		closureReason = newClosureReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.ISU_CASE__CLOSURE_REASON, oldClosureReason, closureReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Occasion> getOccasions() {
		if (occasions == null) {
			occasions = new EObjectContainmentEList<Occasion>(Occasion.class, this, IsuPackage.ISU_CASE__OCCASIONS);
		}
		return occasions;
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
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case IsuPackage.ISU_CASE__INTERVENTIONS:
				return ((InternalEList<?>)getInterventions()).basicRemove(otherEnd, msgs);
			case IsuPackage.ISU_CASE__FOLLOW_UPS:
				return ((InternalEList<?>)getFollowUps()).basicRemove(otherEnd, msgs);
			case IsuPackage.ISU_CASE__OCCASIONS:
				return ((InternalEList<?>)getOccasions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case IsuPackage.ISU_CASE__RESPONSIBLE_STAFF:
				if (resolve) return getResponsibleStaff();
				return basicGetResponsibleStaff();
			case IsuPackage.ISU_CASE__STATUS:
				return getStatus();
			case IsuPackage.ISU_CASE__CURRENT_STEP:
				return getCurrentStep();
			case IsuPackage.ISU_CASE__ACTUALISATION_DATE:
				return getActualisationDate();
			case IsuPackage.ISU_CASE__ACTUALISATION_REASONS:
				return getActualisationReasons();
			case IsuPackage.ISU_CASE__ORIGIN:
				return getOrigin();
			case IsuPackage.ISU_CASE__HOUSEHOLD_TYPE:
				return getHouseholdType();
			case IsuPackage.ISU_CASE__PREVIOUS_CONTACT:
				return getPreviousContact();
			case IsuPackage.ISU_CASE__PROBLEMS:
				return getProblems();
			case IsuPackage.ISU_CASE__DECISION_DATE:
				return getDecisionDate();
			case IsuPackage.ISU_CASE__INTERVENTIONS:
				return getInterventions();
			case IsuPackage.ISU_CASE__FOLLOW_UPS:
				return getFollowUps();
			case IsuPackage.ISU_CASE__CLOSURE_DATE:
				return getClosureDate();
			case IsuPackage.ISU_CASE__IMPLEMENTATION_VS_PLAN:
				return getImplementationVsPlan();
			case IsuPackage.ISU_CASE__CLOSURE_REASON:
				return getClosureReason();
			case IsuPackage.ISU_CASE__OCCASIONS:
				return getOccasions();
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
	@SuppressWarnings("unchecked")
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
			case IsuPackage.ISU_CASE__RESPONSIBLE_STAFF:
				setResponsibleStaff((Staff)newValue);
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
			case IsuPackage.ISU_CASE__ACTUALISATION_REASONS:
				getActualisationReasons().clear();
				getActualisationReasons().addAll((Collection<? extends Integer>)newValue);
				return;
			case IsuPackage.ISU_CASE__ORIGIN:
				setOrigin((Integer)newValue);
				return;
			case IsuPackage.ISU_CASE__HOUSEHOLD_TYPE:
				setHouseholdType((Integer)newValue);
				return;
			case IsuPackage.ISU_CASE__PREVIOUS_CONTACT:
				setPreviousContact((Integer)newValue);
				return;
			case IsuPackage.ISU_CASE__PROBLEMS:
				getProblems().clear();
				getProblems().addAll((Collection<? extends Integer>)newValue);
				return;
			case IsuPackage.ISU_CASE__DECISION_DATE:
				setDecisionDate((LocalDate)newValue);
				return;
			case IsuPackage.ISU_CASE__INTERVENTIONS:
				getInterventions().clear();
				getInterventions().addAll((Collection<? extends Intervention>)newValue);
				return;
			case IsuPackage.ISU_CASE__FOLLOW_UPS:
				getFollowUps().clear();
				getFollowUps().addAll((Collection<? extends FollowUp>)newValue);
				return;
			case IsuPackage.ISU_CASE__CLOSURE_DATE:
				setClosureDate((LocalDate)newValue);
				return;
			case IsuPackage.ISU_CASE__IMPLEMENTATION_VS_PLAN:
				setImplementationVsPlan((Integer)newValue);
				return;
			case IsuPackage.ISU_CASE__CLOSURE_REASON:
				setClosureReason((Integer)newValue);
				return;
			case IsuPackage.ISU_CASE__OCCASIONS:
				getOccasions().clear();
				getOccasions().addAll((Collection<? extends Occasion>)newValue);
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
			case IsuPackage.ISU_CASE__RESPONSIBLE_STAFF:
				setResponsibleStaff((Staff)null);
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
			case IsuPackage.ISU_CASE__ACTUALISATION_REASONS:
				getActualisationReasons().clear();
				return;
			case IsuPackage.ISU_CASE__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case IsuPackage.ISU_CASE__HOUSEHOLD_TYPE:
				setHouseholdType(HOUSEHOLD_TYPE_EDEFAULT);
				return;
			case IsuPackage.ISU_CASE__PREVIOUS_CONTACT:
				setPreviousContact(PREVIOUS_CONTACT_EDEFAULT);
				return;
			case IsuPackage.ISU_CASE__PROBLEMS:
				getProblems().clear();
				return;
			case IsuPackage.ISU_CASE__DECISION_DATE:
				setDecisionDate(DECISION_DATE_EDEFAULT);
				return;
			case IsuPackage.ISU_CASE__INTERVENTIONS:
				getInterventions().clear();
				return;
			case IsuPackage.ISU_CASE__FOLLOW_UPS:
				getFollowUps().clear();
				return;
			case IsuPackage.ISU_CASE__CLOSURE_DATE:
				setClosureDate(CLOSURE_DATE_EDEFAULT);
				return;
			case IsuPackage.ISU_CASE__IMPLEMENTATION_VS_PLAN:
				setImplementationVsPlan(IMPLEMENTATION_VS_PLAN_EDEFAULT);
				return;
			case IsuPackage.ISU_CASE__CLOSURE_REASON:
				setClosureReason(CLOSURE_REASON_EDEFAULT);
				return;
			case IsuPackage.ISU_CASE__OCCASIONS:
				getOccasions().clear();
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
			case IsuPackage.ISU_CASE__RESPONSIBLE_STAFF:
				return responsibleStaff != null;
			case IsuPackage.ISU_CASE__STATUS:
				return status != STATUS_EDEFAULT;
			case IsuPackage.ISU_CASE__CURRENT_STEP:
				return currentStep != CURRENT_STEP_EDEFAULT;
			case IsuPackage.ISU_CASE__ACTUALISATION_DATE:
				return ACTUALISATION_DATE_EDEFAULT == null ? actualisationDate != null : !ACTUALISATION_DATE_EDEFAULT.equals(actualisationDate);
			case IsuPackage.ISU_CASE__ACTUALISATION_REASONS:
				return actualisationReasons != null && !actualisationReasons.isEmpty();
			case IsuPackage.ISU_CASE__ORIGIN:
				return ORIGIN_EDEFAULT == null ? origin != null : !ORIGIN_EDEFAULT.equals(origin);
			case IsuPackage.ISU_CASE__HOUSEHOLD_TYPE:
				return HOUSEHOLD_TYPE_EDEFAULT == null ? householdType != null : !HOUSEHOLD_TYPE_EDEFAULT.equals(householdType);
			case IsuPackage.ISU_CASE__PREVIOUS_CONTACT:
				return PREVIOUS_CONTACT_EDEFAULT == null ? previousContact != null : !PREVIOUS_CONTACT_EDEFAULT.equals(previousContact);
			case IsuPackage.ISU_CASE__PROBLEMS:
				return problems != null && !problems.isEmpty();
			case IsuPackage.ISU_CASE__DECISION_DATE:
				return DECISION_DATE_EDEFAULT == null ? decisionDate != null : !DECISION_DATE_EDEFAULT.equals(decisionDate);
			case IsuPackage.ISU_CASE__INTERVENTIONS:
				return interventions != null && !interventions.isEmpty();
			case IsuPackage.ISU_CASE__FOLLOW_UPS:
				return followUps != null && !followUps.isEmpty();
			case IsuPackage.ISU_CASE__CLOSURE_DATE:
				return CLOSURE_DATE_EDEFAULT == null ? closureDate != null : !CLOSURE_DATE_EDEFAULT.equals(closureDate);
			case IsuPackage.ISU_CASE__IMPLEMENTATION_VS_PLAN:
				return IMPLEMENTATION_VS_PLAN_EDEFAULT == null ? implementationVsPlan != null : !IMPLEMENTATION_VS_PLAN_EDEFAULT.equals(implementationVsPlan);
			case IsuPackage.ISU_CASE__CLOSURE_REASON:
				return CLOSURE_REASON_EDEFAULT == null ? closureReason != null : !CLOSURE_REASON_EDEFAULT.equals(closureReason);
			case IsuPackage.ISU_CASE__OCCASIONS:
				return occasions != null && !occasions.isEmpty();
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
		result.append(", actualisationReasons: ");
		result.append(actualisationReasons);
		result.append(", origin: ");
		result.append(origin);
		result.append(", householdType: ");
		result.append(householdType);
		result.append(", previousContact: ");
		result.append(previousContact);
		result.append(", problems: ");
		result.append(problems);
		result.append(", decisionDate: ");
		result.append(decisionDate);
		result.append(", closureDate: ");
		result.append(closureDate);
		result.append(", implementationVsPlan: ");
		result.append(implementationVsPlan);
		result.append(", closureReason: ");
		result.append(closureReason);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //IsuCaseImpl
