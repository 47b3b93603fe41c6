/**
 */
package se.isu.model.instrument.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import se.isu.model.instrument.AddedItem;
import se.isu.model.instrument.InstrumentPackage;
import se.isu.model.instrument.Section;
import se.isu.model.instrument.UnitOverlay;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Unit Overlay</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.impl.UnitOverlayImpl#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.UnitOverlayImpl#getUnitCode <em>Unit Code</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.UnitOverlayImpl#getRevision <em>Revision</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.UnitOverlayImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.UnitOverlayImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.UnitOverlayImpl#getComment <em>Comment</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.UnitOverlayImpl#getHiddenItems <em>Hidden Items</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.UnitOverlayImpl#getAddedItems <em>Added Items</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.UnitOverlayImpl#getAddedSections <em>Added Sections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UnitOverlayImpl extends MinimalEObjectImpl.Container implements UnitOverlay {
	/**
	 * The default value of the '{@link #getInstrumentId() <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstrumentId() <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected String instrumentId = INSTRUMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitCode() <em>Unit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitCode()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnitCode() <em>Unit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitCode()
	 * @generated
	 * @ordered
	 */
	protected String unitCode = UNIT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected static final int REVISION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected int revision = REVISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final String CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected String createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHiddenItems() <em>Hidden Items</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenItems()
	 * @generated
	 * @ordered
	 */
	protected EList<String> hiddenItems;

	/**
	 * The cached value of the '{@link #getAddedItems() <em>Added Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddedItems()
	 * @generated
	 * @ordered
	 */
	protected EList<AddedItem> addedItems;

	/**
	 * The cached value of the '{@link #getAddedSections() <em>Added Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddedSections()
	 * @generated
	 * @ordered
	 */
	protected EList<Section> addedSections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UnitOverlayImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InstrumentPackage.Literals.UNIT_OVERLAY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstrumentId() {
		return instrumentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrumentId(String newInstrumentId) {
		String oldInstrumentId = instrumentId;
		instrumentId = newInstrumentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.UNIT_OVERLAY__INSTRUMENT_ID, oldInstrumentId, instrumentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnitCode() {
		return unitCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitCode(String newUnitCode) {
		String oldUnitCode = unitCode;
		unitCode = newUnitCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.UNIT_OVERLAY__UNIT_CODE, oldUnitCode, unitCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRevision() {
		return revision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevision(int newRevision) {
		int oldRevision = revision;
		revision = newRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.UNIT_OVERLAY__REVISION, oldRevision, revision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.UNIT_OVERLAY__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(String newCreatedAt) {
		String oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.UNIT_OVERLAY__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.UNIT_OVERLAY__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHiddenItems() {
		if (hiddenItems == null) {
			hiddenItems = new EDataTypeUniqueEList<String>(String.class, this, InstrumentPackage.UNIT_OVERLAY__HIDDEN_ITEMS);
		}
		return hiddenItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AddedItem> getAddedItems() {
		if (addedItems == null) {
			addedItems = new EObjectContainmentEList<AddedItem>(AddedItem.class, this, InstrumentPackage.UNIT_OVERLAY__ADDED_ITEMS);
		}
		return addedItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getAddedSections() {
		if (addedSections == null) {
			addedSections = new EObjectContainmentEList<Section>(Section.class, this, InstrumentPackage.UNIT_OVERLAY__ADDED_SECTIONS);
		}
		return addedSections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InstrumentPackage.UNIT_OVERLAY__ADDED_ITEMS:
				return ((InternalEList<?>)getAddedItems()).basicRemove(otherEnd, msgs);
			case InstrumentPackage.UNIT_OVERLAY__ADDED_SECTIONS:
				return ((InternalEList<?>)getAddedSections()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InstrumentPackage.UNIT_OVERLAY__INSTRUMENT_ID:
				return getInstrumentId();
			case InstrumentPackage.UNIT_OVERLAY__UNIT_CODE:
				return getUnitCode();
			case InstrumentPackage.UNIT_OVERLAY__REVISION:
				return getRevision();
			case InstrumentPackage.UNIT_OVERLAY__AUTHOR:
				return getAuthor();
			case InstrumentPackage.UNIT_OVERLAY__CREATED_AT:
				return getCreatedAt();
			case InstrumentPackage.UNIT_OVERLAY__COMMENT:
				return getComment();
			case InstrumentPackage.UNIT_OVERLAY__HIDDEN_ITEMS:
				return getHiddenItems();
			case InstrumentPackage.UNIT_OVERLAY__ADDED_ITEMS:
				return getAddedItems();
			case InstrumentPackage.UNIT_OVERLAY__ADDED_SECTIONS:
				return getAddedSections();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InstrumentPackage.UNIT_OVERLAY__INSTRUMENT_ID:
				setInstrumentId((String)newValue);
				return;
			case InstrumentPackage.UNIT_OVERLAY__UNIT_CODE:
				setUnitCode((String)newValue);
				return;
			case InstrumentPackage.UNIT_OVERLAY__REVISION:
				setRevision((Integer)newValue);
				return;
			case InstrumentPackage.UNIT_OVERLAY__AUTHOR:
				setAuthor((String)newValue);
				return;
			case InstrumentPackage.UNIT_OVERLAY__CREATED_AT:
				setCreatedAt((String)newValue);
				return;
			case InstrumentPackage.UNIT_OVERLAY__COMMENT:
				setComment((String)newValue);
				return;
			case InstrumentPackage.UNIT_OVERLAY__HIDDEN_ITEMS:
				getHiddenItems().clear();
				getHiddenItems().addAll((Collection<? extends String>)newValue);
				return;
			case InstrumentPackage.UNIT_OVERLAY__ADDED_ITEMS:
				getAddedItems().clear();
				getAddedItems().addAll((Collection<? extends AddedItem>)newValue);
				return;
			case InstrumentPackage.UNIT_OVERLAY__ADDED_SECTIONS:
				getAddedSections().clear();
				getAddedSections().addAll((Collection<? extends Section>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case InstrumentPackage.UNIT_OVERLAY__INSTRUMENT_ID:
				setInstrumentId(INSTRUMENT_ID_EDEFAULT);
				return;
			case InstrumentPackage.UNIT_OVERLAY__UNIT_CODE:
				setUnitCode(UNIT_CODE_EDEFAULT);
				return;
			case InstrumentPackage.UNIT_OVERLAY__REVISION:
				setRevision(REVISION_EDEFAULT);
				return;
			case InstrumentPackage.UNIT_OVERLAY__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case InstrumentPackage.UNIT_OVERLAY__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case InstrumentPackage.UNIT_OVERLAY__COMMENT:
				setComment(COMMENT_EDEFAULT);
				return;
			case InstrumentPackage.UNIT_OVERLAY__HIDDEN_ITEMS:
				getHiddenItems().clear();
				return;
			case InstrumentPackage.UNIT_OVERLAY__ADDED_ITEMS:
				getAddedItems().clear();
				return;
			case InstrumentPackage.UNIT_OVERLAY__ADDED_SECTIONS:
				getAddedSections().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case InstrumentPackage.UNIT_OVERLAY__INSTRUMENT_ID:
				return INSTRUMENT_ID_EDEFAULT == null ? instrumentId != null : !INSTRUMENT_ID_EDEFAULT.equals(instrumentId);
			case InstrumentPackage.UNIT_OVERLAY__UNIT_CODE:
				return UNIT_CODE_EDEFAULT == null ? unitCode != null : !UNIT_CODE_EDEFAULT.equals(unitCode);
			case InstrumentPackage.UNIT_OVERLAY__REVISION:
				return revision != REVISION_EDEFAULT;
			case InstrumentPackage.UNIT_OVERLAY__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case InstrumentPackage.UNIT_OVERLAY__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case InstrumentPackage.UNIT_OVERLAY__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
			case InstrumentPackage.UNIT_OVERLAY__HIDDEN_ITEMS:
				return hiddenItems != null && !hiddenItems.isEmpty();
			case InstrumentPackage.UNIT_OVERLAY__ADDED_ITEMS:
				return addedItems != null && !addedItems.isEmpty();
			case InstrumentPackage.UNIT_OVERLAY__ADDED_SECTIONS:
				return addedSections != null && !addedSections.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (instrumentId: ");
		result.append(instrumentId);
		result.append(", unitCode: ");
		result.append(unitCode);
		result.append(", revision: ");
		result.append(revision);
		result.append(", author: ");
		result.append(author);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", comment: ");
		result.append(comment);
		result.append(", hiddenItems: ");
		result.append(hiddenItems);
		result.append(')');
		return result.toString();
	}

} //UnitOverlayImpl
