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

import se.isu.model.OccasionKind;

import se.isu.model.instrument.ChoiceSet;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.InstrumentPackage;
import se.isu.model.instrument.MissingCode;
import se.isu.model.instrument.Prerequisite;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.ScheduleRule;
import se.isu.model.instrument.ScoreDefinition;
import se.isu.model.instrument.Section;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getName <em>Name</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getLicence <em>Licence</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getOwnerUnit <em>Owner Unit</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getRespondents <em>Respondents</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getOccasionKinds <em>Occasion Kinds</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getPrerequisite <em>Prerequisite</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getBaselineInstrument <em>Baseline Instrument</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getBaselineOccasionKind <em>Baseline Occasion Kind</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getMissingCodes <em>Missing Codes</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getChoiceSets <em>Choice Sets</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl#getScores <em>Scores</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstrumentDefinitionImpl extends MinimalEObjectImpl.Container implements InstrumentDefinition {
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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLicence() <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicence()
	 * @generated
	 * @ordered
	 */
	protected static final String LICENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLicence() <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicence()
	 * @generated
	 * @ordered
	 */
	protected String licence = LICENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnerUnit() <em>Owner Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerUnit() <em>Owner Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerUnit()
	 * @generated
	 * @ordered
	 */
	protected String ownerUnit = OWNER_UNIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRespondents() <em>Respondents</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondents()
	 * @generated
	 * @ordered
	 */
	protected EList<Respondent> respondents;

	/**
	 * The cached value of the '{@link #getOccasionKinds() <em>Occasion Kinds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccasionKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<OccasionKind> occasionKinds;

	/**
	 * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected EList<ScheduleRule> schedule;

	/**
	 * The cached value of the '{@link #getPrerequisite() <em>Prerequisite</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrerequisite()
	 * @generated
	 * @ordered
	 */
	protected Prerequisite prerequisite;

	/**
	 * The default value of the '{@link #getBaselineInstrument() <em>Baseline Instrument</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineInstrument()
	 * @generated
	 * @ordered
	 */
	protected static final String BASELINE_INSTRUMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineInstrument() <em>Baseline Instrument</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineInstrument()
	 * @generated
	 * @ordered
	 */
	protected String baselineInstrument = BASELINE_INSTRUMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineOccasionKind() <em>Baseline Occasion Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineOccasionKind()
	 * @generated
	 * @ordered
	 */
	protected static final OccasionKind BASELINE_OCCASION_KIND_EDEFAULT = OccasionKind.INTAKE;

	/**
	 * The cached value of the '{@link #getBaselineOccasionKind() <em>Baseline Occasion Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineOccasionKind()
	 * @generated
	 * @ordered
	 */
	protected OccasionKind baselineOccasionKind = BASELINE_OCCASION_KIND_EDEFAULT;

	/**
	 * This is true if the Baseline Occasion Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean baselineOccasionKindESet;

	/**
	 * The cached value of the '{@link #getMissingCodes() <em>Missing Codes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<MissingCode> missingCodes;

	/**
	 * The cached value of the '{@link #getChoiceSets() <em>Choice Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChoiceSets()
	 * @generated
	 * @ordered
	 */
	protected EList<ChoiceSet> choiceSets;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<Section> sections;

	/**
	 * The cached value of the '{@link #getScores() <em>Scores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScores()
	 * @generated
	 * @ordered
	 */
	protected EList<ScoreDefinition> scores;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstrumentDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InstrumentPackage.Literals.INSTRUMENT_DEFINITION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.INSTRUMENT_DEFINITION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.INSTRUMENT_DEFINITION__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.INSTRUMENT_DEFINITION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.INSTRUMENT_DEFINITION__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.INSTRUMENT_DEFINITION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLicence() {
		return licence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicence(String newLicence) {
		String oldLicence = licence;
		licence = newLicence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.INSTRUMENT_DEFINITION__LICENCE, oldLicence, licence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerUnit() {
		return ownerUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerUnit(String newOwnerUnit) {
		String oldOwnerUnit = ownerUnit;
		ownerUnit = newOwnerUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.INSTRUMENT_DEFINITION__OWNER_UNIT, oldOwnerUnit, ownerUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Respondent> getRespondents() {
		if (respondents == null) {
			respondents = new EDataTypeUniqueEList<Respondent>(Respondent.class, this, InstrumentPackage.INSTRUMENT_DEFINITION__RESPONDENTS);
		}
		return respondents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OccasionKind> getOccasionKinds() {
		if (occasionKinds == null) {
			occasionKinds = new EDataTypeUniqueEList<OccasionKind>(OccasionKind.class, this, InstrumentPackage.INSTRUMENT_DEFINITION__OCCASION_KINDS);
		}
		return occasionKinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScheduleRule> getSchedule() {
		if (schedule == null) {
			schedule = new EObjectContainmentEList<ScheduleRule>(ScheduleRule.class, this, InstrumentPackage.INSTRUMENT_DEFINITION__SCHEDULE);
		}
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Prerequisite getPrerequisite() {
		return prerequisite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPrerequisite(Prerequisite newPrerequisite, NotificationChain msgs) {
		Prerequisite oldPrerequisite = prerequisite;
		prerequisite = newPrerequisite;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, InstrumentPackage.INSTRUMENT_DEFINITION__PREREQUISITE, oldPrerequisite, newPrerequisite);
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
	public void setPrerequisite(Prerequisite newPrerequisite) {
		if (newPrerequisite != prerequisite) {
			NotificationChain msgs = null;
			if (prerequisite != null)
				msgs = ((InternalEObject)prerequisite).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - InstrumentPackage.INSTRUMENT_DEFINITION__PREREQUISITE, null, msgs);
			if (newPrerequisite != null)
				msgs = ((InternalEObject)newPrerequisite).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - InstrumentPackage.INSTRUMENT_DEFINITION__PREREQUISITE, null, msgs);
			msgs = basicSetPrerequisite(newPrerequisite, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.INSTRUMENT_DEFINITION__PREREQUISITE, newPrerequisite, newPrerequisite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaselineInstrument() {
		return baselineInstrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineInstrument(String newBaselineInstrument) {
		String oldBaselineInstrument = baselineInstrument;
		baselineInstrument = newBaselineInstrument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.INSTRUMENT_DEFINITION__BASELINE_INSTRUMENT, oldBaselineInstrument, baselineInstrument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OccasionKind getBaselineOccasionKind() {
		return baselineOccasionKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineOccasionKind(OccasionKind newBaselineOccasionKind) {
		OccasionKind oldBaselineOccasionKind = baselineOccasionKind;
		baselineOccasionKind = newBaselineOccasionKind == null ? BASELINE_OCCASION_KIND_EDEFAULT : newBaselineOccasionKind;
		boolean oldBaselineOccasionKindESet = baselineOccasionKindESet;
		baselineOccasionKindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstrumentPackage.INSTRUMENT_DEFINITION__BASELINE_OCCASION_KIND, oldBaselineOccasionKind, baselineOccasionKind, !oldBaselineOccasionKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBaselineOccasionKind() {
		OccasionKind oldBaselineOccasionKind = baselineOccasionKind;
		boolean oldBaselineOccasionKindESet = baselineOccasionKindESet;
		baselineOccasionKind = BASELINE_OCCASION_KIND_EDEFAULT;
		baselineOccasionKindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, InstrumentPackage.INSTRUMENT_DEFINITION__BASELINE_OCCASION_KIND, oldBaselineOccasionKind, BASELINE_OCCASION_KIND_EDEFAULT, oldBaselineOccasionKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBaselineOccasionKind() {
		return baselineOccasionKindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MissingCode> getMissingCodes() {
		if (missingCodes == null) {
			missingCodes = new EObjectContainmentEList<MissingCode>(MissingCode.class, this, InstrumentPackage.INSTRUMENT_DEFINITION__MISSING_CODES);
		}
		return missingCodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChoiceSet> getChoiceSets() {
		if (choiceSets == null) {
			choiceSets = new EObjectContainmentEList<ChoiceSet>(ChoiceSet.class, this, InstrumentPackage.INSTRUMENT_DEFINITION__CHOICE_SETS);
		}
		return choiceSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<Section>(Section.class, this, InstrumentPackage.INSTRUMENT_DEFINITION__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScoreDefinition> getScores() {
		if (scores == null) {
			scores = new EObjectContainmentEList<ScoreDefinition>(ScoreDefinition.class, this, InstrumentPackage.INSTRUMENT_DEFINITION__SCORES);
		}
		return scores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InstrumentPackage.INSTRUMENT_DEFINITION__SCHEDULE:
				return ((InternalEList<?>)getSchedule()).basicRemove(otherEnd, msgs);
			case InstrumentPackage.INSTRUMENT_DEFINITION__PREREQUISITE:
				return basicSetPrerequisite(null, msgs);
			case InstrumentPackage.INSTRUMENT_DEFINITION__MISSING_CODES:
				return ((InternalEList<?>)getMissingCodes()).basicRemove(otherEnd, msgs);
			case InstrumentPackage.INSTRUMENT_DEFINITION__CHOICE_SETS:
				return ((InternalEList<?>)getChoiceSets()).basicRemove(otherEnd, msgs);
			case InstrumentPackage.INSTRUMENT_DEFINITION__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
			case InstrumentPackage.INSTRUMENT_DEFINITION__SCORES:
				return ((InternalEList<?>)getScores()).basicRemove(otherEnd, msgs);
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
			case InstrumentPackage.INSTRUMENT_DEFINITION__ID:
				return getId();
			case InstrumentPackage.INSTRUMENT_DEFINITION__VERSION:
				return getVersion();
			case InstrumentPackage.INSTRUMENT_DEFINITION__NAME:
				return getName();
			case InstrumentPackage.INSTRUMENT_DEFINITION__NAME_EN:
				return getNameEn();
			case InstrumentPackage.INSTRUMENT_DEFINITION__DESCRIPTION:
				return getDescription();
			case InstrumentPackage.INSTRUMENT_DEFINITION__LICENCE:
				return getLicence();
			case InstrumentPackage.INSTRUMENT_DEFINITION__OWNER_UNIT:
				return getOwnerUnit();
			case InstrumentPackage.INSTRUMENT_DEFINITION__RESPONDENTS:
				return getRespondents();
			case InstrumentPackage.INSTRUMENT_DEFINITION__OCCASION_KINDS:
				return getOccasionKinds();
			case InstrumentPackage.INSTRUMENT_DEFINITION__SCHEDULE:
				return getSchedule();
			case InstrumentPackage.INSTRUMENT_DEFINITION__PREREQUISITE:
				return getPrerequisite();
			case InstrumentPackage.INSTRUMENT_DEFINITION__BASELINE_INSTRUMENT:
				return getBaselineInstrument();
			case InstrumentPackage.INSTRUMENT_DEFINITION__BASELINE_OCCASION_KIND:
				return getBaselineOccasionKind();
			case InstrumentPackage.INSTRUMENT_DEFINITION__MISSING_CODES:
				return getMissingCodes();
			case InstrumentPackage.INSTRUMENT_DEFINITION__CHOICE_SETS:
				return getChoiceSets();
			case InstrumentPackage.INSTRUMENT_DEFINITION__SECTIONS:
				return getSections();
			case InstrumentPackage.INSTRUMENT_DEFINITION__SCORES:
				return getScores();
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
			case InstrumentPackage.INSTRUMENT_DEFINITION__ID:
				setId((String)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__VERSION:
				setVersion((String)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__NAME:
				setName((String)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__NAME_EN:
				setNameEn((String)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__LICENCE:
				setLicence((String)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__OWNER_UNIT:
				setOwnerUnit((String)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__RESPONDENTS:
				getRespondents().clear();
				getRespondents().addAll((Collection<? extends Respondent>)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__OCCASION_KINDS:
				getOccasionKinds().clear();
				getOccasionKinds().addAll((Collection<? extends OccasionKind>)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__SCHEDULE:
				getSchedule().clear();
				getSchedule().addAll((Collection<? extends ScheduleRule>)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__PREREQUISITE:
				setPrerequisite((Prerequisite)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__BASELINE_INSTRUMENT:
				setBaselineInstrument((String)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__BASELINE_OCCASION_KIND:
				setBaselineOccasionKind((OccasionKind)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__MISSING_CODES:
				getMissingCodes().clear();
				getMissingCodes().addAll((Collection<? extends MissingCode>)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__CHOICE_SETS:
				getChoiceSets().clear();
				getChoiceSets().addAll((Collection<? extends ChoiceSet>)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends Section>)newValue);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__SCORES:
				getScores().clear();
				getScores().addAll((Collection<? extends ScoreDefinition>)newValue);
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
			case InstrumentPackage.INSTRUMENT_DEFINITION__ID:
				setId(ID_EDEFAULT);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__LICENCE:
				setLicence(LICENCE_EDEFAULT);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__OWNER_UNIT:
				setOwnerUnit(OWNER_UNIT_EDEFAULT);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__RESPONDENTS:
				getRespondents().clear();
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__OCCASION_KINDS:
				getOccasionKinds().clear();
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__SCHEDULE:
				getSchedule().clear();
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__PREREQUISITE:
				setPrerequisite((Prerequisite)null);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__BASELINE_INSTRUMENT:
				setBaselineInstrument(BASELINE_INSTRUMENT_EDEFAULT);
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__BASELINE_OCCASION_KIND:
				unsetBaselineOccasionKind();
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__MISSING_CODES:
				getMissingCodes().clear();
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__CHOICE_SETS:
				getChoiceSets().clear();
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__SECTIONS:
				getSections().clear();
				return;
			case InstrumentPackage.INSTRUMENT_DEFINITION__SCORES:
				getScores().clear();
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
			case InstrumentPackage.INSTRUMENT_DEFINITION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case InstrumentPackage.INSTRUMENT_DEFINITION__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case InstrumentPackage.INSTRUMENT_DEFINITION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case InstrumentPackage.INSTRUMENT_DEFINITION__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case InstrumentPackage.INSTRUMENT_DEFINITION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case InstrumentPackage.INSTRUMENT_DEFINITION__LICENCE:
				return LICENCE_EDEFAULT == null ? licence != null : !LICENCE_EDEFAULT.equals(licence);
			case InstrumentPackage.INSTRUMENT_DEFINITION__OWNER_UNIT:
				return OWNER_UNIT_EDEFAULT == null ? ownerUnit != null : !OWNER_UNIT_EDEFAULT.equals(ownerUnit);
			case InstrumentPackage.INSTRUMENT_DEFINITION__RESPONDENTS:
				return respondents != null && !respondents.isEmpty();
			case InstrumentPackage.INSTRUMENT_DEFINITION__OCCASION_KINDS:
				return occasionKinds != null && !occasionKinds.isEmpty();
			case InstrumentPackage.INSTRUMENT_DEFINITION__SCHEDULE:
				return schedule != null && !schedule.isEmpty();
			case InstrumentPackage.INSTRUMENT_DEFINITION__PREREQUISITE:
				return prerequisite != null;
			case InstrumentPackage.INSTRUMENT_DEFINITION__BASELINE_INSTRUMENT:
				return BASELINE_INSTRUMENT_EDEFAULT == null ? baselineInstrument != null : !BASELINE_INSTRUMENT_EDEFAULT.equals(baselineInstrument);
			case InstrumentPackage.INSTRUMENT_DEFINITION__BASELINE_OCCASION_KIND:
				return isSetBaselineOccasionKind();
			case InstrumentPackage.INSTRUMENT_DEFINITION__MISSING_CODES:
				return missingCodes != null && !missingCodes.isEmpty();
			case InstrumentPackage.INSTRUMENT_DEFINITION__CHOICE_SETS:
				return choiceSets != null && !choiceSets.isEmpty();
			case InstrumentPackage.INSTRUMENT_DEFINITION__SECTIONS:
				return sections != null && !sections.isEmpty();
			case InstrumentPackage.INSTRUMENT_DEFINITION__SCORES:
				return scores != null && !scores.isEmpty();
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
		result.append(", version: ");
		result.append(version);
		result.append(", name: ");
		result.append(name);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", description: ");
		result.append(description);
		result.append(", licence: ");
		result.append(licence);
		result.append(", ownerUnit: ");
		result.append(ownerUnit);
		result.append(", respondents: ");
		result.append(respondents);
		result.append(", occasionKinds: ");
		result.append(occasionKinds);
		result.append(", baselineInstrument: ");
		result.append(baselineInstrument);
		result.append(", baselineOccasionKind: ");
		if (baselineOccasionKindESet) result.append(baselineOccasionKind); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //InstrumentDefinitionImpl
