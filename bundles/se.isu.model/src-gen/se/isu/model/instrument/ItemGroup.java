/**
 */
package se.isu.model.instrument;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Items of a section asked together: a repeating group (the same items per row, min..max rows, each row titled by rowLabel and its number) or a grid (the items as rows of one table on one choice set). Items join a group by naming it in Item.group and stand together in the section.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.ItemGroup#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.ItemGroup#getKind <em>Kind</em>}</li>
 *   <li>{@link se.isu.model.instrument.ItemGroup#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.model.instrument.ItemGroup#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link se.isu.model.instrument.ItemGroup#getRowLabel <em>Row Label</em>}</li>
 *   <li>{@link se.isu.model.instrument.ItemGroup#getRowLabelEn <em>Row Label En</em>}</li>
 *   <li>{@link se.isu.model.instrument.ItemGroup#getMinRows <em>Min Rows</em>}</li>
 *   <li>{@link se.isu.model.instrument.ItemGroup#getMaxRows <em>Max Rows</em>}</li>
 *   <li>{@link se.isu.model.instrument.ItemGroup#getChoiceSet <em>Choice Set</em>}</li>
 * </ul>
 *
 * @see se.isu.model.instrument.InstrumentPackage#getItemGroup()
 * @model
 * @generated
 */
public interface ItemGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable group id; a repeating group's answers are stored as id[row].itemId (row from 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getItemGroup_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ItemGroup#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.model.instrument.GroupKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see se.isu.model.instrument.GroupKind
	 * @see #setKind(GroupKind)
	 * @see se.isu.model.instrument.InstrumentPackage#getItemGroup_Kind()
	 * @model required="true"
	 * @generated
	 */
	GroupKind getKind();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ItemGroup#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see se.isu.model.instrument.GroupKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(GroupKind value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Heading of the group in the form.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getItemGroup_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ItemGroup#getLabel <em>Label</em>}' attribute.
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
	 * @see se.isu.model.instrument.InstrumentPackage#getItemGroup_LabelEn()
	 * @model
	 * @generated
	 */
	String getLabelEn();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ItemGroup#getLabelEn <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label En</em>' attribute.
	 * @see #getLabelEn()
	 * @generated
	 */
	void setLabelEn(String value);

	/**
	 * Returns the value of the '<em><b>Row Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What one row is, in the singular (substans, relation): the row titles (Substans 2) and the add button (Lägg till substans) use it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Row Label</em>' attribute.
	 * @see #setRowLabel(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getItemGroup_RowLabel()
	 * @model
	 * @generated
	 */
	String getRowLabel();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ItemGroup#getRowLabel <em>Row Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row Label</em>' attribute.
	 * @see #getRowLabel()
	 * @generated
	 */
	void setRowLabel(String value);

	/**
	 * Returns the value of the '<em><b>Row Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Row Label En</em>' attribute.
	 * @see #setRowLabelEn(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getItemGroup_RowLabelEn()
	 * @model
	 * @generated
	 */
	String getRowLabelEn();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ItemGroup#getRowLabelEn <em>Row Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row Label En</em>' attribute.
	 * @see #getRowLabelEn()
	 * @generated
	 */
	void setRowLabelEn(String value);

	/**
	 * Returns the value of the '<em><b>Min Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Repeating groups: rows a complete assessment must have (0 = none needed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Rows</em>' attribute.
	 * @see #setMinRows(int)
	 * @see se.isu.model.instrument.InstrumentPackage#getItemGroup_MinRows()
	 * @model
	 * @generated
	 */
	int getMinRows();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ItemGroup#getMinRows <em>Min Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Rows</em>' attribute.
	 * @see #getMinRows()
	 * @generated
	 */
	void setMinRows(int value);

	/**
	 * Returns the value of the '<em><b>Max Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Repeating groups: most rows a person can add (1 or more).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Rows</em>' attribute.
	 * @see #setMaxRows(int)
	 * @see se.isu.model.instrument.InstrumentPackage#getItemGroup_MaxRows()
	 * @model
	 * @generated
	 */
	int getMaxRows();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ItemGroup#getMaxRows <em>Max Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Rows</em>' attribute.
	 * @see #getMaxRows()
	 * @generated
	 */
	void setMaxRows(int value);

	/**
	 * Returns the value of the '<em><b>Choice Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Grids: the choice set every row is answered on (e.g. ja/nej/vet ej).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Choice Set</em>' attribute.
	 * @see #setChoiceSet(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getItemGroup_ChoiceSet()
	 * @model
	 * @generated
	 */
	String getChoiceSet();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ItemGroup#getChoiceSet <em>Choice Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Choice Set</em>' attribute.
	 * @see #getChoiceSet()
	 * @generated
	 */
	void setChoiceSet(String value);

} // ItemGroup
