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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import se.isu.model.instrument.InstrumentPackage;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemGroup;
import se.isu.model.instrument.Section;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.impl.SectionImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.SectionImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.SectionImpl#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.SectionImpl#getHelp <em>Help</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.SectionImpl#getVisibleWhen <em>Visible When</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.SectionImpl#getItems <em>Items</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.SectionImpl#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SectionImpl extends MinimalEObjectImpl.Container implements Section {
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
	 * The default value of the '{@link #getHelp() <em>Help</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHelp()
	 * @generated
	 * @ordered
	 */
	protected static final String HELP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHelp() <em>Help</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHelp()
	 * @generated
	 * @ordered
	 */
	protected String help = HELP_EDEFAULT;

	/**
	 * The default value of the '{@link #getVisibleWhen() <em>Visible When</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisibleWhen()
	 * @generated
	 * @ordered
	 */
	protected static final String VISIBLE_WHEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVisibleWhen() <em>Visible When</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisibleWhen()
	 * @generated
	 * @ordered
	 */
	protected String visibleWhen = VISIBLE_WHEN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<Item> items;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemGroup> groups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InstrumentPackage.Literals.SECTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SECTION__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SECTION__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SECTION__LABEL_EN, oldLabelEn, labelEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHelp() {
		return help;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHelp(String newHelp) {
		String oldHelp = help;
		help = newHelp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SECTION__HELP, oldHelp, help));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVisibleWhen() {
		return visibleWhen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisibleWhen(String newVisibleWhen) {
		String oldVisibleWhen = visibleWhen;
		visibleWhen = newVisibleWhen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SECTION__VISIBLE_WHEN, oldVisibleWhen, visibleWhen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Item> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<Item>(Item.class, this, InstrumentPackage.SECTION__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemGroup> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<ItemGroup>(ItemGroup.class, this, InstrumentPackage.SECTION__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InstrumentPackage.SECTION__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
			case InstrumentPackage.SECTION__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
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
			case InstrumentPackage.SECTION__ID:
				return getId();
			case InstrumentPackage.SECTION__LABEL:
				return getLabel();
			case InstrumentPackage.SECTION__LABEL_EN:
				return getLabelEn();
			case InstrumentPackage.SECTION__HELP:
				return getHelp();
			case InstrumentPackage.SECTION__VISIBLE_WHEN:
				return getVisibleWhen();
			case InstrumentPackage.SECTION__ITEMS:
				return getItems();
			case InstrumentPackage.SECTION__GROUPS:
				return getGroups();
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
			case InstrumentPackage.SECTION__ID:
				setId((String)newValue);
				return;
			case InstrumentPackage.SECTION__LABEL:
				setLabel((String)newValue);
				return;
			case InstrumentPackage.SECTION__LABEL_EN:
				setLabelEn((String)newValue);
				return;
			case InstrumentPackage.SECTION__HELP:
				setHelp((String)newValue);
				return;
			case InstrumentPackage.SECTION__VISIBLE_WHEN:
				setVisibleWhen((String)newValue);
				return;
			case InstrumentPackage.SECTION__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends Item>)newValue);
				return;
			case InstrumentPackage.SECTION__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends ItemGroup>)newValue);
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
			case InstrumentPackage.SECTION__ID:
				setId(ID_EDEFAULT);
				return;
			case InstrumentPackage.SECTION__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case InstrumentPackage.SECTION__LABEL_EN:
				setLabelEn(LABEL_EN_EDEFAULT);
				return;
			case InstrumentPackage.SECTION__HELP:
				setHelp(HELP_EDEFAULT);
				return;
			case InstrumentPackage.SECTION__VISIBLE_WHEN:
				setVisibleWhen(VISIBLE_WHEN_EDEFAULT);
				return;
			case InstrumentPackage.SECTION__ITEMS:
				getItems().clear();
				return;
			case InstrumentPackage.SECTION__GROUPS:
				getGroups().clear();
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
			case InstrumentPackage.SECTION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case InstrumentPackage.SECTION__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case InstrumentPackage.SECTION__LABEL_EN:
				return LABEL_EN_EDEFAULT == null ? labelEn != null : !LABEL_EN_EDEFAULT.equals(labelEn);
			case InstrumentPackage.SECTION__HELP:
				return HELP_EDEFAULT == null ? help != null : !HELP_EDEFAULT.equals(help);
			case InstrumentPackage.SECTION__VISIBLE_WHEN:
				return VISIBLE_WHEN_EDEFAULT == null ? visibleWhen != null : !VISIBLE_WHEN_EDEFAULT.equals(visibleWhen);
			case InstrumentPackage.SECTION__ITEMS:
				return items != null && !items.isEmpty();
			case InstrumentPackage.SECTION__GROUPS:
				return groups != null && !groups.isEmpty();
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
		result.append(", label: ");
		result.append(label);
		result.append(", labelEn: ");
		result.append(labelEn);
		result.append(", help: ");
		result.append(help);
		result.append(", visibleWhen: ");
		result.append(visibleWhen);
		result.append(')');
		return result.toString();
	}

} //SectionImpl
