/**
 */
package se.isu.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One case (ärende) of one client at one unit, followed from aktualisering to avslut with SKL's 20 general variables.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.IsuCase#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getClient <em>Client</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getUnit <em>Unit</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getResponsibleStaff <em>Responsible Staff</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getStatus <em>Status</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getCurrentStep <em>Current Step</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getActualisationDate <em>Actualisation Date</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getActualisationReasons <em>Actualisation Reasons</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getOrigin <em>Origin</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getHouseholdType <em>Household Type</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getPreviousContact <em>Previous Contact</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getProblems <em>Problems</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getDecisionDate <em>Decision Date</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getInterventions <em>Interventions</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getFollowUps <em>Follow Ups</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getClosureDate <em>Closure Date</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getImplementationVsPlan <em>Implementation Vs Plan</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getClosureReason <em>Closure Reason</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getOccasions <em>Occasions</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @see se.isu.model.IsuPackage#getIsuCase()
 * @model
 * @generated
 */
public interface IsuCase extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see se.isu.model.IsuPackage#getIsuCase_Id()
	 * @model required="true"
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Number</em>' attribute.
	 * @see #setCaseNumber(String)
	 * @see se.isu.model.IsuPackage#getIsuCase_CaseNumber()
	 * @model required="true"
	 * @generated
	 */
	String getCaseNumber();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getCaseNumber <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Number</em>' attribute.
	 * @see #getCaseNumber()
	 * @generated
	 */
	void setCaseNumber(String value);

	/**
	 * Returns the value of the '<em><b>Client</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client</em>' reference.
	 * @see #setClient(Client)
	 * @see se.isu.model.IsuPackage#getIsuCase_Client()
	 * @model required="true"
	 * @generated
	 */
	Client getClient();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getClient <em>Client</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client</em>' reference.
	 * @see #getClient()
	 * @generated
	 */
	void setClient(Client value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(Unit)
	 * @see se.isu.model.IsuPackage#getIsuCase_Unit()
	 * @model required="true"
	 * @generated
	 */
	Unit getUnit();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Unit value);

	/**
	 * Returns the value of the '<em><b>Responsible Staff</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The case worker responsible for the case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsible Staff</em>' reference.
	 * @see #setResponsibleStaff(Staff)
	 * @see se.isu.model.IsuPackage#getIsuCase_ResponsibleStaff()
	 * @model
	 * @generated
	 */
	Staff getResponsibleStaff();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getResponsibleStaff <em>Responsible Staff</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Staff</em>' reference.
	 * @see #getResponsibleStaff()
	 * @generated
	 */
	void setResponsibleStaff(Staff value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.model.CaseStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see se.isu.model.CaseStatus
	 * @see #setStatus(CaseStatus)
	 * @see se.isu.model.IsuPackage#getIsuCase_Status()
	 * @model required="true"
	 * @generated
	 */
	CaseStatus getStatus();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see se.isu.model.CaseStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CaseStatus value);

	/**
	 * Returns the value of the '<em><b>Current Step</b></em>' attribute.
	 * The default value is <code>"AKTUALISERA"</code>.
	 * The literals are from the enumeration {@link se.isu.model.ProcessStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Step</em>' attribute.
	 * @see se.isu.model.ProcessStep
	 * @see #setCurrentStep(ProcessStep)
	 * @see se.isu.model.IsuPackage#getIsuCase_CurrentStep()
	 * @model default="AKTUALISERA" required="true"
	 * @generated
	 */
	ProcessStep getCurrentStep();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getCurrentStep <em>Current Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Step</em>' attribute.
	 * @see se.isu.model.ProcessStep
	 * @see #getCurrentStep()
	 * @generated
	 */
	void setCurrentStep(ProcessStep value);

	/**
	 * Returns the value of the '<em><b>Actualisation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 1, Datum för aktualisering.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actualisation Date</em>' attribute.
	 * @see #setActualisationDate(LocalDate)
	 * @see se.isu.model.IsuPackage#getIsuCase_ActualisationDate()
	 * @model dataType="se.isu.model.LocalDate"
	 * @generated
	 */
	LocalDate getActualisationDate();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getActualisationDate <em>Actualisation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actualisation Date</em>' attribute.
	 * @see #getActualisationDate()
	 * @generated
	 */
	void setActualisationDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Actualisation Reasons</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 2, Ursprunglig aktualiseringsorsak (several allowed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actualisation Reasons</em>' attribute list.
	 * @see se.isu.model.IsuPackage#getIsuCase_ActualisationReasons()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.aktualiseringsorsak' variable='2'"
	 * @generated
	 */
	EList<Integer> getActualisationReasons();

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 6, Ursprung.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see #setOrigin(Integer)
	 * @see se.isu.model.IsuPackage#getIsuCase_Origin()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.ursprung' variable='6'"
	 * @generated
	 */
	Integer getOrigin();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(Integer value);

	/**
	 * Returns the value of the '<em><b>Household Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 7, Hushållstyp.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Household Type</em>' attribute.
	 * @see #setHouseholdType(Integer)
	 * @see se.isu.model.IsuPackage#getIsuCase_HouseholdType()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.hushallstyp' variable='7'"
	 * @generated
	 */
	Integer getHouseholdType();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getHouseholdType <em>Household Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household Type</em>' attribute.
	 * @see #getHouseholdType()
	 * @generated
	 */
	void setHouseholdType(Integer value);

	/**
	 * Returns the value of the '<em><b>Previous Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 8, Tidigare kontakt med socialtjänsten.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Previous Contact</em>' attribute.
	 * @see #setPreviousContact(Integer)
	 * @see se.isu.model.IsuPackage#getIsuCase_PreviousContact()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.tidigareKontakt' variable='8'"
	 * @generated
	 */
	Integer getPreviousContact();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getPreviousContact <em>Previous Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous Contact</em>' attribute.
	 * @see #getPreviousContact()
	 * @generated
	 */
	void setPreviousContact(Integer value);

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 9, Problematik (several allowed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problems</em>' attribute list.
	 * @see se.isu.model.IsuPackage#getIsuCase_Problems()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.problematik' variable='9'"
	 * @generated
	 */
	EList<Integer> getProblems();

	/**
	 * Returns the value of the '<em><b>Decision Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 10, Datum för beslut om insats (eller ej).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Date</em>' attribute.
	 * @see #setDecisionDate(LocalDate)
	 * @see se.isu.model.IsuPackage#getIsuCase_DecisionDate()
	 * @model dataType="se.isu.model.LocalDate"
	 * @generated
	 */
	LocalDate getDecisionDate();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getDecisionDate <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Date</em>' attribute.
	 * @see #getDecisionDate()
	 * @generated
	 */
	void setDecisionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Interventions</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.Intervention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interventions decided in the case; their types are SKL variable 12.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interventions</em>' containment reference list.
	 * @see se.isu.model.IsuPackage#getIsuCase_Interventions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Intervention> getInterventions();

	/**
	 * Returns the value of the '<em><b>Follow Ups</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.FollowUp}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Follow-ups, SKL variables 13-17.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Follow Ups</em>' containment reference list.
	 * @see se.isu.model.IsuPackage#getIsuCase_FollowUps()
	 * @model containment="true"
	 * @generated
	 */
	EList<FollowUp> getFollowUps();

	/**
	 * Returns the value of the '<em><b>Closure Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 18, Datum för avslut.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closure Date</em>' attribute.
	 * @see #setClosureDate(LocalDate)
	 * @see se.isu.model.IsuPackage#getIsuCase_ClosureDate()
	 * @model dataType="se.isu.model.LocalDate"
	 * @generated
	 */
	LocalDate getClosureDate();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getClosureDate <em>Closure Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closure Date</em>' attribute.
	 * @see #getClosureDate()
	 * @generated
	 */
	void setClosureDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Implementation Vs Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 19, Insatsens genomförande i förhållande till planeringen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Implementation Vs Plan</em>' attribute.
	 * @see #setImplementationVsPlan(Integer)
	 * @see se.isu.model.IsuPackage#getIsuCase_ImplementationVsPlan()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.genomforande' variable='19'"
	 * @generated
	 */
	Integer getImplementationVsPlan();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getImplementationVsPlan <em>Implementation Vs Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Implementation Vs Plan</em>' attribute.
	 * @see #getImplementationVsPlan()
	 * @generated
	 */
	void setImplementationVsPlan(Integer value);

	/**
	 * Returns the value of the '<em><b>Closure Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 20, Avslutsorsak.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closure Reason</em>' attribute.
	 * @see #setClosureReason(Integer)
	 * @see se.isu.model.IsuPackage#getIsuCase_ClosureReason()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.avslutsorsak' variable='20'"
	 * @generated
	 */
	Integer getClosureReason();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getClosureReason <em>Closure Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closure Reason</em>' attribute.
	 * @see #getClosureReason()
	 * @generated
	 */
	void setClosureReason(Integer value);

	/**
	 * Returns the value of the '<em><b>Occasions</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.Occasion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned measurement occasions; dropout and the due list are computed from these.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Occasions</em>' containment reference list.
	 * @see se.isu.model.IsuPackage#getIsuCase_Occasions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Occasion> getOccasions();

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optimistic-lock version as read from the store; a save with a stale version is refused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(long)
	 * @see se.isu.model.IsuPackage#getIsuCase_Version()
	 * @model
	 * @generated
	 */
	long getVersion();

	/**
	 * Sets the value of the '{@link se.isu.model.IsuCase#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(long value);

} // IsuCase
