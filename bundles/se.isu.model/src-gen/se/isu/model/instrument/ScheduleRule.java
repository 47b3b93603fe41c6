/**
 */
package se.isu.model.instrument;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import se.isu.model.OccasionKind;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Schedule Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An occasion of a kind falls offsetMonths months plus offsetDays days after the anchor; it counts as on time within toleranceDays.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.ScheduleRule#getOccasionKind <em>Occasion Kind</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScheduleRule#getAnchor <em>Anchor</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScheduleRule#getOffsetMonths <em>Offset Months</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScheduleRule#getOffsetDays <em>Offset Days</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScheduleRule#getToleranceDays <em>Tolerance Days</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScheduleRule#getInterventionTypes <em>Intervention Types</em>}</li>
 * </ul>
 *
 * @see se.isu.model.instrument.InstrumentPackage#getScheduleRule()
 * @model
 * @generated
 */
public interface ScheduleRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Occasion Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.model.OccasionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Occasion Kind</em>' attribute.
	 * @see se.isu.model.OccasionKind
	 * @see #setOccasionKind(OccasionKind)
	 * @see se.isu.model.instrument.InstrumentPackage#getScheduleRule_OccasionKind()
	 * @model required="true"
	 * @generated
	 */
	OccasionKind getOccasionKind();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScheduleRule#getOccasionKind <em>Occasion Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occasion Kind</em>' attribute.
	 * @see se.isu.model.OccasionKind
	 * @see #getOccasionKind()
	 * @generated
	 */
	void setOccasionKind(OccasionKind value);

	/**
	 * Returns the value of the '<em><b>Anchor</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.model.instrument.ScheduleAnchor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anchor</em>' attribute.
	 * @see se.isu.model.instrument.ScheduleAnchor
	 * @see #setAnchor(ScheduleAnchor)
	 * @see se.isu.model.instrument.InstrumentPackage#getScheduleRule_Anchor()
	 * @model required="true"
	 * @generated
	 */
	ScheduleAnchor getAnchor();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScheduleRule#getAnchor <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anchor</em>' attribute.
	 * @see se.isu.model.instrument.ScheduleAnchor
	 * @see #getAnchor()
	 * @generated
	 */
	void setAnchor(ScheduleAnchor value);

	/**
	 * Returns the value of the '<em><b>Offset Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offset Months</em>' attribute.
	 * @see #setOffsetMonths(int)
	 * @see se.isu.model.instrument.InstrumentPackage#getScheduleRule_OffsetMonths()
	 * @model
	 * @generated
	 */
	int getOffsetMonths();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScheduleRule#getOffsetMonths <em>Offset Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset Months</em>' attribute.
	 * @see #getOffsetMonths()
	 * @generated
	 */
	void setOffsetMonths(int value);

	/**
	 * Returns the value of the '<em><b>Offset Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offset Days</em>' attribute.
	 * @see #setOffsetDays(int)
	 * @see se.isu.model.instrument.InstrumentPackage#getScheduleRule_OffsetDays()
	 * @model
	 * @generated
	 */
	int getOffsetDays();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScheduleRule#getOffsetDays <em>Offset Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset Days</em>' attribute.
	 * @see #getOffsetDays()
	 * @generated
	 */
	void setOffsetDays(int value);

	/**
	 * Returns the value of the '<em><b>Tolerance Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tolerance Days</em>' attribute.
	 * @see #setToleranceDays(int)
	 * @see se.isu.model.instrument.InstrumentPackage#getScheduleRule_ToleranceDays()
	 * @model
	 * @generated
	 */
	int getToleranceDays();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScheduleRule#getToleranceDays <em>Tolerance Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolerance Days</em>' attribute.
	 * @see #getToleranceDays()
	 * @generated
	 */
	void setToleranceDays(int value);

	/**
	 * Returns the value of the '<em><b>Intervention Types</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With the anchor INTERVENTION_END: the intervention types (SKL variable 12 codes) whose end is an anchor, one occasion per ended intervention of those types (e.g. at the end of each placement); empty = every intervention.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intervention Types</em>' attribute list.
	 * @see se.isu.model.instrument.InstrumentPackage#getScheduleRule_InterventionTypes()
	 * @model
	 * @generated
	 */
	EList<Integer> getInterventionTypes();

} // ScheduleRule
