/**
 */
package se.isu.model.instrument.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import se.isu.model.instrument.InstrumentPackage;
import se.isu.model.instrument.ScoreBand;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Score Band</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.impl.ScoreBandImpl#getFrom <em>From</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreBandImpl#getTo <em>To</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreBandImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreBandImpl#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreBandImpl#getLegalSex <em>Legal Sex</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreBandImpl#getMinAge <em>Min Age</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreBandImpl#getMaxAge <em>Max Age</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.ScoreBandImpl#getZone <em>Zone</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoreBandImpl extends MinimalEObjectImpl.Container implements ScoreBand {
	/**
	 * The default value of the '{@link #getFrom() <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected static final double FROM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected double from = FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected static final double TO_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected double to = TO_EDEFAULT;

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
	 * The default value of the '{@link #getLegalSex() <em>Legal Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalSex()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LEGAL_SEX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLegalSex() <em>Legal Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalSex()
	 * @generated
	 * @ordered
	 */
	protected Integer legalSex = LEGAL_SEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinAge() <em>Min Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAge()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MIN_AGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinAge() <em>Min Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAge()
	 * @generated
	 * @ordered
	 */
	protected Integer minAge = MIN_AGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxAge() <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAge()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_AGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxAge() <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAge()
	 * @generated
	 * @ordered
	 */
	protected Integer maxAge = MAX_AGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getZone() <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZone()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ZONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZone() <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZone()
	 * @generated
	 * @ordered
	 */
	protected Integer zone = ZONE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoreBandImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InstrumentPackage.Literals.SCORE_BAND;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(double newFrom) {
		double oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_BAND__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(double newTo) {
		double oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_BAND__TO, oldTo, to));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_BAND__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_BAND__LABEL_EN, oldLabelEn, labelEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLegalSex() {
		return legalSex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalSex(Integer newLegalSex) {
		Integer oldLegalSex = legalSex;
		legalSex = newLegalSex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_BAND__LEGAL_SEX, oldLegalSex, legalSex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMinAge() {
		return minAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinAge(Integer newMinAge) {
		Integer oldMinAge = minAge;
		minAge = newMinAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_BAND__MIN_AGE, oldMinAge, minAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxAge() {
		return maxAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxAge(Integer newMaxAge) {
		Integer oldMaxAge = maxAge;
		maxAge = newMaxAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_BAND__MAX_AGE, oldMaxAge, maxAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getZone() {
		return zone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZone(Integer newZone) {
		Integer oldZone = zone;
		zone = newZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.SCORE_BAND__ZONE, oldZone, zone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InstrumentPackage.SCORE_BAND__FROM:
				return getFrom();
			case InstrumentPackage.SCORE_BAND__TO:
				return getTo();
			case InstrumentPackage.SCORE_BAND__LABEL:
				return getLabel();
			case InstrumentPackage.SCORE_BAND__LABEL_EN:
				return getLabelEn();
			case InstrumentPackage.SCORE_BAND__LEGAL_SEX:
				return getLegalSex();
			case InstrumentPackage.SCORE_BAND__MIN_AGE:
				return getMinAge();
			case InstrumentPackage.SCORE_BAND__MAX_AGE:
				return getMaxAge();
			case InstrumentPackage.SCORE_BAND__ZONE:
				return getZone();
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
			case InstrumentPackage.SCORE_BAND__FROM:
				setFrom((Double)newValue);
				return;
			case InstrumentPackage.SCORE_BAND__TO:
				setTo((Double)newValue);
				return;
			case InstrumentPackage.SCORE_BAND__LABEL:
				setLabel((String)newValue);
				return;
			case InstrumentPackage.SCORE_BAND__LABEL_EN:
				setLabelEn((String)newValue);
				return;
			case InstrumentPackage.SCORE_BAND__LEGAL_SEX:
				setLegalSex((Integer)newValue);
				return;
			case InstrumentPackage.SCORE_BAND__MIN_AGE:
				setMinAge((Integer)newValue);
				return;
			case InstrumentPackage.SCORE_BAND__MAX_AGE:
				setMaxAge((Integer)newValue);
				return;
			case InstrumentPackage.SCORE_BAND__ZONE:
				setZone((Integer)newValue);
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
			case InstrumentPackage.SCORE_BAND__FROM:
				setFrom(FROM_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_BAND__TO:
				setTo(TO_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_BAND__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_BAND__LABEL_EN:
				setLabelEn(LABEL_EN_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_BAND__LEGAL_SEX:
				setLegalSex(LEGAL_SEX_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_BAND__MIN_AGE:
				setMinAge(MIN_AGE_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_BAND__MAX_AGE:
				setMaxAge(MAX_AGE_EDEFAULT);
				return;
			case InstrumentPackage.SCORE_BAND__ZONE:
				setZone(ZONE_EDEFAULT);
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
			case InstrumentPackage.SCORE_BAND__FROM:
				return from != FROM_EDEFAULT;
			case InstrumentPackage.SCORE_BAND__TO:
				return to != TO_EDEFAULT;
			case InstrumentPackage.SCORE_BAND__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case InstrumentPackage.SCORE_BAND__LABEL_EN:
				return LABEL_EN_EDEFAULT == null ? labelEn != null : !LABEL_EN_EDEFAULT.equals(labelEn);
			case InstrumentPackage.SCORE_BAND__LEGAL_SEX:
				return LEGAL_SEX_EDEFAULT == null ? legalSex != null : !LEGAL_SEX_EDEFAULT.equals(legalSex);
			case InstrumentPackage.SCORE_BAND__MIN_AGE:
				return MIN_AGE_EDEFAULT == null ? minAge != null : !MIN_AGE_EDEFAULT.equals(minAge);
			case InstrumentPackage.SCORE_BAND__MAX_AGE:
				return MAX_AGE_EDEFAULT == null ? maxAge != null : !MAX_AGE_EDEFAULT.equals(maxAge);
			case InstrumentPackage.SCORE_BAND__ZONE:
				return ZONE_EDEFAULT == null ? zone != null : !ZONE_EDEFAULT.equals(zone);
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
		result.append(" (from: ");
		result.append(from);
		result.append(", to: ");
		result.append(to);
		result.append(", label: ");
		result.append(label);
		result.append(", labelEn: ");
		result.append(labelEn);
		result.append(", legalSex: ");
		result.append(legalSex);
		result.append(", minAge: ");
		result.append(minAge);
		result.append(", maxAge: ");
		result.append(maxAge);
		result.append(", zone: ");
		result.append(zone);
		result.append(')');
		return result.toString();
	}

} //ScoreBandImpl
