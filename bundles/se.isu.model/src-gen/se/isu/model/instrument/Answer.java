/**
 */
package se.isu.model.instrument;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A value in canonical text form (numbers as digits, dates ISO, multi choice codes joined by ;) or a typed missing code.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.Answer#getItemId <em>Item Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.Answer#getValue <em>Value</em>}</li>
 *   <li>{@link se.isu.model.instrument.Answer#getMissingCode <em>Missing Code</em>}</li>
 * </ul>
 *
 * @see se.isu.model.instrument.InstrumentPackage#getAnswer()
 * @model
 * @generated
 */
public interface Answer extends EObject {
	/**
	 * Returns the value of the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Id</em>' attribute.
	 * @see #setItemId(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getAnswer_ItemId()
	 * @model required="true"
	 * @generated
	 */
	String getItemId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Answer#getItemId <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Id</em>' attribute.
	 * @see #getItemId()
	 * @generated
	 */
	void setItemId(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getAnswer_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Answer#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Missing Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missing Code</em>' attribute.
	 * @see #setMissingCode(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getAnswer_MissingCode()
	 * @model
	 * @generated
	 */
	String getMissingCode();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Answer#getMissingCode <em>Missing Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing Code</em>' attribute.
	 * @see #getMissingCode()
	 * @generated
	 */
	void setMissingCode(String value);

} // Answer
