/**
 */
package se.isu.model.instrument;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One filled-in form: instrument id and version, respondent, occasion, raw answers and stored scores. Readable without the instrument plugin.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.Assessment#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.Assessment#getCaseId <em>Case Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.Assessment#getOccasionId <em>Occasion Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.Assessment#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.Assessment#getInstrumentVersion <em>Instrument Version</em>}</li>
 *   <li>{@link se.isu.model.instrument.Assessment#getInstrumentName <em>Instrument Name</em>}</li>
 *   <li>{@link se.isu.model.instrument.Assessment#getRespondent <em>Respondent</em>}</li>
 *   <li>{@link se.isu.model.instrument.Assessment#getStatus <em>Status</em>}</li>
 *   <li>{@link se.isu.model.instrument.Assessment#getAssessedOn <em>Assessed On</em>}</li>
 *   <li>{@link se.isu.model.instrument.Assessment#getInterviewer <em>Interviewer</em>}</li>
 *   <li>{@link se.isu.model.instrument.Assessment#getUnitCode <em>Unit Code</em>}</li>
 *   <li>{@link se.isu.model.instrument.Assessment#getOverlayRevision <em>Overlay Revision</em>}</li>
 *   <li>{@link se.isu.model.instrument.Assessment#getAnswers <em>Answers</em>}</li>
 *   <li>{@link se.isu.model.instrument.Assessment#getScores <em>Scores</em>}</li>
 *   <li>{@link se.isu.model.instrument.Assessment#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @see se.isu.model.instrument.InstrumentPackage#getAssessment()
 * @model
 * @generated
 */
public interface Assessment extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see se.isu.model.instrument.InstrumentPackage#getAssessment_Id()
	 * @model required="true"
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Assessment#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Case Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Id</em>' attribute.
	 * @see #setCaseId(long)
	 * @see se.isu.model.instrument.InstrumentPackage#getAssessment_CaseId()
	 * @model required="true"
	 * @generated
	 */
	long getCaseId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Assessment#getCaseId <em>Case Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Id</em>' attribute.
	 * @see #getCaseId()
	 * @generated
	 */
	void setCaseId(long value);

	/**
	 * Returns the value of the '<em><b>Occasion Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Occasion Id</em>' attribute.
	 * @see #setOccasionId(Long)
	 * @see se.isu.model.instrument.InstrumentPackage#getAssessment_OccasionId()
	 * @model
	 * @generated
	 */
	Long getOccasionId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Assessment#getOccasionId <em>Occasion Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occasion Id</em>' attribute.
	 * @see #getOccasionId()
	 * @generated
	 */
	void setOccasionId(Long value);

	/**
	 * Returns the value of the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument Id</em>' attribute.
	 * @see #setInstrumentId(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getAssessment_InstrumentId()
	 * @model required="true"
	 * @generated
	 */
	String getInstrumentId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Assessment#getInstrumentId <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument Id</em>' attribute.
	 * @see #getInstrumentId()
	 * @generated
	 */
	void setInstrumentId(String value);

	/**
	 * Returns the value of the '<em><b>Instrument Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument Version</em>' attribute.
	 * @see #setInstrumentVersion(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getAssessment_InstrumentVersion()
	 * @model required="true"
	 * @generated
	 */
	String getInstrumentVersion();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Assessment#getInstrumentVersion <em>Instrument Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument Version</em>' attribute.
	 * @see #getInstrumentVersion()
	 * @generated
	 */
	void setInstrumentVersion(String value);

	/**
	 * Returns the value of the '<em><b>Instrument Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name at the time of answering, shown when the plugin is gone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instrument Name</em>' attribute.
	 * @see #setInstrumentName(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getAssessment_InstrumentName()
	 * @model
	 * @generated
	 */
	String getInstrumentName();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Assessment#getInstrumentName <em>Instrument Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument Name</em>' attribute.
	 * @see #getInstrumentName()
	 * @generated
	 */
	void setInstrumentName(String value);

	/**
	 * Returns the value of the '<em><b>Respondent</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.model.instrument.Respondent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Respondent</em>' attribute.
	 * @see se.isu.model.instrument.Respondent
	 * @see #setRespondent(Respondent)
	 * @see se.isu.model.instrument.InstrumentPackage#getAssessment_Respondent()
	 * @model required="true"
	 * @generated
	 */
	Respondent getRespondent();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Assessment#getRespondent <em>Respondent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Respondent</em>' attribute.
	 * @see se.isu.model.instrument.Respondent
	 * @see #getRespondent()
	 * @generated
	 */
	void setRespondent(Respondent value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.model.instrument.AssessmentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see se.isu.model.instrument.AssessmentStatus
	 * @see #setStatus(AssessmentStatus)
	 * @see se.isu.model.instrument.InstrumentPackage#getAssessment_Status()
	 * @model required="true"
	 * @generated
	 */
	AssessmentStatus getStatus();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Assessment#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see se.isu.model.instrument.AssessmentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AssessmentStatus value);

	/**
	 * Returns the value of the '<em><b>Assessed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessed On</em>' attribute.
	 * @see #setAssessedOn(LocalDate)
	 * @see se.isu.model.instrument.InstrumentPackage#getAssessment_AssessedOn()
	 * @model dataType="se.isu.model.LocalDate"
	 * @generated
	 */
	LocalDate getAssessedOn();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Assessment#getAssessedOn <em>Assessed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessed On</em>' attribute.
	 * @see #getAssessedOn()
	 * @generated
	 */
	void setAssessedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Interviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interviewer</em>' attribute.
	 * @see #setInterviewer(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getAssessment_Interviewer()
	 * @model
	 * @generated
	 */
	String getInterviewer();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Assessment#getInterviewer <em>Interviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interviewer</em>' attribute.
	 * @see #getInterviewer()
	 * @generated
	 */
	void setInterviewer(String value);

	/**
	 * Returns the value of the '<em><b>Unit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit whose form (overlay) was used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Code</em>' attribute.
	 * @see #setUnitCode(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getAssessment_UnitCode()
	 * @model
	 * @generated
	 */
	String getUnitCode();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Assessment#getUnitCode <em>Unit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Code</em>' attribute.
	 * @see #getUnitCode()
	 * @generated
	 */
	void setUnitCode(String value);

	/**
	 * Returns the value of the '<em><b>Overlay Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overlay Revision</em>' attribute.
	 * @see #setOverlayRevision(Integer)
	 * @see se.isu.model.instrument.InstrumentPackage#getAssessment_OverlayRevision()
	 * @model
	 * @generated
	 */
	Integer getOverlayRevision();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Assessment#getOverlayRevision <em>Overlay Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overlay Revision</em>' attribute.
	 * @see #getOverlayRevision()
	 * @generated
	 */
	void setOverlayRevision(Integer value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.instrument.Answer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see se.isu.model.instrument.InstrumentPackage#getAssessment_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Answer> getAnswers();

	/**
	 * Returns the value of the '<em><b>Scores</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.instrument.Score}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scores</em>' containment reference list.
	 * @see se.isu.model.instrument.InstrumentPackage#getAssessment_Scores()
	 * @model containment="true"
	 * @generated
	 */
	EList<Score> getScores();

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optimistic-lock version of the stored assessment; 0 = never stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(long)
	 * @see se.isu.model.instrument.InstrumentPackage#getAssessment_Version()
	 * @model
	 * @generated
	 */
	long getVersion();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Assessment#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(long value);

} // Assessment
