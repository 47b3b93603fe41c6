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
import se.isu.model.instrument.MissingScoreRule;
import se.isu.model.instrument.ScoreBand;
import se.isu.model.instrument.ScoreCombination;
import se.isu.model.instrument.ScoreComponent;
import se.isu.model.instrument.ScoreDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Score Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.impl.ScoreDefinitionImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreDefinitionImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreDefinitionImpl#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreDefinitionImpl#getCombination <em>Combination</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreDefinitionImpl#getMissingRule <em>Missing Rule</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreDefinitionImpl#getMinAnswered <em>Min Answered</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreDefinitionImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreDefinitionImpl#getMin <em>Min</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreDefinitionImpl#getMax <em>Max</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreDefinitionImpl#getStep <em>Step</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreDefinitionImpl#getDecimals <em>Decimals</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreDefinitionImpl#getBands <em>Bands</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreDefinitionImpl#getBandsOf <em>Bands Of</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoreDefinitionImpl extends MinimalEObjectImpl.Container implements ScoreDefinition {
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
	 * The default value of the '{@link #getCombination() <em>Combination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCombination()
	 * @generated
	 * @ordered
	 */
	protected static final ScoreCombination COMBINATION_EDEFAULT = ScoreCombination.MEAN;

	/**
	 * The cached value of the '{@link #getCombination() <em>Combination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCombination()
	 * @generated
	 * @ordered
	 */
	protected ScoreCombination combination = COMBINATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissingRule() <em>Missing Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingRule()
	 * @generated
	 * @ordered
	 */
	protected static final MissingScoreRule MISSING_RULE_EDEFAULT = MissingScoreRule.ANY_MISSING;

	/**
	 * The cached value of the '{@link #getMissingRule() <em>Missing Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingRule()
	 * @generated
	 * @ordered
	 */
	protected MissingScoreRule missingRule = MISSING_RULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinAnswered() <em>Min Answered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAnswered()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_ANSWERED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinAnswered() <em>Min Answered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAnswered()
	 * @generated
	 * @ordered
	 */
	protected int minAnswered = MIN_ANSWERED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<ScoreComponent> components;

	/**
	 * The default value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected static final Double MIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected Double min = MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected static final Double MAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected Double max = MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected static final Double STEP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected Double step = STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecimals() <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecimals()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DECIMALS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecimals() <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecimals()
	 * @generated
	 * @ordered
	 */
	protected Integer decimals = DECIMALS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBands() <em>Bands</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBands()
	 * @generated
	 * @ordered
	 */
	protected EList<ScoreBand> bands;

	/**
	 * The default value of the '{@link #getBandsOf() <em>Bands Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandsOf()
	 * @generated
	 * @ordered
	 */
	protected static final String BANDS_OF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBandsOf() <em>Bands Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandsOf()
	 * @generated
	 * @ordered
	 */
	protected String bandsOf = BANDS_OF_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoreDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InstrumentPackage.Literals.SCORE_DEFINITION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_DEFINITION__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_DEFINITION__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_DEFINITION__LABEL_EN, oldLabelEn, labelEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoreCombination getCombination() {
		return combination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCombination(ScoreCombination newCombination) {
		ScoreCombination oldCombination = combination;
		combination = newCombination == null ? COMBINATION_EDEFAULT : newCombination;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_DEFINITION__COMBINATION, oldCombination, combination));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MissingScoreRule getMissingRule() {
		return missingRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissingRule(MissingScoreRule newMissingRule) {
		MissingScoreRule oldMissingRule = missingRule;
		missingRule = newMissingRule == null ? MISSING_RULE_EDEFAULT : newMissingRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_DEFINITION__MISSING_RULE, oldMissingRule, missingRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinAnswered() {
		return minAnswered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinAnswered(int newMinAnswered) {
		int oldMinAnswered = minAnswered;
		minAnswered = newMinAnswered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_DEFINITION__MIN_ANSWERED, oldMinAnswered, minAnswered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScoreComponent> getComponents() {
		if (components == null) {
			components = new EObjectContainmentEList<ScoreComponent>(ScoreComponent.class, this, InstrumentPackage.SCORE_DEFINITION__COMPONENTS);
		}
		return components;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getMin() {
		return min;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMin(Double newMin) {
		Double oldMin = min;
		min = newMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_DEFINITION__MIN, oldMin, min));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getMax() {
		return max;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMax(Double newMax) {
		Double oldMax = max;
		max = newMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_DEFINITION__MAX, oldMax, max));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getStep() {
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStep(Double newStep) {
		Double oldStep = step;
		step = newStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_DEFINITION__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDecimals() {
		return decimals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecimals(Integer newDecimals) {
		Integer oldDecimals = decimals;
		decimals = newDecimals;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_DEFINITION__DECIMALS, oldDecimals, decimals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScoreBand> getBands() {
		if (bands == null) {
			bands = new EObjectContainmentEList<ScoreBand>(ScoreBand.class, this, InstrumentPackage.SCORE_DEFINITION__BANDS);
		}
		return bands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBandsOf() {
		return bandsOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBandsOf(String newBandsOf) {
		String oldBandsOf = bandsOf;
		bandsOf = newBandsOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_DEFINITION__BANDS_OF, oldBandsOf, bandsOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InstrumentPackage.SCORE_DEFINITION__COMPONENTS:
				return ((InternalEList<?>)getComponents()).basicRemove(otherEnd, msgs);
			case InstrumentPackage.SCORE_DEFINITION__BANDS:
				return ((InternalEList<?>)getBands()).basicRemove(otherEnd, msgs);
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
			case InstrumentPackage.SCORE_DEFINITION__ID:
				return getId();
			case InstrumentPackage.SCORE_DEFINITION__LABEL:
				return getLabel();
			case InstrumentPackage.SCORE_DEFINITION__LABEL_EN:
				return getLabelEn();
			case InstrumentPackage.SCORE_DEFINITION__COMBINATION:
				return getCombination();
			case InstrumentPackage.SCORE_DEFINITION__MISSING_RULE:
				return getMissingRule();
			case InstrumentPackage.SCORE_DEFINITION__MIN_ANSWERED:
				return getMinAnswered();
			case InstrumentPackage.SCORE_DEFINITION__COMPONENTS:
				return getComponents();
			case InstrumentPackage.SCORE_DEFINITION__MIN:
				return getMin();
			case InstrumentPackage.SCORE_DEFINITION__MAX:
				return getMax();
			case InstrumentPackage.SCORE_DEFINITION__STEP:
				return getStep();
			case InstrumentPackage.SCORE_DEFINITION__DECIMALS:
				return getDecimals();
			case InstrumentPackage.SCORE_DEFINITION__BANDS:
				return getBands();
			case InstrumentPackage.SCORE_DEFINITION__BANDS_OF:
				return getBandsOf();
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
			case InstrumentPackage.SCORE_DEFINITION__ID:
				setId((String)newValue);
				return;
			case InstrumentPackage.SCORE_DEFINITION__LABEL:
				setLabel((String)newValue);
				return;
			case InstrumentPackage.SCORE_DEFINITION__LABEL_EN:
				setLabelEn((String)newValue);
				return;
			case InstrumentPackage.SCORE_DEFINITION__COMBINATION:
				setCombination((ScoreCombination)newValue);
				return;
			case InstrumentPackage.SCORE_DEFINITION__MISSING_RULE:
				setMissingRule((MissingScoreRule)newValue);
				return;
			case InstrumentPackage.SCORE_DEFINITION__MIN_ANSWERED:
				setMinAnswered((Integer)newValue);
				return;
			case InstrumentPackage.SCORE_DEFINITION__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends ScoreComponent>)newValue);
				return;
			case InstrumentPackage.SCORE_DEFINITION__MIN:
				setMin((Double)newValue);
				return;
			case InstrumentPackage.SCORE_DEFINITION__MAX:
				setMax((Double)newValue);
				return;
			case InstrumentPackage.SCORE_DEFINITION__STEP:
				setStep((Double)newValue);
				return;
			case InstrumentPackage.SCORE_DEFINITION__DECIMALS:
				setDecimals((Integer)newValue);
				return;
			case InstrumentPackage.SCORE_DEFINITION__BANDS:
				getBands().clear();
				getBands().addAll((Collection<? extends ScoreBand>)newValue);
				return;
			case InstrumentPackage.SCORE_DEFINITION__BANDS_OF:
				setBandsOf((String)newValue);
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
			case InstrumentPackage.SCORE_DEFINITION__ID:
				setId(ID_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_DEFINITION__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_DEFINITION__LABEL_EN:
				setLabelEn(LABEL_EN_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_DEFINITION__COMBINATION:
				setCombination(COMBINATION_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_DEFINITION__MISSING_RULE:
				setMissingRule(MISSING_RULE_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_DEFINITION__MIN_ANSWERED:
				setMinAnswered(MIN_ANSWERED_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_DEFINITION__COMPONENTS:
				getComponents().clear();
				return;
			case InstrumentPackage.SCORE_DEFINITION__MIN:
				setMin(MIN_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_DEFINITION__MAX:
				setMax(MAX_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_DEFINITION__STEP:
				setStep(STEP_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_DEFINITION__DECIMALS:
				setDecimals(DECIMALS_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_DEFINITION__BANDS:
				getBands().clear();
				return;
			case InstrumentPackage.SCORE_DEFINITION__BANDS_OF:
				setBandsOf(BANDS_OF_EDEFAULT);
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
			case InstrumentPackage.SCORE_DEFINITION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case InstrumentPackage.SCORE_DEFINITION__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case InstrumentPackage.SCORE_DEFINITION__LABEL_EN:
				return LABEL_EN_EDEFAULT == null ? labelEn != null : !LABEL_EN_EDEFAULT.equals(labelEn);
			case InstrumentPackage.SCORE_DEFINITION__COMBINATION:
				return combination != COMBINATION_EDEFAULT;
			case InstrumentPackage.SCORE_DEFINITION__MISSING_RULE:
				return missingRule != MISSING_RULE_EDEFAULT;
			case InstrumentPackage.SCORE_DEFINITION__MIN_ANSWERED:
				return minAnswered != MIN_ANSWERED_EDEFAULT;
			case InstrumentPackage.SCORE_DEFINITION__COMPONENTS:
				return components != null && !components.isEmpty();
			case InstrumentPackage.SCORE_DEFINITION__MIN:
				return MIN_EDEFAULT == null ? min != null : !MIN_EDEFAULT.equals(min);
			case InstrumentPackage.SCORE_DEFINITION__MAX:
				return MAX_EDEFAULT == null ? max != null : !MAX_EDEFAULT.equals(max);
			case InstrumentPackage.SCORE_DEFINITION__STEP:
				return STEP_EDEFAULT == null ? step != null : !STEP_EDEFAULT.equals(step);
			case InstrumentPackage.SCORE_DEFINITION__DECIMALS:
				return DECIMALS_EDEFAULT == null ? decimals != null : !DECIMALS_EDEFAULT.equals(decimals);
			case InstrumentPackage.SCORE_DEFINITION__BANDS:
				return bands != null && !bands.isEmpty();
			case InstrumentPackage.SCORE_DEFINITION__BANDS_OF:
				return BANDS_OF_EDEFAULT == null ? bandsOf != null : !BANDS_OF_EDEFAULT.equals(bandsOf);
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
		result.append(", combination: ");
		result.append(combination);
		result.append(", missingRule: ");
		result.append(missingRule);
		result.append(", minAnswered: ");
		result.append(minAnswered);
		result.append(", min: ");
		result.append(min);
		result.append(", max: ");
		result.append(max);
		result.append(", step: ");
		result.append(step);
		result.append(", decimals: ");
		result.append(decimals);
		result.append(", bandsOf: ");
		result.append(bandsOf);
		result.append(')');
		return result.toString();
	}

} //ScoreDefinitionImpl
