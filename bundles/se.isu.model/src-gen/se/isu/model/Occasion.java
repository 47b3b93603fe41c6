/**
 */
package se.isu.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Occasion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A planned measurement occasion and what became of it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.Occasion#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.Occasion#getKind <em>Kind</em>}</li>
 *   <li>{@link se.isu.model.Occasion#getPlannedDate <em>Planned Date</em>}</li>
 *   <li>{@link se.isu.model.Occasion#getStatus <em>Status</em>}</li>
 *   <li>{@link se.isu.model.Occasion#getDoneDate <em>Done Date</em>}</li>
 *   <li>{@link se.isu.model.Occasion#getNotDoneReason <em>Not Done Reason</em>}</li>
 *   <li>{@link se.isu.model.Occasion#getFormsDue <em>Forms Due</em>}</li>
 * </ul>
 *
 * @see se.isu.model.IsuPackage#getOccasion()
 * @model
 * @generated
 */
public interface Occasion extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see se.isu.model.IsuPackage#getOccasion_Id()
	 * @model required="true"
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link se.isu.model.Occasion#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.model.OccasionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see se.isu.model.OccasionKind
	 * @see #setKind(OccasionKind)
	 * @see se.isu.model.IsuPackage#getOccasion_Kind()
	 * @model required="true"
	 * @generated
	 */
	OccasionKind getKind();

	/**
	 * Sets the value of the '{@link se.isu.model.Occasion#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see se.isu.model.OccasionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OccasionKind value);

	/**
	 * Returns the value of the '<em><b>Planned Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Date</em>' attribute.
	 * @see #setPlannedDate(LocalDate)
	 * @see se.isu.model.IsuPackage#getOccasion_PlannedDate()
	 * @model dataType="se.isu.model.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedDate();

	/**
	 * Sets the value of the '{@link se.isu.model.Occasion#getPlannedDate <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Date</em>' attribute.
	 * @see #getPlannedDate()
	 * @generated
	 */
	void setPlannedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.model.OccasionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see se.isu.model.OccasionStatus
	 * @see #setStatus(OccasionStatus)
	 * @see se.isu.model.IsuPackage#getOccasion_Status()
	 * @model required="true"
	 * @generated
	 */
	OccasionStatus getStatus();

	/**
	 * Sets the value of the '{@link se.isu.model.Occasion#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see se.isu.model.OccasionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(OccasionStatus value);

	/**
	 * Returns the value of the '<em><b>Done Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Done Date</em>' attribute.
	 * @see #setDoneDate(LocalDate)
	 * @see se.isu.model.IsuPackage#getOccasion_DoneDate()
	 * @model dataType="se.isu.model.LocalDate"
	 * @generated
	 */
	LocalDate getDoneDate();

	/**
	 * Sets the value of the '{@link se.isu.model.Occasion#getDoneDate <em>Done Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done Date</em>' attribute.
	 * @see #getDoneDate()
	 * @generated
	 */
	void setDoneDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Not Done Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why a planned occasion was not done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Not Done Reason</em>' attribute.
	 * @see #setNotDoneReason(Integer)
	 * @see se.isu.model.IsuPackage#getOccasion_NotDoneReason()
	 * @model annotation="http://isu.se/model/valueSet valueSet='isu.ejGenomford'"
	 * @generated
	 */
	Integer getNotDoneReason();

	/**
	 * Sets the value of the '{@link se.isu.model.Occasion#getNotDoneReason <em>Not Done Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Done Reason</em>' attribute.
	 * @see #getNotDoneReason()
	 * @generated
	 */
	void setNotDoneReason(Integer value);

	/**
	 * Returns the value of the '<em><b>Forms Due</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instrument ids of the forms due at this occasion (kept sorted by id): the planner records the forms whose schedule planned it, a worker may choose forms for an occasion registered by hand, and none means a case-level occasion bound to no form (it counts for any instrument, as before occasions were bound). The occasion is done for a form when that form's assessment linked to it is complete.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Forms Due</em>' attribute list.
	 * @see se.isu.model.IsuPackage#getOccasion_FormsDue()
	 * @model
	 * @generated
	 */
	EList<String> getFormsDue();

} // Occasion
