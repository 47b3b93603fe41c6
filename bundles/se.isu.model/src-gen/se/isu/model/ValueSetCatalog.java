/**
 */
package se.isu.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value Set Catalog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * All value sets of one source document, e.g. SKL's general variables (Bilaga 1) and client questions (Bilaga 2). Shipped as XMI, so labels can change without rewriting stored codes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.ValueSetCatalog#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.ValueSetCatalog#getTitle <em>Title</em>}</li>
 *   <li>{@link se.isu.model.ValueSetCatalog#getValueSets <em>Value Sets</em>}</li>
 * </ul>
 *
 * @see se.isu.model.IsuPackage#getValueSetCatalog()
 * @model
 * @generated
 */
public interface ValueSetCatalog extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.isu.model.IsuPackage#getValueSetCatalog_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.isu.model.ValueSetCatalog#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see se.isu.model.IsuPackage#getValueSetCatalog_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link se.isu.model.ValueSetCatalog#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Value Sets</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.ValueSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value Sets</em>' containment reference list.
	 * @see se.isu.model.IsuPackage#getValueSetCatalog_ValueSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<ValueSet> getValueSets();

} // ValueSetCatalog
