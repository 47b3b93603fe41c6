/**
 */
package se.isu.model.instrument;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unit Overlay</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One revision of a unit's customisation of a shipped definition: items hidden, own items and sections added. The shipped definition is never edited; each save is a new revision.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.UnitOverlay#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.UnitOverlay#getUnitCode <em>Unit Code</em>}</li>
 *   <li>{@link se.isu.model.instrument.UnitOverlay#getRevision <em>Revision</em>}</li>
 *   <li>{@link se.isu.model.instrument.UnitOverlay#getAuthor <em>Author</em>}</li>
 *   <li>{@link se.isu.model.instrument.UnitOverlay#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link se.isu.model.instrument.UnitOverlay#getComment <em>Comment</em>}</li>
 *   <li>{@link se.isu.model.instrument.UnitOverlay#getHiddenItems <em>Hidden Items</em>}</li>
 *   <li>{@link se.isu.model.instrument.UnitOverlay#getAddedItems <em>Added Items</em>}</li>
 *   <li>{@link se.isu.model.instrument.UnitOverlay#getAddedSections <em>Added Sections</em>}</li>
 * </ul>
 *
 * @see se.isu.model.instrument.InstrumentPackage#getUnitOverlay()
 * @model
 * @generated
 */
public interface UnitOverlay extends EObject {
	/**
	 * Returns the value of the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument Id</em>' attribute.
	 * @see #setInstrumentId(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getUnitOverlay_InstrumentId()
	 * @model required="true"
	 * @generated
	 */
	String getInstrumentId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.UnitOverlay#getInstrumentId <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument Id</em>' attribute.
	 * @see #getInstrumentId()
	 * @generated
	 */
	void setInstrumentId(String value);

	/**
	 * Returns the value of the '<em><b>Unit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit Code</em>' attribute.
	 * @see #setUnitCode(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getUnitOverlay_UnitCode()
	 * @model required="true"
	 * @generated
	 */
	String getUnitCode();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.UnitOverlay#getUnitCode <em>Unit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Code</em>' attribute.
	 * @see #getUnitCode()
	 * @generated
	 */
	void setUnitCode(String value);

	/**
	 * Returns the value of the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revision</em>' attribute.
	 * @see #setRevision(int)
	 * @see se.isu.model.instrument.InstrumentPackage#getUnitOverlay_Revision()
	 * @model
	 * @generated
	 */
	int getRevision();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.UnitOverlay#getRevision <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' attribute.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(int value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getUnitOverlay_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.UnitOverlay#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO date-time of the save.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getUnitOverlay_CreatedAt()
	 * @model
	 * @generated
	 */
	String getCreatedAt();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.UnitOverlay#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(String value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getUnitOverlay_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.UnitOverlay#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

	/**
	 * Returns the value of the '<em><b>Hidden Items</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hidden Items</em>' attribute list.
	 * @see se.isu.model.instrument.InstrumentPackage#getUnitOverlay_HiddenItems()
	 * @model
	 * @generated
	 */
	EList<String> getHiddenItems();

	/**
	 * Returns the value of the '<em><b>Added Items</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.instrument.AddedItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Added Items</em>' containment reference list.
	 * @see se.isu.model.instrument.InstrumentPackage#getUnitOverlay_AddedItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<AddedItem> getAddedItems();

	/**
	 * Returns the value of the '<em><b>Added Sections</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.instrument.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Added Sections</em>' containment reference list.
	 * @see se.isu.model.instrument.InstrumentPackage#getUnitOverlay_AddedSections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getAddedSections();

} // UnitOverlay
