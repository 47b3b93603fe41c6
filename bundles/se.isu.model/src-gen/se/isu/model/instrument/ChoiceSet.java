/**
 */
package se.isu.model.instrument;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Choice Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The answer alternatives of choice and scale items: listed here, or taken from a value set of the model (valueSet).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.ChoiceSet#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.ChoiceSet#getValueSet <em>Value Set</em>}</li>
 *   <li>{@link se.isu.model.instrument.ChoiceSet#getChoices <em>Choices</em>}</li>
 *   <li>{@link se.isu.model.instrument.ChoiceSet#getBands <em>Bands</em>}</li>
 * </ul>
 *
 * @see se.isu.model.instrument.InstrumentPackage#getChoiceSet()
 * @model
 * @generated
 */
public interface ChoiceSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getChoiceSet_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ChoiceSet#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Value Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of a value set in se.isu.model; when set, choices are taken from it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Set</em>' attribute.
	 * @see #setValueSet(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getChoiceSet_ValueSet()
	 * @model
	 * @generated
	 */
	String getValueSet();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ChoiceSet#getValueSet <em>Value Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Set</em>' attribute.
	 * @see #getValueSet()
	 * @generated
	 */
	void setValueSet(String value);

	/**
	 * Returns the value of the '<em><b>Choices</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.instrument.Choice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Choices</em>' containment reference list.
	 * @see se.isu.model.instrument.InstrumentPackage#getChoiceSet_Choices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Choice> getChoices();

	/**
	 * Returns the value of the '<em><b>Bands</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.instrument.ScaleBand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named bands of a scale, e.g. 0-1 no problem.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bands</em>' containment reference list.
	 * @see se.isu.model.instrument.InstrumentPackage#getChoiceSet_Bands()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScaleBand> getBands();

} // ChoiceSet
