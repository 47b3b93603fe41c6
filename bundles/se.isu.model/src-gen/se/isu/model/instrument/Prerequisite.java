/**
 */
package se.isu.model.instrument;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prerequisite</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The client must have a complete assessment of instrumentId dated at most withinMonths months before this one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.Prerequisite#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.Prerequisite#getWithinMonths <em>Within Months</em>}</li>
 * </ul>
 *
 * @see se.isu.model.instrument.InstrumentPackage#getPrerequisite()
 * @model
 * @generated
 */
public interface Prerequisite extends EObject {
	/**
	 * Returns the value of the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument Id</em>' attribute.
	 * @see #setInstrumentId(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getPrerequisite_InstrumentId()
	 * @model required="true"
	 * @generated
	 */
	String getInstrumentId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Prerequisite#getInstrumentId <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument Id</em>' attribute.
	 * @see #getInstrumentId()
	 * @generated
	 */
	void setInstrumentId(String value);

	/**
	 * Returns the value of the '<em><b>Within Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Within Months</em>' attribute.
	 * @see #setWithinMonths(int)
	 * @see se.isu.model.instrument.InstrumentPackage#getPrerequisite_WithinMonths()
	 * @model
	 * @generated
	 */
	int getWithinMonths();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Prerequisite#getWithinMonths <em>Within Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Within Months</em>' attribute.
	 * @see #getWithinMonths()
	 * @generated
	 */
	void setWithinMonths(int value);

} // Prerequisite
