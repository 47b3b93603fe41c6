/**
 */
package se.isu.model.instrument.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import se.isu.model.instrument.AddedItem;
import se.isu.model.instrument.InstrumentPackage;
import se.isu.model.instrument.Item;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Added Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.impl.AddedItemImpl#getSectionId <em>Section Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AddedItemImpl#getAfterItemId <em>After Item Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.AddedItemImpl#getItem <em>Item</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AddedItemImpl extends MinimalEObjectImpl.Container implements AddedItem {
	/**
	 * The default value of the '{@link #getSectionId() <em>Section Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectionId()
	 * @generated
	 * @ordered
	 */
	protected static final String SECTION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSectionId() <em>Section Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectionId()
	 * @generated
	 * @ordered
	 */
	protected String sectionId = SECTION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAfterItemId() <em>After Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfterItemId()
	 * @generated
	 * @ordered
	 */
	protected static final String AFTER_ITEM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAfterItemId() <em>After Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfterItemId()
	 * @generated
	 * @ordered
	 */
	protected String afterItemId = AFTER_ITEM_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItem() <em>Item</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected Item item;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AddedItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InstrumentPackage.Literals.ADDED_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSectionId() {
		return sectionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSectionId(String newSectionId) {
		String oldSectionId = sectionId;
		sectionId = newSectionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ADDED_ITEM__SECTION_ID, oldSectionId, sectionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAfterItemId() {
		return afterItemId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAfterItemId(String newAfterItemId) {
		String oldAfterItemId = afterItemId;
		afterItemId = newAfterItemId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ADDED_ITEM__AFTER_ITEM_ID, oldAfterItemId, afterItemId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Item getItem() {
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetItem(Item newItem, NotificationChain msgs) {
		Item oldItem = item;
		item = newItem;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, InstrumentPackage.ADDED_ITEM__ITEM, oldItem, newItem);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItem(Item newItem) {
		if (newItem != item) {
			NotificationChain msgs = null;
			if (item != null)
				msgs = ((InternalEObject)item).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - InstrumentPackage.ADDED_ITEM__ITEM, null, msgs);
			if (newItem != null)
				msgs = ((InternalEObject)newItem).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - InstrumentPackage.ADDED_ITEM__ITEM, null, msgs);
			msgs = basicSetItem(newItem, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ADDED_ITEM__ITEM, newItem, newItem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InstrumentPackage.ADDED_ITEM__ITEM:
				return basicSetItem(null, msgs);
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
			case InstrumentPackage.ADDED_ITEM__SECTION_ID:
				return getSectionId();
			case InstrumentPackage.ADDED_ITEM__AFTER_ITEM_ID:
				return getAfterItemId();
			case InstrumentPackage.ADDED_ITEM__ITEM:
				return getItem();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InstrumentPackage.ADDED_ITEM__SECTION_ID:
				setSectionId((String)newValue);
				return;
			case InstrumentPackage.ADDED_ITEM__AFTER_ITEM_ID:
				setAfterItemId((String)newValue);
				return;
			case InstrumentPackage.ADDED_ITEM__ITEM:
				setItem((Item)newValue);
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
			case InstrumentPackage.ADDED_ITEM__SECTION_ID:
				setSectionId(SECTION_ID_EDEFAULT);
				return;
			case InstrumentPackage.ADDED_ITEM__AFTER_ITEM_ID:
				setAfterItemId(AFTER_ITEM_ID_EDEFAULT);
				return;
			case InstrumentPackage.ADDED_ITEM__ITEM:
				setItem((Item)null);
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
			case InstrumentPackage.ADDED_ITEM__SECTION_ID:
				return SECTION_ID_EDEFAULT == null ? sectionId != null : !SECTION_ID_EDEFAULT.equals(sectionId);
			case InstrumentPackage.ADDED_ITEM__AFTER_ITEM_ID:
				return AFTER_ITEM_ID_EDEFAULT == null ? afterItemId != null : !AFTER_ITEM_ID_EDEFAULT.equals(afterItemId);
			case InstrumentPackage.ADDED_ITEM__ITEM:
				return item != null;
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
		result.append(" (sectionId: ");
		result.append(sectionId);
		result.append(", afterItemId: ");
		result.append(afterItemId);
		result.append(')');
		return result.toString();
	}

} //AddedItemImpl
