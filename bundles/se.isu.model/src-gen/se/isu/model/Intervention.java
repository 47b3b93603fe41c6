/**
 */
package se.isu.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Intervention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An intervention (insats) decided in the case: type (SKL variable 12), decision date, start (verkställighet, variable 11) and end.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.Intervention#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.Intervention#getInterventionType <em>Intervention Type</em>}</li>
 *   <li>{@link se.isu.model.Intervention#getDecisionDate <em>Decision Date</em>}</li>
 *   <li>{@link se.isu.model.Intervention#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link se.isu.model.Intervention#getEndDate <em>End Date</em>}</li>
 *   <li>{@link se.isu.model.Intervention#getProviderId <em>Provider Id</em>}</li>
 * </ul>
 *
 * @see se.isu.model.IsuPackage#getIntervention()
 * @model
 * @generated
 */
public interface Intervention extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see se.isu.model.IsuPackage#getIntervention_Id()
	 * @model required="true"
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link se.isu.model.Intervention#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Intervention Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 12, Insatstyp.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intervention Type</em>' attribute.
	 * @see #setInterventionType(Integer)
	 * @see se.isu.model.IsuPackage#getIntervention_InterventionType()
	 * @model required="true"
	 *        annotation="http://isu.se/model/valueSet valueSet='skl.insatstyp' variable='12'"
	 * @generated
	 */
	Integer getInterventionType();

	/**
	 * Sets the value of the '{@link se.isu.model.Intervention#getInterventionType <em>Intervention Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intervention Type</em>' attribute.
	 * @see #getInterventionType()
	 * @generated
	 */
	void setInterventionType(Integer value);

	/**
	 * Returns the value of the '<em><b>Decision Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision Date</em>' attribute.
	 * @see #setDecisionDate(LocalDate)
	 * @see se.isu.model.IsuPackage#getIntervention_DecisionDate()
	 * @model dataType="se.isu.model.LocalDate"
	 * @generated
	 */
	LocalDate getDecisionDate();

	/**
	 * Sets the value of the '{@link se.isu.model.Intervention#getDecisionDate <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Date</em>' attribute.
	 * @see #getDecisionDate()
	 * @generated
	 */
	void setDecisionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 11, Datum för verkställande.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see se.isu.model.IsuPackage#getIntervention_StartDate()
	 * @model dataType="se.isu.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link se.isu.model.Intervention#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see se.isu.model.IsuPackage#getIntervention_EndDate()
	 * @model dataType="se.isu.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link se.isu.model.Intervention#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Provider Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provider (utförare) carrying out the intervention, from the provider register; empty when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider Id</em>' attribute.
	 * @see #setProviderId(Long)
	 * @see se.isu.model.IsuPackage#getIntervention_ProviderId()
	 * @model
	 * @generated
	 */
	Long getProviderId();

	/**
	 * Sets the value of the '{@link se.isu.model.Intervention#getProviderId <em>Provider Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider Id</em>' attribute.
	 * @see #getProviderId()
	 * @generated
	 */
	void setProviderId(Long value);

} // Intervention
