/**
 */
package se.isu.model.instrument;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One question of a form.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.Item#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.Item#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.model.instrument.Item#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link se.isu.model.instrument.Item#getHelp <em>Help</em>}</li>
 *   <li>{@link se.isu.model.instrument.Item#getType <em>Type</em>}</li>
 *   <li>{@link se.isu.model.instrument.Item#getMin <em>Min</em>}</li>
 *   <li>{@link se.isu.model.instrument.Item#getMax <em>Max</em>}</li>
 *   <li>{@link se.isu.model.instrument.Item#getChoiceSet <em>Choice Set</em>}</li>
 *   <li>{@link se.isu.model.instrument.Item#isRequired <em>Required</em>}</li>
 *   <li>{@link se.isu.model.instrument.Item#getMissingCodes <em>Missing Codes</em>}</li>
 *   <li>{@link se.isu.model.instrument.Item#getVisibleWhen <em>Visible When</em>}</li>
 *   <li>{@link se.isu.model.instrument.Item#getExpression <em>Expression</em>}</li>
 *   <li>{@link se.isu.model.instrument.Item#getTimeFrame <em>Time Frame</em>}</li>
 *   <li>{@link se.isu.model.instrument.Item#isCritical <em>Critical</em>}</li>
 *   <li>{@link se.isu.model.instrument.Item#getUnit <em>Unit</em>}</li>
 *   <li>{@link se.isu.model.instrument.Item#getGroup <em>Group</em>}</li>
 * </ul>
 *
 * @see se.isu.model.instrument.InstrumentPackage#getItem()
 * @model
 * @generated
 */
public interface Item extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable item id; answers are stored under it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Item#getId <em>Id</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * Shipped label: our own wording, never a licensed text (see text packs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Item#getLabel <em>Label</em>}' attribute.
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
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_LabelEn()
	 * @model
	 * @generated
	 */
	String getLabelEn();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Item#getLabelEn <em>Label En</em>}' attribute.
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
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_Help()
	 * @model
	 * @generated
	 */
	String getHelp();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Item#getHelp <em>Help</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Help</em>' attribute.
	 * @see #getHelp()
	 * @generated
	 */
	void setHelp(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.model.instrument.ItemType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see se.isu.model.instrument.ItemType
	 * @see #setType(ItemType)
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_Type()
	 * @model required="true"
	 * @generated
	 */
	ItemType getType();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Item#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see se.isu.model.instrument.ItemType
	 * @see #getType()
	 * @generated
	 */
	void setType(ItemType value);

	/**
	 * Returns the value of the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Smallest allowed value (numbers, scales).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min</em>' attribute.
	 * @see #setMin(Integer)
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_Min()
	 * @model
	 * @generated
	 */
	Integer getMin();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Item#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min</em>' attribute.
	 * @see #getMin()
	 * @generated
	 */
	void setMin(Integer value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest allowed value (numbers, day counts, money caps, scales).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(Integer)
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_Max()
	 * @model
	 * @generated
	 */
	Integer getMax();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Item#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(Integer value);

	/**
	 * Returns the value of the '<em><b>Choice Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of a choice set of the definition (choice and scale items).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Choice Set</em>' attribute.
	 * @see #setChoiceSet(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_ChoiceSet()
	 * @model
	 * @generated
	 */
	String getChoiceSet();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Item#getChoiceSet <em>Choice Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Choice Set</em>' attribute.
	 * @see #getChoiceSet()
	 * @generated
	 */
	void setChoiceSet(String value);

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A complete assessment needs an answer or a missing code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_Required()
	 * @model
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Item#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Missing Codes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Missing codes this item accepts; empty = every code of the definition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Missing Codes</em>' attribute list.
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_MissingCodes()
	 * @model
	 * @generated
	 */
	EList<String> getMissingCodes();

	/**
	 * Returns the value of the '<em><b>Visible When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Skip logic: shown only when this expression is true; a hidden item is cleared.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visible When</em>' attribute.
	 * @see #setVisibleWhen(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_VisibleWhen()
	 * @model
	 * @generated
	 */
	String getVisibleWhen();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Item#getVisibleWhen <em>Visible When</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visible When</em>' attribute.
	 * @see #getVisibleWhen()
	 * @generated
	 */
	void setVisibleWhen(String value);

	/**
	 * Returns the value of the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Computed items: the arithmetic expression giving the value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expression</em>' attribute.
	 * @see #setExpression(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_Expression()
	 * @model
	 * @generated
	 */
	String getExpression();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Item#getExpression <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expression</em>' attribute.
	 * @see #getExpression()
	 * @generated
	 */
	void setExpression(String value);

	/**
	 * Returns the value of the '<em><b>Time Frame</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What period the question covers, e.g. 30d, 6m, lifetime.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Frame</em>' attribute.
	 * @see #setTimeFrame(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_TimeFrame()
	 * @model
	 * @generated
	 */
	String getTimeFrame();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Item#getTimeFrame <em>Time Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Frame</em>' attribute.
	 * @see #getTimeFrame()
	 * @generated
	 */
	void setTimeFrame(String value);

	/**
	 * Returns the value of the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A critical item the interviewer rating rests on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Critical</em>' attribute.
	 * @see #setCritical(boolean)
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_Critical()
	 * @model
	 * @generated
	 */
	boolean isCritical();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Item#isCritical <em>Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Critical</em>' attribute.
	 * @see #isCritical()
	 * @generated
	 */
	void setCritical(boolean value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit shown after the field, e.g. kr or dagar.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Item#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the section's group (repeating group or grid) the item belongs to; empty for a plain item.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getItem_Group()
	 * @model
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.Item#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

} // Item
