/**
 */
package se.isu.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One case (ärende) of one client at one unit, followed from aktualisering to avslut.
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
 *   <li>{@link se.isu.model.IsuCase#getStatus <em>Status</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getCurrentStep <em>Current Step</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getActualisationDate <em>Actualisation Date</em>}</li>
 *   <li>{@link se.isu.model.IsuCase#getClosureDate <em>Closure Date</em>}</li>
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
