/**
 */
package se.isu.model.instrument;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Added Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A unit's own item placed in a section of the definition, after afterItemId (or last).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.AddedItem#getSectionId <em>Section Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.AddedItem#getAfterItemId <em>After Item Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.AddedItem#getItem <em>Item</em>}</li>
 * </ul>
 *
 * @see se.isu.model.instrument.InstrumentPackage#getAddedItem()
 * @model
 * @generated
 */
public interface AddedItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Section Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Section Id</em>' attribute.
	 * @see #setSectionId(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getAddedItem_SectionId()
	 * @model required="true"
	 * @generated
	 */
	String getSectionId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.AddedItem#getSectionId <em>Section Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section Id</em>' attribute.
	 * @see #getSectionId()
	 * @generated
	 */
	void setSectionId(String value);

	/**
	 * Returns the value of the '<em><b>After Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>After Item Id</em>' attribute.
	 * @see #setAfterItemId(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getAddedItem_AfterItemId()
	 * @model
	 * @generated
	 */
	String getAfterItemId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.AddedItem#getAfterItemId <em>After Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After Item Id</em>' attribute.
	 * @see #getAfterItemId()
	 * @generated
	 */
	void setAfterItemId(String value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' containment reference.
	 * @see #setItem(Item)
	 * @see se.isu.model.instrument.InstrumentPackage#getAddedItem_Item()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Item getItem();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.AddedItem#getItem <em>Item</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' containment reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(Item value);

} // AddedItem
