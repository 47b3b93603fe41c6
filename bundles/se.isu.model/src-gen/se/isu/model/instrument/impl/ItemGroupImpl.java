/**
 */
package se.isu.model.instrument.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import se.isu.model.instrument.GroupKind;
import se.isu.model.instrument.InstrumentPackage;
import se.isu.model.instrument.ItemGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.impl.ItemGroupImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemGroupImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemGroupImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemGroupImpl#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemGroupImpl#getRowLabel <em>Row Label</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemGroupImpl#getRowLabelEn <em>Row Label En</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemGroupImpl#getMinRows <em>Min Rows</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemGroupImpl#getMaxRows <em>Max Rows</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemGroupImpl#getChoiceSet <em>Choice Set</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItemGroupImpl extends MinimalEObjectImpl.Container implements ItemGroup {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final GroupKind KIND_EDEFAULT = GroupKind.REPEATING;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected GroupKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelEn() <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelEn()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelEn() <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelEn()
	 * @generated
	 * @ordered
	 */
	protected String labelEn = LABEL_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getRowLabel() <em>Row Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String ROW_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRowLabel() <em>Row Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowLabel()
	 * @generated
	 * @ordered
	 */
	protected String rowLabel = ROW_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRowLabelEn() <em>Row Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowLabelEn()
	 * @generated
	 * @ordered
	 */
	protected static final String ROW_LABEL_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRowLabelEn() <em>Row Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowLabelEn()
	 * @generated
	 * @ordered
	 */
	protected String rowLabelEn = ROW_LABEL_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinRows() <em>Min Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinRows()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_ROWS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinRows() <em>Min Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinRows()
	 * @generated
	 * @ordered
	 */
	protected int minRows = MIN_ROWS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxRows() <em>Max Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRows()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_ROWS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxRows() <em>Max Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRows()
	 * @generated
	 * @ordered
	 */
	protected int maxRows = MAX_ROWS_EDEFAULT;

	/**
	 * The default value of the '{@link #getChoiceSet() <em>Choice Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChoiceSet()
	 * @generated
	 * @ordered
	 */
	protected static final String CHOICE_SET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChoiceSet() <em>Choice Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChoiceSet()
	 * @generated
	 * @ordered
	 */
	protected String choiceSet = CHOICE_SET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItemGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InstrumentPackage.Literals.ITEM_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM_GROUP__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(GroupKind newKind) {
		GroupKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM_GROUP__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM_GROUP__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelEn() {
		return labelEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelEn(String newLabelEn) {
		String oldLabelEn = labelEn;
		labelEn = newLabelEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM_GROUP__LABEL_EN, oldLabelEn, labelEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRowLabel() {
		return rowLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowLabel(String newRowLabel) {
		String oldRowLabel = rowLabel;
		rowLabel = newRowLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM_GROUP__ROW_LABEL, oldRowLabel, rowLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRowLabelEn() {
		return rowLabelEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowLabelEn(String newRowLabelEn) {
		String oldRowLabelEn = rowLabelEn;
		rowLabelEn = newRowLabelEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM_GROUP__ROW_LABEL_EN, oldRowLabelEn, rowLabelEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinRows() {
		return minRows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinRows(int newMinRows) {
		int oldMinRows = minRows;
		minRows = newMinRows;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM_GROUP__MIN_ROWS, oldMinRows, minRows));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxRows() {
		return maxRows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxRows(int newMaxRows) {
		int oldMaxRows = maxRows;
		maxRows = newMaxRows;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM_GROUP__MAX_ROWS, oldMaxRows, maxRows));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChoiceSet() {
		return choiceSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChoiceSet(String newChoiceSet) {
		String oldChoiceSet = choiceSet;
		choiceSet = newChoiceSet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM_GROUP__CHOICE_SET, oldChoiceSet, choiceSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InstrumentPackage.ITEM_GROUP__ID:
				return getId();
			case InstrumentPackage.ITEM_GROUP__KIND:
				return getKind();
			case InstrumentPackage.ITEM_GROUP__LABEL:
				return getLabel();
			case InstrumentPackage.ITEM_GROUP__LABEL_EN:
				return getLabelEn();
			case InstrumentPackage.ITEM_GROUP__ROW_LABEL:
				return getRowLabel();
			case InstrumentPackage.ITEM_GROUP__ROW_LABEL_EN:
				return getRowLabelEn();
			case InstrumentPackage.ITEM_GROUP__MIN_ROWS:
				return getMinRows();
			case InstrumentPackage.ITEM_GROUP__MAX_ROWS:
				return getMaxRows();
			case InstrumentPackage.ITEM_GROUP__CHOICE_SET:
				return getChoiceSet();
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
			case InstrumentPackage.ITEM_GROUP__ID:
				setId((String)newValue);
				return;
			case InstrumentPackage.ITEM_GROUP__KIND:
				setKind((GroupKind)newValue);
				return;
			case InstrumentPackage.ITEM_GROUP__LABEL:
				setLabel((String)newValue);
				return;
			case InstrumentPackage.ITEM_GROUP__LABEL_EN:
				setLabelEn((String)newValue);
				return;
			case InstrumentPackage.ITEM_GROUP__ROW_LABEL:
				setRowLabel((String)newValue);
				return;
			case InstrumentPackage.ITEM_GROUP__ROW_LABEL_EN:
				setRowLabelEn((String)newValue);
				return;
			case InstrumentPackage.ITEM_GROUP__MIN_ROWS:
				setMinRows((Integer)newValue);
				return;
			case InstrumentPackage.ITEM_GROUP__MAX_ROWS:
				setMaxRows((Integer)newValue);
				return;
			case InstrumentPackage.ITEM_GROUP__CHOICE_SET:
				setChoiceSet((String)newValue);
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
			case InstrumentPackage.ITEM_GROUP__ID:
				setId(ID_EDEFAULT);
				return;
			case InstrumentPackage.ITEM_GROUP__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case InstrumentPackage.ITEM_GROUP__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case InstrumentPackage.ITEM_GROUP__LABEL_EN:
				setLabelEn(LABEL_EN_EDEFAULT);
				return;
			case InstrumentPackage.ITEM_GROUP__ROW_LABEL:
				setRowLabel(ROW_LABEL_EDEFAULT);
				return;
			case InstrumentPackage.ITEM_GROUP__ROW_LABEL_EN:
				setRowLabelEn(ROW_LABEL_EN_EDEFAULT);
				return;
			case InstrumentPackage.ITEM_GROUP__MIN_ROWS:
				setMinRows(MIN_ROWS_EDEFAULT);
				return;
			case InstrumentPackage.ITEM_GROUP__MAX_ROWS:
				setMaxRows(MAX_ROWS_EDEFAULT);
				return;
			case InstrumentPackage.ITEM_GROUP__CHOICE_SET:
				setChoiceSet(CHOICE_SET_EDEFAULT);
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
			case InstrumentPackage.ITEM_GROUP__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case InstrumentPackage.ITEM_GROUP__KIND:
				return kind != KIND_EDEFAULT;
			case InstrumentPackage.ITEM_GROUP__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case InstrumentPackage.ITEM_GROUP__LABEL_EN:
				return LABEL_EN_EDEFAULT == null ? labelEn != null : !LABEL_EN_EDEFAULT.equals(labelEn);
			case InstrumentPackage.ITEM_GROUP__ROW_LABEL:
				return ROW_LABEL_EDEFAULT == null ? rowLabel != null : !ROW_LABEL_EDEFAULT.equals(rowLabel);
			case InstrumentPackage.ITEM_GROUP__ROW_LABEL_EN:
				return ROW_LABEL_EN_EDEFAULT == null ? rowLabelEn != null : !ROW_LABEL_EN_EDEFAULT.equals(rowLabelEn);
			case InstrumentPackage.ITEM_GROUP__MIN_ROWS:
				return minRows != MIN_ROWS_EDEFAULT;
			case InstrumentPackage.ITEM_GROUP__MAX_ROWS:
				return maxRows != MAX_ROWS_EDEFAULT;
			case InstrumentPackage.ITEM_GROUP__CHOICE_SET:
				return CHOICE_SET_EDEFAULT == null ? choiceSet != null : !CHOICE_SET_EDEFAULT.equals(choiceSet);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", kind: ");
		result.append(kind);
		result.append(", label: ");
		result.append(label);
		result.append(", labelEn: ");
		result.append(labelEn);
		result.append(", rowLabel: ");
		result.append(rowLabel);
		result.append(", rowLabelEn: ");
		result.append(rowLabelEn);
		result.append(", minRows: ");
		result.append(minRows);
		result.append(", maxRows: ");
		result.append(maxRows);
		result.append(", choiceSet: ");
		result.append(choiceSet);
		result.append(')');
		return result.toString();
	}

} //ItemGroupImpl
