/**
 */
package se.isu.model.instrument.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import se.isu.model.instrument.Answer;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.InstrumentPackage;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.Score;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.impl.AssessmentImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AssessmentImpl#getCaseId <em>Case Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AssessmentImpl#getOccasionId <em>Occasion Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AssessmentImpl#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AssessmentImpl#getInstrumentVersion <em>Instrument Version</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AssessmentImpl#getInstrumentName <em>Instrument Name</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AssessmentImpl#getRespondent <em>Respondent</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AssessmentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AssessmentImpl#getAssessedOn <em>Assessed On</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AssessmentImpl#getInterviewer <em>Interviewer</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AssessmentImpl#getUnitCode <em>Unit Code</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AssessmentImpl#getOverlayRevision <em>Overlay Revision</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AssessmentImpl#getAnswers <em>Answers</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AssessmentImpl#getScores <em>Scores</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AssessmentImpl#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentImpl extends MinimalEObjectImpl.Container implements Assessment {
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
	 * The default value of the '{@link #getCaseId() <em>Case Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseId()
	 * @generated
	 * @ordered
	 */
	protected static final long CASE_ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCaseId() <em>Case Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseId()
	 * @generated
	 * @ordered
	 */
	protected long caseId = CASE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getOccasionId() <em>Occasion Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccasionId()
	 * @generated
	 * @ordered
	 */
	protected static final Long OCCASION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOccasionId() <em>Occasion Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccasionId()
	 * @generated
	 * @ordered
	 */
	protected Long occasionId = OCCASION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstrumentId() <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstrumentId() <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected String instrumentId = INSTRUMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstrumentVersion() <em>Instrument Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUMENT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstrumentVersion() <em>Instrument Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentVersion()
	 * @generated
	 * @ordered
	 */
	protected String instrumentVersion = INSTRUMENT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstrumentName() <em>Instrument Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentName()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUMENT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstrumentName() <em>Instrument Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentName()
	 * @generated
	 * @ordered
	 */
	protected String instrumentName = INSTRUMENT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRespondent() <em>Respondent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondent()
	 * @generated
	 * @ordered
	 */
	protected static final Respondent RESPONDENT_EDEFAULT = Respondent.CLIENT;

	/**
	 * The cached value of the '{@link #getRespondent() <em>Respondent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondent()
	 * @generated
	 * @ordered
	 */
	protected Respondent respondent = RESPONDENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AssessmentStatus STATUS_EDEFAULT = AssessmentStatus.IN_PROGRESS;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AssessmentStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssessedOn() <em>Assessed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ASSESSED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssessedOn() <em>Assessed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate assessedOn = ASSESSED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterviewer() <em>Interviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterviewer()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERVIEWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInterviewer() <em>Interviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterviewer()
	 * @generated
	 * @ordered
	 */
	protected String interviewer = INTERVIEWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitCode() <em>Unit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitCode()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnitCode() <em>Unit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitCode()
	 * @generated
	 * @ordered
	 */
	protected String unitCode = UNIT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOverlayRevision() <em>Overlay Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverlayRevision()
	 * @generated
	 * @ordered
	 */
	protected static final Integer OVERLAY_REVISION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOverlayRevision() <em>Overlay Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverlayRevision()
	 * @generated
	 * @ordered
	 */
	protected Integer overlayRevision = OVERLAY_REVISION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<Answer> answers;

	/**
	 * The cached value of the '{@link #getScores() <em>Scores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScores()
	 * @generated
	 * @ordered
	 */
	protected EList<Score> scores;

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
	protected AssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InstrumentPackage.Literals.ASSESSMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ASSESSMENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCaseId() {
		return caseId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseId(long newCaseId) {
		long oldCaseId = caseId;
		caseId = newCaseId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ASSESSMENT__CASE_ID, oldCaseId, caseId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getOccasionId() {
		return occasionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccasionId(Long newOccasionId) {
		Long oldOccasionId = occasionId;
		occasionId = newOccasionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ASSESSMENT__OCCASION_ID, oldOccasionId, occasionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstrumentId() {
		return instrumentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrumentId(String newInstrumentId) {
		String oldInstrumentId = instrumentId;
		instrumentId = newInstrumentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ASSESSMENT__INSTRUMENT_ID, oldInstrumentId, instrumentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstrumentVersion() {
		return instrumentVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrumentVersion(String newInstrumentVersion) {
		String oldInstrumentVersion = instrumentVersion;
		instrumentVersion = newInstrumentVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ASSESSMENT__INSTRUMENT_VERSION, oldInstrumentVersion, instrumentVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstrumentName() {
		return instrumentName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrumentName(String newInstrumentName) {
		String oldInstrumentName = instrumentName;
		instrumentName = newInstrumentName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ASSESSMENT__INSTRUMENT_NAME, oldInstrumentName, instrumentName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Respondent getRespondent() {
		return respondent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespondent(Respondent newRespondent) {
		Respondent oldRespondent = respondent;
		respondent = newRespondent == null ? RESPONDENT_EDEFAULT : newRespondent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ASSESSMENT__RESPONDENT, oldRespondent, respondent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AssessmentStatus newStatus) {
		AssessmentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ASSESSMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAssessedOn() {
		return assessedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessedOn(LocalDate newAssessedOn) {
		LocalDate oldAssessedOn = assessedOn;
		assessedOn = newAssessedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ASSESSMENT__ASSESSED_ON, oldAssessedOn, assessedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInterviewer() {
		return interviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterviewer(String newInterviewer) {
		String oldInterviewer = interviewer;
		interviewer = newInterviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ASSESSMENT__INTERVIEWER, oldInterviewer, interviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnitCode() {
		return unitCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitCode(String newUnitCode) {
		String oldUnitCode = unitCode;
		unitCode = newUnitCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ASSESSMENT__UNIT_CODE, oldUnitCode, unitCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getOverlayRevision() {
		return overlayRevision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverlayRevision(Integer newOverlayRevision) {
		Integer oldOverlayRevision = overlayRevision;
		overlayRevision = newOverlayRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ASSESSMENT__OVERLAY_REVISION, oldOverlayRevision, overlayRevision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Answer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<Answer>(Answer.class, this, InstrumentPackage.ASSESSMENT__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Score> getScores() {
		if (scores == null) {
			scores = new EObjectContainmentEList<Score>(Score.class, this, InstrumentPackage.ASSESSMENT__SCORES);
		}
		return scores;
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ASSESSMENT__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InstrumentPackage.ASSESSMENT__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
			case InstrumentPackage.ASSESSMENT__SCORES:
				return ((InternalEList<?>)getScores()).basicRemove(otherEnd, msgs);
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
			case InstrumentPackage.ASSESSMENT__ID:
				return getId();
			case InstrumentPackage.ASSESSMENT__CASE_ID:
				return getCaseId();
			case InstrumentPackage.ASSESSMENT__OCCASION_ID:
				return getOccasionId();
			case InstrumentPackage.ASSESSMENT__INSTRUMENT_ID:
				return getInstrumentId();
			case InstrumentPackage.ASSESSMENT__INSTRUMENT_VERSION:
				return getInstrumentVersion();
			case InstrumentPackage.ASSESSMENT__INSTRUMENT_NAME:
				return getInstrumentName();
			case InstrumentPackage.ASSESSMENT__RESPONDENT:
				return getRespondent();
			case InstrumentPackage.ASSESSMENT__STATUS:
				return getStatus();
			case InstrumentPackage.ASSESSMENT__ASSESSED_ON:
				return getAssessedOn();
			case InstrumentPackage.ASSESSMENT__INTERVIEWER:
				return getInterviewer();
			case InstrumentPackage.ASSESSMENT__UNIT_CODE:
				return getUnitCode();
			case InstrumentPackage.ASSESSMENT__OVERLAY_REVISION:
				return getOverlayRevision();
			case InstrumentPackage.ASSESSMENT__ANSWERS:
				return getAnswers();
			case InstrumentPackage.ASSESSMENT__SCORES:
				return getScores();
			case InstrumentPackage.ASSESSMENT__VERSION:
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
			case InstrumentPackage.ASSESSMENT__ID:
				setId((Long)newValue);
				return;
			case InstrumentPackage.ASSESSMENT__CASE_ID:
				setCaseId((Long)newValue);
				return;
			case InstrumentPackage.ASSESSMENT__OCCASION_ID:
				setOccasionId((Long)newValue);
				return;
			case InstrumentPackage.ASSESSMENT__INSTRUMENT_ID:
				setInstrumentId((String)newValue);
				return;
			case InstrumentPackage.ASSESSMENT__INSTRUMENT_VERSION:
				setInstrumentVersion((String)newValue);
				return;
			case InstrumentPackage.ASSESSMENT__INSTRUMENT_NAME:
				setInstrumentName((String)newValue);
				return;
			case InstrumentPackage.ASSESSMENT__RESPONDENT:
				setRespondent((Respondent)newValue);
				return;
			case InstrumentPackage.ASSESSMENT__STATUS:
				setStatus((AssessmentStatus)newValue);
				return;
			case InstrumentPackage.ASSESSMENT__ASSESSED_ON:
				setAssessedOn((LocalDate)newValue);
				return;
			case InstrumentPackage.ASSESSMENT__INTERVIEWER:
				setInterviewer((String)newValue);
				return;
			case InstrumentPackage.ASSESSMENT__UNIT_CODE:
				setUnitCode((String)newValue);
				return;
			case InstrumentPackage.ASSESSMENT__OVERLAY_REVISION:
				setOverlayRevision((Integer)newValue);
				return;
			case InstrumentPackage.ASSESSMENT__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends Answer>)newValue);
				return;
			case InstrumentPackage.ASSESSMENT__SCORES:
				getScores().clear();
				getScores().addAll((Collection<? extends Score>)newValue);
				return;
			case InstrumentPackage.ASSESSMENT__VERSION:
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
			case InstrumentPackage.ASSESSMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case InstrumentPackage.ASSESSMENT__CASE_ID:
				setCaseId(CASE_ID_EDEFAULT);
				return;
			case InstrumentPackage.ASSESSMENT__OCCASION_ID:
				setOccasionId(OCCASION_ID_EDEFAULT);
				return;
			case InstrumentPackage.ASSESSMENT__INSTRUMENT_ID:
				setInstrumentId(INSTRUMENT_ID_EDEFAULT);
				return;
			case InstrumentPackage.ASSESSMENT__INSTRUMENT_VERSION:
				setInstrumentVersion(INSTRUMENT_VERSION_EDEFAULT);
				return;
			case InstrumentPackage.ASSESSMENT__INSTRUMENT_NAME:
				setInstrumentName(INSTRUMENT_NAME_EDEFAULT);
				return;
			case InstrumentPackage.ASSESSMENT__RESPONDENT:
				setRespondent(RESPONDENT_EDEFAULT);
				return;
			case InstrumentPackage.ASSESSMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case InstrumentPackage.ASSESSMENT__ASSESSED_ON:
				setAssessedOn(ASSESSED_ON_EDEFAULT);
				return;
			case InstrumentPackage.ASSESSMENT__INTERVIEWER:
				setInterviewer(INTERVIEWER_EDEFAULT);
				return;
			case InstrumentPackage.ASSESSMENT__UNIT_CODE:
				setUnitCode(UNIT_CODE_EDEFAULT);
				return;
			case InstrumentPackage.ASSESSMENT__OVERLAY_REVISION:
				setOverlayRevision(OVERLAY_REVISION_EDEFAULT);
				return;
			case InstrumentPackage.ASSESSMENT__ANSWERS:
				getAnswers().clear();
				return;
			case InstrumentPackage.ASSESSMENT__SCORES:
				getScores().clear();
				return;
			case InstrumentPackage.ASSESSMENT__VERSION:
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
			case InstrumentPackage.ASSESSMENT__ID:
				return id != ID_EDEFAULT;
			case InstrumentPackage.ASSESSMENT__CASE_ID:
				return caseId != CASE_ID_EDEFAULT;
			case InstrumentPackage.ASSESSMENT__OCCASION_ID:
				return OCCASION_ID_EDEFAULT == null ? occasionId != null : !OCCASION_ID_EDEFAULT.equals(occasionId);
			case InstrumentPackage.ASSESSMENT__INSTRUMENT_ID:
				return INSTRUMENT_ID_EDEFAULT == null ? instrumentId != null : !INSTRUMENT_ID_EDEFAULT.equals(instrumentId);
			case InstrumentPackage.ASSESSMENT__INSTRUMENT_VERSION:
				return INSTRUMENT_VERSION_EDEFAULT == null ? instrumentVersion != null : !INSTRUMENT_VERSION_EDEFAULT.equals(instrumentVersion);
			case InstrumentPackage.ASSESSMENT__INSTRUMENT_NAME:
				return INSTRUMENT_NAME_EDEFAULT == null ? instrumentName != null : !INSTRUMENT_NAME_EDEFAULT.equals(instrumentName);
			case InstrumentPackage.ASSESSMENT__RESPONDENT:
				return respondent != RESPONDENT_EDEFAULT;
			case InstrumentPackage.ASSESSMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case InstrumentPackage.ASSESSMENT__ASSESSED_ON:
				return ASSESSED_ON_EDEFAULT == null ? assessedOn != null : !ASSESSED_ON_EDEFAULT.equals(assessedOn);
			case InstrumentPackage.ASSESSMENT__INTERVIEWER:
				return INTERVIEWER_EDEFAULT == null ? interviewer != null : !INTERVIEWER_EDEFAULT.equals(interviewer);
			case InstrumentPackage.ASSESSMENT__UNIT_CODE:
				return UNIT_CODE_EDEFAULT == null ? unitCode != null : !UNIT_CODE_EDEFAULT.equals(unitCode);
			case InstrumentPackage.ASSESSMENT__OVERLAY_REVISION:
				return OVERLAY_REVISION_EDEFAULT == null ? overlayRevision != null : !OVERLAY_REVISION_EDEFAULT.equals(overlayRevision);
			case InstrumentPackage.ASSESSMENT__ANSWERS:
				return answers != null && !answers.isEmpty();
			case InstrumentPackage.ASSESSMENT__SCORES:
				return scores != null && !scores.isEmpty();
			case InstrumentPackage.ASSESSMENT__VERSION:
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
		result.append(", caseId: ");
		result.append(caseId);
		result.append(", occasionId: ");
		result.append(occasionId);
		result.append(", instrumentId: ");
		result.append(instrumentId);
		result.append(", instrumentVersion: ");
		result.append(instrumentVersion);
		result.append(", instrumentName: ");
		result.append(instrumentName);
		result.append(", respondent: ");
		result.append(respondent);
		result.append(", status: ");
		result.append(status);
		result.append(", assessedOn: ");
		result.append(assessedOn);
		result.append(", interviewer: ");
		result.append(interviewer);
		result.append(", unitCode: ");
		result.append(unitCode);
		result.append(", overlayRevision: ");
		result.append(overlayRevision);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //AssessmentImpl
