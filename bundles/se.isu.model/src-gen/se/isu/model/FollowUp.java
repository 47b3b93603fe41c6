/**
 */
package se.isu.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Follow Up</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A follow-up of the case (SKL variables 13-17).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.FollowUp#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.FollowUp#getDate <em>Date</em>}</li>
 *   <li>{@link se.isu.model.FollowUp#getCooperation <em>Cooperation</em>}</li>
 *   <li>{@link se.isu.model.FollowUp#getCoordinatedPlan <em>Coordinated Plan</em>}</li>
 *   <li>{@link se.isu.model.FollowUp#getParallelInterventions <em>Parallel Interventions</em>}</li>
 *   <li>{@link se.isu.model.FollowUp#getGoalAttainment <em>Goal Attainment</em>}</li>
 * </ul>
 *
 * @see se.isu.model.IsuPackage#getFollowUp()
 * @model
 * @generated
 */
public interface FollowUp extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see se.isu.model.IsuPackage#getFollowUp_Id()
	 * @model required="true"
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link se.isu.model.FollowUp#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 13, Datum för uppföljning.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see se.isu.model.IsuPackage#getFollowUp_Date()
	 * @model dataType="se.isu.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link se.isu.model.FollowUp#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Cooperation</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 14, Samverkan med andra aktörer (several allowed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cooperation</em>' attribute list.
	 * @see se.isu.model.IsuPackage#getFollowUp_Cooperation()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.samverkan' variable='14'"
	 * @generated
	 */
	EList<Integer> getCooperation();

	/**
	 * Returns the value of the '<em><b>Coordinated Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 15, Samordnad individuell plan (SIP).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coordinated Plan</em>' attribute.
	 * @see #setCoordinatedPlan(Integer)
	 * @see se.isu.model.IsuPackage#getFollowUp_CoordinatedPlan()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.sip' variable='15'"
	 * @generated
	 */
	Integer getCoordinatedPlan();

	/**
	 * Sets the value of the '{@link se.isu.model.FollowUp#getCoordinatedPlan <em>Coordinated Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coordinated Plan</em>' attribute.
	 * @see #getCoordinatedPlan()
	 * @generated
	 */
	void setCoordinatedPlan(Integer value);

	/**
	 * Returns the value of the '<em><b>Parallel Interventions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 16, Parallella insatser inom socialtjänsten.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parallel Interventions</em>' attribute.
	 * @see #setParallelInterventions(Integer)
	 * @see se.isu.model.IsuPackage#getFollowUp_ParallelInterventions()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.parallellaInsatser' variable='16'"
	 * @generated
	 */
	Integer getParallelInterventions();

	/**
	 * Sets the value of the '{@link se.isu.model.FollowUp#getParallelInterventions <em>Parallel Interventions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parallel Interventions</em>' attribute.
	 * @see #getParallelInterventions()
	 * @generated
	 */
	void setParallelInterventions(Integer value);

	/**
	 * Returns the value of the '<em><b>Goal Attainment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 17, Måluppfyllelse.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goal Attainment</em>' attribute.
	 * @see #setGoalAttainment(Integer)
	 * @see se.isu.model.IsuPackage#getFollowUp_GoalAttainment()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.maluppfyllelse' variable='17'"
	 * @generated
	 */
	Integer getGoalAttainment();

	/**
	 * Sets the value of the '{@link se.isu.model.FollowUp#getGoalAttainment <em>Goal Attainment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal Attainment</em>' attribute.
	 * @see #getGoalAttainment()
	 * @generated
	 */
	void setGoalAttainment(Integer value);

} // FollowUp
