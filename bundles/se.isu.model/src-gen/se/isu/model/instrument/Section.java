/**
 */
package se.isu.model.instrument;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.Section#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.Section#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.model.instrument.Section#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link se.isu.model.instrument.Section#getHelp <em>Help</em>}</li>
 *   <li>{@link se.isu.model.instrument.Section#getVisibleWhen <em>Visible When</em>}</li>
 *   <li>{@link se.isu.model.instrument.Section#getItems <em>Items</em>}</li>
 *   <li>{@link se.isu.model.instrument.Section#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @see se.isu.model.instrument.InstrumentPackage#getSection()
 * @model
 * @generated
 */
public interface Section extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getSection_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Section#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getSection_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Section#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label En</em>' attribute.
	 * @see #setLabelEn(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getSection_LabelEn()
	 * @model
	 * @generated
	 */
	String getLabelEn();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Section#getLabelEn <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label En</em>' attribute.
	 * @see #getLabelEn()
	 * @generated
	 */
	void setLabelEn(String value);

	/**
	 * Returns the value of the '<em><b>Help</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Help</em>' attribute.
	 * @see #setHelp(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getSection_Help()
	 * @model
	 * @generated
	 */
	String getHelp();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Section#getHelp <em>Help</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Help</em>' attribute.
	 * @see #getHelp()
	 * @generated
	 */
	void setHelp(String value);

	/**
	 * Returns the value of the '<em><b>Visible When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Skip logic: the section is shown only when this expression is true.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visible When</em>' attribute.
	 * @see #setVisibleWhen(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getSection_VisibleWhen()
	 * @model
	 * @generated
	 */
	String getVisibleWhen();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Section#getVisibleWhen <em>Visible When</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visible When</em>' attribute.
	 * @see #getVisibleWhen()
	 * @generated
	 */
	void setVisibleWhen(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.instrument.Item}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see se.isu.model.instrument.InstrumentPackage#getSection_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<Item> getItems();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.instrument.ItemGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Repeating groups and grids of the section; their items are in items and name the group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see se.isu.model.instrument.InstrumentPackage#getSection_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<ItemGroup> getGroups();

} // Section
