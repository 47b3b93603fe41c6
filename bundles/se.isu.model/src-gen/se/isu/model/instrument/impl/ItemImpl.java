/**
 */
package se.isu.model.instrument.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import se.isu.model.instrument.InstrumentPackage;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#getHelp <em>Help</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#getType <em>Type</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#getMin <em>Min</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#getMax <em>Max</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#getChoiceSet <em>Choice Set</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#isRequired <em>Required</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#getMissingCodes <em>Missing Codes</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#getVisibleWhen <em>Visible When</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#getExpression <em>Expression</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#getTimeFrame <em>Time Frame</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#isCritical <em>Critical</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ItemImpl#getGroup <em>Group</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItemImpl extends MinimalEObjectImpl.Container implements Item {
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
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final ItemType TYPE_EDEFAULT = ItemType.INTEGER;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected ItemType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected Integer min = MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected Integer max = MAX_EDEFAULT;

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
	 * The default value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean required = REQUIRED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMissingCodes() <em>Missing Codes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> missingCodes;

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
	 * The default value of the '{@link #getExpression() <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpression() <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpression()
	 * @generated
	 * @ordered
	 */
	protected String expression = EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeFrame() <em>Time Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeFrame()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_FRAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeFrame() <em>Time Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeFrame()
	 * @generated
	 * @ordered
	 */
	protected String timeFrame = TIME_FRAME_EDEFAULT;

	/**
	 * The default value of the '{@link #isCritical() <em>Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCritical()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CRITICAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCritical() <em>Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCritical()
	 * @generated
	 * @ordered
	 */
	protected boolean critical = CRITICAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected String group = GROUP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InstrumentPackage.Literals.ITEM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM__LABEL_EN, oldLabelEn, labelEn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM__HELP, oldHelp, help));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(ItemType newType) {
		ItemType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMin() {
		return min;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMin(Integer newMin) {
		Integer oldMin = min;
		min = newMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM__MIN, oldMin, min));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMax() {
		return max;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMax(Integer newMax) {
		Integer oldMax = max;
		max = newMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM__MAX, oldMax, max));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM__CHOICE_SET, oldChoiceSet, choiceSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRequired() {
		return required;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequired(boolean newRequired) {
		boolean oldRequired = required;
		required = newRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM__REQUIRED, oldRequired, required));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMissingCodes() {
		if (missingCodes == null) {
			missingCodes = new EDataTypeUniqueEList<String>(String.class, this, InstrumentPackage.ITEM__MISSING_CODES);
		}
		return missingCodes;
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM__VISIBLE_WHEN, oldVisibleWhen, visibleWhen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpression() {
		return expression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpression(String newExpression) {
		String oldExpression = expression;
		expression = newExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM__EXPRESSION, oldExpression, expression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeFrame() {
		return timeFrame;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeFrame(String newTimeFrame) {
		String oldTimeFrame = timeFrame;
		timeFrame = newTimeFrame;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM__TIME_FRAME, oldTimeFrame, timeFrame));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCritical() {
		return critical;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCritical(boolean newCritical) {
		boolean oldCritical = critical;
		critical = newCritical;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM__CRITICAL, oldCritical, critical));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(String newGroup) {
		String oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.ITEM__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InstrumentPackage.ITEM__ID:
				return getId();
			case InstrumentPackage.ITEM__LABEL:
				return getLabel();
			case InstrumentPackage.ITEM__LABEL_EN:
				return getLabelEn();
			case InstrumentPackage.ITEM__HELP:
				return getHelp();
			case InstrumentPackage.ITEM__TYPE:
				return getType();
			case InstrumentPackage.ITEM__MIN:
				return getMin();
			case InstrumentPackage.ITEM__MAX:
				return getMax();
			case InstrumentPackage.ITEM__CHOICE_SET:
				return getChoiceSet();
			case InstrumentPackage.ITEM__REQUIRED:
				return isRequired();
			case InstrumentPackage.ITEM__MISSING_CODES:
				return getMissingCodes();
			case InstrumentPackage.ITEM__VISIBLE_WHEN:
				return getVisibleWhen();
			case InstrumentPackage.ITEM__EXPRESSION:
				return getExpression();
			case InstrumentPackage.ITEM__TIME_FRAME:
				return getTimeFrame();
			case InstrumentPackage.ITEM__CRITICAL:
				return isCritical();
			case InstrumentPackage.ITEM__UNIT:
				return getUnit();
			case InstrumentPackage.ITEM__GROUP:
				return getGroup();
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
			case InstrumentPackage.ITEM__ID:
				setId((String)newValue);
				return;
			case InstrumentPackage.ITEM__LABEL:
				setLabel((String)newValue);
				return;
			case InstrumentPackage.ITEM__LABEL_EN:
				setLabelEn((String)newValue);
				return;
			case InstrumentPackage.ITEM__HELP:
				setHelp((String)newValue);
				return;
			case InstrumentPackage.ITEM__TYPE:
				setType((ItemType)newValue);
				return;
			case InstrumentPackage.ITEM__MIN:
				setMin((Integer)newValue);
				return;
			case InstrumentPackage.ITEM__MAX:
				setMax((Integer)newValue);
				return;
			case InstrumentPackage.ITEM__CHOICE_SET:
				setChoiceSet((String)newValue);
				return;
			case InstrumentPackage.ITEM__REQUIRED:
				setRequired((Boolean)newValue);
				return;
			case InstrumentPackage.ITEM__MISSING_CODES:
				getMissingCodes().clear();
				getMissingCodes().addAll((Collection<? extends String>)newValue);
				return;
			case InstrumentPackage.ITEM__VISIBLE_WHEN:
				setVisibleWhen((String)newValue);
				return;
			case InstrumentPackage.ITEM__EXPRESSION:
				setExpression((String)newValue);
				return;
			case InstrumentPackage.ITEM__TIME_FRAME:
				setTimeFrame((String)newValue);
				return;
			case InstrumentPackage.ITEM__CRITICAL:
				setCritical((Boolean)newValue);
				return;
			case InstrumentPackage.ITEM__UNIT:
				setUnit((String)newValue);
				return;
			case InstrumentPackage.ITEM__GROUP:
				setGroup((String)newValue);
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
			case InstrumentPackage.ITEM__ID:
				setId(ID_EDEFAULT);
				return;
			case InstrumentPackage.ITEM__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case InstrumentPackage.ITEM__LABEL_EN:
				setLabelEn(LABEL_EN_EDEFAULT);
				return;
			case InstrumentPackage.ITEM__HELP:
				setHelp(HELP_EDEFAULT);
				return;
			case InstrumentPackage.ITEM__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case InstrumentPackage.ITEM__MIN:
				setMin(MIN_EDEFAULT);
				return;
			case InstrumentPackage.ITEM__MAX:
				setMax(MAX_EDEFAULT);
				return;
			case InstrumentPackage.ITEM__CHOICE_SET:
				setChoiceSet(CHOICE_SET_EDEFAULT);
				return;
			case InstrumentPackage.ITEM__REQUIRED:
				setRequired(REQUIRED_EDEFAULT);
				return;
			case InstrumentPackage.ITEM__MISSING_CODES:
				getMissingCodes().clear();
				return;
			case InstrumentPackage.ITEM__VISIBLE_WHEN:
				setVisibleWhen(VISIBLE_WHEN_EDEFAULT);
				return;
			case InstrumentPackage.ITEM__EXPRESSION:
				setExpression(EXPRESSION_EDEFAULT);
				return;
			case InstrumentPackage.ITEM__TIME_FRAME:
				setTimeFrame(TIME_FRAME_EDEFAULT);
				return;
			case InstrumentPackage.ITEM__CRITICAL:
				setCritical(CRITICAL_EDEFAULT);
				return;
			case InstrumentPackage.ITEM__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case InstrumentPackage.ITEM__GROUP:
				setGroup(GROUP_EDEFAULT);
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
			case InstrumentPackage.ITEM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case InstrumentPackage.ITEM__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case InstrumentPackage.ITEM__LABEL_EN:
				return LABEL_EN_EDEFAULT == null ? labelEn != null : !LABEL_EN_EDEFAULT.equals(labelEn);
			case InstrumentPackage.ITEM__HELP:
				return HELP_EDEFAULT == null ? help != null : !HELP_EDEFAULT.equals(help);
			case InstrumentPackage.ITEM__TYPE:
				return type != TYPE_EDEFAULT;
			case InstrumentPackage.ITEM__MIN:
				return MIN_EDEFAULT == null ? min != null : !MIN_EDEFAULT.equals(min);
			case InstrumentPackage.ITEM__MAX:
				return MAX_EDEFAULT == null ? max != null : !MAX_EDEFAULT.equals(max);
			case InstrumentPackage.ITEM__CHOICE_SET:
				return CHOICE_SET_EDEFAULT == null ? choiceSet != null : !CHOICE_SET_EDEFAULT.equals(choiceSet);
			case InstrumentPackage.ITEM__REQUIRED:
				return required != REQUIRED_EDEFAULT;
			case InstrumentPackage.ITEM__MISSING_CODES:
				return missingCodes != null && !missingCodes.isEmpty();
			case InstrumentPackage.ITEM__VISIBLE_WHEN:
				return VISIBLE_WHEN_EDEFAULT == null ? visibleWhen != null : !VISIBLE_WHEN_EDEFAULT.equals(visibleWhen);
			case InstrumentPackage.ITEM__EXPRESSION:
				return EXPRESSION_EDEFAULT == null ? expression != null : !EXPRESSION_EDEFAULT.equals(expression);
			case InstrumentPackage.ITEM__TIME_FRAME:
				return TIME_FRAME_EDEFAULT == null ? timeFrame != null : !TIME_FRAME_EDEFAULT.equals(timeFrame);
			case InstrumentPackage.ITEM__CRITICAL:
				return critical != CRITICAL_EDEFAULT;
			case InstrumentPackage.ITEM__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case InstrumentPackage.ITEM__GROUP:
				return GROUP_EDEFAULT == null ? group != null : !GROUP_EDEFAULT.equals(group);
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
		result.append(", type: ");
		result.append(type);
		result.append(", min: ");
		result.append(min);
		result.append(", max: ");
		result.append(max);
		result.append(", choiceSet: ");
		result.append(choiceSet);
		result.append(", required: ");
		result.append(required);
		result.append(", missingCodes: ");
		result.append(missingCodes);
		result.append(", visibleWhen: ");
		result.append(visibleWhen);
		result.append(", expression: ");
		result.append(expression);
		result.append(", timeFrame: ");
		result.append(timeFrame);
		result.append(", critical: ");
		result.append(critical);
		result.append(", unit: ");
		result.append(unit);
		result.append(", group: ");
		result.append(group);
		result.append(')');
		return result.toString();
	}

} //ItemImpl
