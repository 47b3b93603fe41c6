/**
 */
package se.isu.model.instrument.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import se.isu.model.IsuPackage;

import se.isu.model.impl.IsuPackageImpl;

import se.isu.model.instrument.AddedItem;
import se.isu.model.instrument.Answer;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.Choice;
import se.isu.model.instrument.ChoiceSet;
import se.isu.model.instrument.ComponentTransform;
import se.isu.model.instrument.GroupKind;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.InstrumentPackage;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemGroup;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.MissingCode;
import se.isu.model.instrument.MissingScoreRule;
import se.isu.model.instrument.Prerequisite;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.RowAggregate;
import se.isu.model.instrument.ScaleBand;
import se.isu.model.instrument.ScheduleAnchor;
import se.isu.model.instrument.ScheduleRule;
import se.isu.model.instrument.Score;
import se.isu.model.instrument.ScoreBand;
import se.isu.model.instrument.ScoreCombination;
import se.isu.model.instrument.ScoreComponent;
import se.isu.model.instrument.ScoreDefinition;
import se.isu.model.instrument.Section;
import se.isu.model.instrument.UnitOverlay;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class InstrumentPackageImpl extends EPackageImpl implements InstrumentPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instrumentDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduleRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass prerequisiteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass missingCodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass choiceSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass choiceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scaleBandEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass itemGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass itemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoreDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoreBandEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoreComponentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass unitOverlayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass addedItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass answerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum itemTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum respondentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scheduleAnchorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scoreCombinationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum componentTransformEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum missingScoreRuleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assessmentStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum groupKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rowAggregateEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see se.isu.model.instrument.InstrumentPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private InstrumentPackageImpl() {
		super(eNS_URI, InstrumentFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link InstrumentPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static InstrumentPackage init() {
		if (isInited) return (InstrumentPackage)EPackage.Registry.INSTANCE.getEPackage(InstrumentPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredInstrumentPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		InstrumentPackageImpl theInstrumentPackage = registeredInstrumentPackage instanceof InstrumentPackageImpl ? (InstrumentPackageImpl)registeredInstrumentPackage : new InstrumentPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(IsuPackage.eNS_URI);
		IsuPackageImpl theIsuPackage = (IsuPackageImpl)(registeredPackage instanceof IsuPackageImpl ? registeredPackage : IsuPackage.eINSTANCE);

		// Create package meta-data objects
		theInstrumentPackage.createPackageContents();
		theIsuPackage.createPackageContents();

		// Initialize created meta-data
		theInstrumentPackage.initializePackageContents();
		theIsuPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theInstrumentPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(InstrumentPackage.eNS_URI, theInstrumentPackage);
		return theInstrumentPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstrumentDefinition() {
		return instrumentDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentDefinition_Id() {
		return (EAttribute)instrumentDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentDefinition_Version() {
		return (EAttribute)instrumentDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentDefinition_Name() {
		return (EAttribute)instrumentDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentDefinition_NameEn() {
		return (EAttribute)instrumentDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentDefinition_Description() {
		return (EAttribute)instrumentDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentDefinition_Licence() {
		return (EAttribute)instrumentDefinitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentDefinition_OwnerUnit() {
		return (EAttribute)instrumentDefinitionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentDefinition_Respondents() {
		return (EAttribute)instrumentDefinitionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentDefinition_OccasionKinds() {
		return (EAttribute)instrumentDefinitionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrumentDefinition_Schedule() {
		return (EReference)instrumentDefinitionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrumentDefinition_Prerequisite() {
		return (EReference)instrumentDefinitionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentDefinition_BaselineInstrument() {
		return (EAttribute)instrumentDefinitionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentDefinition_BaselineOccasionKind() {
		return (EAttribute)instrumentDefinitionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrumentDefinition_MissingCodes() {
		return (EReference)instrumentDefinitionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrumentDefinition_ChoiceSets() {
		return (EReference)instrumentDefinitionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrumentDefinition_Sections() {
		return (EReference)instrumentDefinitionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrumentDefinition_Scores() {
		return (EReference)instrumentDefinitionEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScheduleRule() {
		return scheduleRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduleRule_OccasionKind() {
		return (EAttribute)scheduleRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduleRule_Anchor() {
		return (EAttribute)scheduleRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduleRule_OffsetMonths() {
		return (EAttribute)scheduleRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduleRule_OffsetDays() {
		return (EAttribute)scheduleRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduleRule_ToleranceDays() {
		return (EAttribute)scheduleRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduleRule_InterventionTypes() {
		return (EAttribute)scheduleRuleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPrerequisite() {
		return prerequisiteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrerequisite_InstrumentId() {
		return (EAttribute)prerequisiteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrerequisite_WithinMonths() {
		return (EAttribute)prerequisiteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMissingCode() {
		return missingCodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMissingCode_Code() {
		return (EAttribute)missingCodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMissingCode_Label() {
		return (EAttribute)missingCodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMissingCode_LabelEn() {
		return (EAttribute)missingCodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChoiceSet() {
		return choiceSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChoiceSet_Id() {
		return (EAttribute)choiceSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChoiceSet_ValueSet() {
		return (EAttribute)choiceSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChoiceSet_Choices() {
		return (EReference)choiceSetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChoiceSet_Bands() {
		return (EReference)choiceSetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChoice() {
		return choiceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChoice_Code() {
		return (EAttribute)choiceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChoice_Label() {
		return (EAttribute)choiceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChoice_LabelEn() {
		return (EAttribute)choiceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScaleBand() {
		return scaleBandEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleBand_From() {
		return (EAttribute)scaleBandEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleBand_To() {
		return (EAttribute)scaleBandEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleBand_Label() {
		return (EAttribute)scaleBandEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleBand_LabelEn() {
		return (EAttribute)scaleBandEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSection() {
		return sectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_Id() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_Label() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_LabelEn() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_Help() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_VisibleWhen() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSection_Items() {
		return (EReference)sectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSection_Groups() {
		return (EReference)sectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getItemGroup() {
		return itemGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemGroup_Id() {
		return (EAttribute)itemGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemGroup_Kind() {
		return (EAttribute)itemGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemGroup_Label() {
		return (EAttribute)itemGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemGroup_LabelEn() {
		return (EAttribute)itemGroupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemGroup_RowLabel() {
		return (EAttribute)itemGroupEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemGroup_RowLabelEn() {
		return (EAttribute)itemGroupEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemGroup_MinRows() {
		return (EAttribute)itemGroupEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemGroup_MaxRows() {
		return (EAttribute)itemGroupEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemGroup_ChoiceSet() {
		return (EAttribute)itemGroupEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getItem() {
		return itemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Id() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Label() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_LabelEn() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Help() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Type() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Min() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Max() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_ChoiceSet() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Required() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_MissingCodes() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_VisibleWhen() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Expression() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_TimeFrame() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Critical() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Unit() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Group() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScoreDefinition() {
		return scoreDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreDefinition_Id() {
		return (EAttribute)scoreDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreDefinition_Label() {
		return (EAttribute)scoreDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreDefinition_LabelEn() {
		return (EAttribute)scoreDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreDefinition_Combination() {
		return (EAttribute)scoreDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreDefinition_MissingRule() {
		return (EAttribute)scoreDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreDefinition_MinAnswered() {
		return (EAttribute)scoreDefinitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoreDefinition_Components() {
		return (EReference)scoreDefinitionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreDefinition_Min() {
		return (EAttribute)scoreDefinitionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreDefinition_Max() {
		return (EAttribute)scoreDefinitionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreDefinition_Step() {
		return (EAttribute)scoreDefinitionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreDefinition_Decimals() {
		return (EAttribute)scoreDefinitionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoreDefinition_Bands() {
		return (EReference)scoreDefinitionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreDefinition_BandsOf() {
		return (EAttribute)scoreDefinitionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScoreBand() {
		return scoreBandEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreBand_From() {
		return (EAttribute)scoreBandEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreBand_To() {
		return (EAttribute)scoreBandEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreBand_Label() {
		return (EAttribute)scoreBandEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreBand_LabelEn() {
		return (EAttribute)scoreBandEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreBand_LegalSex() {
		return (EAttribute)scoreBandEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreBand_MinAge() {
		return (EAttribute)scoreBandEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreBand_MaxAge() {
		return (EAttribute)scoreBandEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreBand_Zone() {
		return (EAttribute)scoreBandEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScoreComponent() {
		return scoreComponentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreComponent_ItemId() {
		return (EAttribute)scoreComponentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreComponent_Transform() {
		return (EAttribute)scoreComponentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreComponent_Max() {
		return (EAttribute)scoreComponentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreComponent_Weight() {
		return (EAttribute)scoreComponentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreComponent_Code() {
		return (EAttribute)scoreComponentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreComponent_Over() {
		return (EAttribute)scoreComponentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUnitOverlay() {
		return unitOverlayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitOverlay_InstrumentId() {
		return (EAttribute)unitOverlayEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitOverlay_UnitCode() {
		return (EAttribute)unitOverlayEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitOverlay_Revision() {
		return (EAttribute)unitOverlayEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitOverlay_Author() {
		return (EAttribute)unitOverlayEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitOverlay_CreatedAt() {
		return (EAttribute)unitOverlayEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitOverlay_Comment() {
		return (EAttribute)unitOverlayEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitOverlay_HiddenItems() {
		return (EAttribute)unitOverlayEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUnitOverlay_AddedItems() {
		return (EReference)unitOverlayEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUnitOverlay_AddedSections() {
		return (EReference)unitOverlayEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAddedItem() {
		return addedItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddedItem_SectionId() {
		return (EAttribute)addedItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddedItem_AfterItemId() {
		return (EAttribute)addedItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAddedItem_Item() {
		return (EReference)addedItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessment() {
		return assessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Id() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_CaseId() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_OccasionId() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_InstrumentId() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_InstrumentVersion() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_InstrumentName() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Respondent() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Status() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_AssessedOn() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Interviewer() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_UnitCode() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_OverlayRevision() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Answers() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Scores() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Version() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnswer() {
		return answerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_ItemId() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_Value() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_MissingCode() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScore() {
		return scoreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_ScoreId() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Label() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Value() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getItemType() {
		return itemTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRespondent() {
		return respondentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScheduleAnchor() {
		return scheduleAnchorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScoreCombination() {
		return scoreCombinationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComponentTransform() {
		return componentTransformEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMissingScoreRule() {
		return missingScoreRuleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssessmentStatus() {
		return assessmentStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGroupKind() {
		return groupKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRowAggregate() {
		return rowAggregateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentFactory getInstrumentFactory() {
		return (InstrumentFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		instrumentDefinitionEClass = createEClass(INSTRUMENT_DEFINITION);
		createEAttribute(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__ID);
		createEAttribute(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__VERSION);
		createEAttribute(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__NAME);
		createEAttribute(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__NAME_EN);
		createEAttribute(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__DESCRIPTION);
		createEAttribute(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__LICENCE);
		createEAttribute(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__OWNER_UNIT);
		createEAttribute(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__RESPONDENTS);
		createEAttribute(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__OCCASION_KINDS);
		createEReference(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__SCHEDULE);
		createEReference(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__PREREQUISITE);
		createEAttribute(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__BASELINE_INSTRUMENT);
		createEAttribute(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__BASELINE_OCCASION_KIND);
		createEReference(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__MISSING_CODES);
		createEReference(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__CHOICE_SETS);
		createEReference(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__SECTIONS);
		createEReference(instrumentDefinitionEClass, INSTRUMENT_DEFINITION__SCORES);

		scheduleRuleEClass = createEClass(SCHEDULE_RULE);
		createEAttribute(scheduleRuleEClass, SCHEDULE_RULE__OCCASION_KIND);
		createEAttribute(scheduleRuleEClass, SCHEDULE_RULE__ANCHOR);
		createEAttribute(scheduleRuleEClass, SCHEDULE_RULE__OFFSET_MONTHS);
		createEAttribute(scheduleRuleEClass, SCHEDULE_RULE__OFFSET_DAYS);
		createEAttribute(scheduleRuleEClass, SCHEDULE_RULE__TOLERANCE_DAYS);
		createEAttribute(scheduleRuleEClass, SCHEDULE_RULE__INTERVENTION_TYPES);

		prerequisiteEClass = createEClass(PREREQUISITE);
		createEAttribute(prerequisiteEClass, PREREQUISITE__INSTRUMENT_ID);
		createEAttribute(prerequisiteEClass, PREREQUISITE__WITHIN_MONTHS);

		missingCodeEClass = createEClass(MISSING_CODE);
		createEAttribute(missingCodeEClass, MISSING_CODE__CODE);
		createEAttribute(missingCodeEClass, MISSING_CODE__LABEL);
		createEAttribute(missingCodeEClass, MISSING_CODE__LABEL_EN);

		choiceSetEClass = createEClass(CHOICE_SET);
		createEAttribute(choiceSetEClass, CHOICE_SET__ID);
		createEAttribute(choiceSetEClass, CHOICE_SET__VALUE_SET);
		createEReference(choiceSetEClass, CHOICE_SET__CHOICES);
		createEReference(choiceSetEClass, CHOICE_SET__BANDS);

		choiceEClass = createEClass(CHOICE);
		createEAttribute(choiceEClass, CHOICE__CODE);
		createEAttribute(choiceEClass, CHOICE__LABEL);
		createEAttribute(choiceEClass, CHOICE__LABEL_EN);

		scaleBandEClass = createEClass(SCALE_BAND);
		createEAttribute(scaleBandEClass, SCALE_BAND__FROM);
		createEAttribute(scaleBandEClass, SCALE_BAND__TO);
		createEAttribute(scaleBandEClass, SCALE_BAND__LABEL);
		createEAttribute(scaleBandEClass, SCALE_BAND__LABEL_EN);

		sectionEClass = createEClass(SECTION);
		createEAttribute(sectionEClass, SECTION__ID);
		createEAttribute(sectionEClass, SECTION__LABEL);
		createEAttribute(sectionEClass, SECTION__LABEL_EN);
		createEAttribute(sectionEClass, SECTION__HELP);
		createEAttribute(sectionEClass, SECTION__VISIBLE_WHEN);
		createEReference(sectionEClass, SECTION__ITEMS);
		createEReference(sectionEClass, SECTION__GROUPS);

		itemGroupEClass = createEClass(ITEM_GROUP);
		createEAttribute(itemGroupEClass, ITEM_GROUP__ID);
		createEAttribute(itemGroupEClass, ITEM_GROUP__KIND);
		createEAttribute(itemGroupEClass, ITEM_GROUP__LABEL);
		createEAttribute(itemGroupEClass, ITEM_GROUP__LABEL_EN);
		createEAttribute(itemGroupEClass, ITEM_GROUP__ROW_LABEL);
		createEAttribute(itemGroupEClass, ITEM_GROUP__ROW_LABEL_EN);
		createEAttribute(itemGroupEClass, ITEM_GROUP__MIN_ROWS);
		createEAttribute(itemGroupEClass, ITEM_GROUP__MAX_ROWS);
		createEAttribute(itemGroupEClass, ITEM_GROUP__CHOICE_SET);

		itemEClass = createEClass(ITEM);
		createEAttribute(itemEClass, ITEM__ID);
		createEAttribute(itemEClass, ITEM__LABEL);
		createEAttribute(itemEClass, ITEM__LABEL_EN);
		createEAttribute(itemEClass, ITEM__HELP);
		createEAttribute(itemEClass, ITEM__TYPE);
		createEAttribute(itemEClass, ITEM__MIN);
		createEAttribute(itemEClass, ITEM__MAX);
		createEAttribute(itemEClass, ITEM__CHOICE_SET);
		createEAttribute(itemEClass, ITEM__REQUIRED);
		createEAttribute(itemEClass, ITEM__MISSING_CODES);
		createEAttribute(itemEClass, ITEM__VISIBLE_WHEN);
		createEAttribute(itemEClass, ITEM__EXPRESSION);
		createEAttribute(itemEClass, ITEM__TIME_FRAME);
		createEAttribute(itemEClass, ITEM__CRITICAL);
		createEAttribute(itemEClass, ITEM__UNIT);
		createEAttribute(itemEClass, ITEM__GROUP);

		scoreDefinitionEClass = createEClass(SCORE_DEFINITION);
		createEAttribute(scoreDefinitionEClass, SCORE_DEFINITION__ID);
		createEAttribute(scoreDefinitionEClass, SCORE_DEFINITION__LABEL);
		createEAttribute(scoreDefinitionEClass, SCORE_DEFINITION__LABEL_EN);
		createEAttribute(scoreDefinitionEClass, SCORE_DEFINITION__COMBINATION);
		createEAttribute(scoreDefinitionEClass, SCORE_DEFINITION__MISSING_RULE);
		createEAttribute(scoreDefinitionEClass, SCORE_DEFINITION__MIN_ANSWERED);
		createEReference(scoreDefinitionEClass, SCORE_DEFINITION__COMPONENTS);
		createEAttribute(scoreDefinitionEClass, SCORE_DEFINITION__MIN);
		createEAttribute(scoreDefinitionEClass, SCORE_DEFINITION__MAX);
		createEAttribute(scoreDefinitionEClass, SCORE_DEFINITION__STEP);
		createEAttribute(scoreDefinitionEClass, SCORE_DEFINITION__DECIMALS);
		createEReference(scoreDefinitionEClass, SCORE_DEFINITION__BANDS);
		createEAttribute(scoreDefinitionEClass, SCORE_DEFINITION__BANDS_OF);

		scoreBandEClass = createEClass(SCORE_BAND);
		createEAttribute(scoreBandEClass, SCORE_BAND__FROM);
		createEAttribute(scoreBandEClass, SCORE_BAND__TO);
		createEAttribute(scoreBandEClass, SCORE_BAND__LABEL);
		createEAttribute(scoreBandEClass, SCORE_BAND__LABEL_EN);
		createEAttribute(scoreBandEClass, SCORE_BAND__LEGAL_SEX);
		createEAttribute(scoreBandEClass, SCORE_BAND__MIN_AGE);
		createEAttribute(scoreBandEClass, SCORE_BAND__MAX_AGE);
		createEAttribute(scoreBandEClass, SCORE_BAND__ZONE);

		scoreComponentEClass = createEClass(SCORE_COMPONENT);
		createEAttribute(scoreComponentEClass, SCORE_COMPONENT__ITEM_ID);
		createEAttribute(scoreComponentEClass, SCORE_COMPONENT__TRANSFORM);
		createEAttribute(scoreComponentEClass, SCORE_COMPONENT__MAX);
		createEAttribute(scoreComponentEClass, SCORE_COMPONENT__WEIGHT);
		createEAttribute(scoreComponentEClass, SCORE_COMPONENT__CODE);
		createEAttribute(scoreComponentEClass, SCORE_COMPONENT__OVER);

		unitOverlayEClass = createEClass(UNIT_OVERLAY);
		createEAttribute(unitOverlayEClass, UNIT_OVERLAY__INSTRUMENT_ID);
		createEAttribute(unitOverlayEClass, UNIT_OVERLAY__UNIT_CODE);
		createEAttribute(unitOverlayEClass, UNIT_OVERLAY__REVISION);
		createEAttribute(unitOverlayEClass, UNIT_OVERLAY__AUTHOR);
		createEAttribute(unitOverlayEClass, UNIT_OVERLAY__CREATED_AT);
		createEAttribute(unitOverlayEClass, UNIT_OVERLAY__COMMENT);
		createEAttribute(unitOverlayEClass, UNIT_OVERLAY__HIDDEN_ITEMS);
		createEReference(unitOverlayEClass, UNIT_OVERLAY__ADDED_ITEMS);
		createEReference(unitOverlayEClass, UNIT_OVERLAY__ADDED_SECTIONS);

		addedItemEClass = createEClass(ADDED_ITEM);
		createEAttribute(addedItemEClass, ADDED_ITEM__SECTION_ID);
		createEAttribute(addedItemEClass, ADDED_ITEM__AFTER_ITEM_ID);
		createEReference(addedItemEClass, ADDED_ITEM__ITEM);

		assessmentEClass = createEClass(ASSESSMENT);
		createEAttribute(assessmentEClass, ASSESSMENT__ID);
		createEAttribute(assessmentEClass, ASSESSMENT__CASE_ID);
		createEAttribute(assessmentEClass, ASSESSMENT__OCCASION_ID);
		createEAttribute(assessmentEClass, ASSESSMENT__INSTRUMENT_ID);
		createEAttribute(assessmentEClass, ASSESSMENT__INSTRUMENT_VERSION);
		createEAttribute(assessmentEClass, ASSESSMENT__INSTRUMENT_NAME);
		createEAttribute(assessmentEClass, ASSESSMENT__RESPONDENT);
		createEAttribute(assessmentEClass, ASSESSMENT__STATUS);
		createEAttribute(assessmentEClass, ASSESSMENT__ASSESSED_ON);
		createEAttribute(assessmentEClass, ASSESSMENT__INTERVIEWER);
		createEAttribute(assessmentEClass, ASSESSMENT__UNIT_CODE);
		createEAttribute(assessmentEClass, ASSESSMENT__OVERLAY_REVISION);
		createEReference(assessmentEClass, ASSESSMENT__ANSWERS);
		createEReference(assessmentEClass, ASSESSMENT__SCORES);
		createEAttribute(assessmentEClass, ASSESSMENT__VERSION);

		answerEClass = createEClass(ANSWER);
		createEAttribute(answerEClass, ANSWER__ITEM_ID);
		createEAttribute(answerEClass, ANSWER__VALUE);
		createEAttribute(answerEClass, ANSWER__MISSING_CODE);

		scoreEClass = createEClass(SCORE);
		createEAttribute(scoreEClass, SCORE__SCORE_ID);
		createEAttribute(scoreEClass, SCORE__LABEL);
		createEAttribute(scoreEClass, SCORE__VALUE);

		// Create enums
		itemTypeEEnum = createEEnum(ITEM_TYPE);
		respondentEEnum = createEEnum(RESPONDENT);
		scheduleAnchorEEnum = createEEnum(SCHEDULE_ANCHOR);
		scoreCombinationEEnum = createEEnum(SCORE_COMBINATION);
		componentTransformEEnum = createEEnum(COMPONENT_TRANSFORM);
		missingScoreRuleEEnum = createEEnum(MISSING_SCORE_RULE);
		assessmentStatusEEnum = createEEnum(ASSESSMENT_STATUS);
		groupKindEEnum = createEEnum(GROUP_KIND);
		rowAggregateEEnum = createEEnum(ROW_AGGREGATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		IsuPackage theIsuPackage = (IsuPackage)EPackage.Registry.INSTANCE.getEPackage(IsuPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(instrumentDefinitionEClass, InstrumentDefinition.class, "InstrumentDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInstrumentDefinition_Id(), ecorePackage.getEString(), "id", null, 1, 1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentDefinition_Version(), ecorePackage.getEString(), "version", null, 1, 1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentDefinition_Name(), ecorePackage.getEString(), "name", null, 1, 1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentDefinition_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentDefinition_Description(), ecorePackage.getEString(), "description", null, 0, 1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentDefinition_Licence(), ecorePackage.getEString(), "licence", null, 0, 1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentDefinition_OwnerUnit(), ecorePackage.getEString(), "ownerUnit", null, 0, 1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentDefinition_Respondents(), this.getRespondent(), "respondents", null, 0, -1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentDefinition_OccasionKinds(), theIsuPackage.getOccasionKind(), "occasionKinds", null, 0, -1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrumentDefinition_Schedule(), this.getScheduleRule(), null, "schedule", null, 0, -1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrumentDefinition_Prerequisite(), this.getPrerequisite(), null, "prerequisite", null, 0, 1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentDefinition_BaselineInstrument(), ecorePackage.getEString(), "baselineInstrument", null, 0, 1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentDefinition_BaselineOccasionKind(), theIsuPackage.getOccasionKind(), "baselineOccasionKind", null, 0, 1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrumentDefinition_MissingCodes(), this.getMissingCode(), null, "missingCodes", null, 0, -1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrumentDefinition_ChoiceSets(), this.getChoiceSet(), null, "choiceSets", null, 0, -1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrumentDefinition_Sections(), this.getSection(), null, "sections", null, 0, -1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrumentDefinition_Scores(), this.getScoreDefinition(), null, "scores", null, 0, -1, InstrumentDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scheduleRuleEClass, ScheduleRule.class, "ScheduleRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScheduleRule_OccasionKind(), theIsuPackage.getOccasionKind(), "occasionKind", null, 1, 1, ScheduleRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduleRule_Anchor(), this.getScheduleAnchor(), "anchor", null, 1, 1, ScheduleRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduleRule_OffsetMonths(), ecorePackage.getEInt(), "offsetMonths", null, 0, 1, ScheduleRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduleRule_OffsetDays(), ecorePackage.getEInt(), "offsetDays", null, 0, 1, ScheduleRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduleRule_ToleranceDays(), ecorePackage.getEInt(), "toleranceDays", null, 0, 1, ScheduleRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduleRule_InterventionTypes(), ecorePackage.getEInt(), "interventionTypes", null, 0, -1, ScheduleRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(prerequisiteEClass, Prerequisite.class, "Prerequisite", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPrerequisite_InstrumentId(), ecorePackage.getEString(), "instrumentId", null, 1, 1, Prerequisite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPrerequisite_WithinMonths(), ecorePackage.getEInt(), "withinMonths", null, 0, 1, Prerequisite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(missingCodeEClass, MissingCode.class, "MissingCode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMissingCode_Code(), ecorePackage.getEString(), "code", null, 1, 1, MissingCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMissingCode_Label(), ecorePackage.getEString(), "label", null, 1, 1, MissingCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMissingCode_LabelEn(), ecorePackage.getEString(), "labelEn", null, 0, 1, MissingCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(choiceSetEClass, ChoiceSet.class, "ChoiceSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChoiceSet_Id(), ecorePackage.getEString(), "id", null, 1, 1, ChoiceSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChoiceSet_ValueSet(), ecorePackage.getEString(), "valueSet", null, 0, 1, ChoiceSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChoiceSet_Choices(), this.getChoice(), null, "choices", null, 0, -1, ChoiceSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChoiceSet_Bands(), this.getScaleBand(), null, "bands", null, 0, -1, ChoiceSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(choiceEClass, Choice.class, "Choice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChoice_Code(), ecorePackage.getEString(), "code", null, 1, 1, Choice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChoice_Label(), ecorePackage.getEString(), "label", null, 1, 1, Choice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChoice_LabelEn(), ecorePackage.getEString(), "labelEn", null, 0, 1, Choice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scaleBandEClass, ScaleBand.class, "ScaleBand", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScaleBand_From(), ecorePackage.getEInt(), "from", null, 1, 1, ScaleBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScaleBand_To(), ecorePackage.getEInt(), "to", null, 1, 1, ScaleBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScaleBand_Label(), ecorePackage.getEString(), "label", null, 1, 1, ScaleBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScaleBand_LabelEn(), ecorePackage.getEString(), "labelEn", null, 0, 1, ScaleBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sectionEClass, Section.class, "Section", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSection_Id(), ecorePackage.getEString(), "id", null, 1, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSection_Label(), ecorePackage.getEString(), "label", null, 1, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSection_LabelEn(), ecorePackage.getEString(), "labelEn", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSection_Help(), ecorePackage.getEString(), "help", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSection_VisibleWhen(), ecorePackage.getEString(), "visibleWhen", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSection_Items(), this.getItem(), null, "items", null, 0, -1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSection_Groups(), this.getItemGroup(), null, "groups", null, 0, -1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(itemGroupEClass, ItemGroup.class, "ItemGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getItemGroup_Id(), ecorePackage.getEString(), "id", null, 1, 1, ItemGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemGroup_Kind(), this.getGroupKind(), "kind", null, 1, 1, ItemGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemGroup_Label(), ecorePackage.getEString(), "label", null, 1, 1, ItemGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemGroup_LabelEn(), ecorePackage.getEString(), "labelEn", null, 0, 1, ItemGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemGroup_RowLabel(), ecorePackage.getEString(), "rowLabel", null, 0, 1, ItemGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemGroup_RowLabelEn(), ecorePackage.getEString(), "rowLabelEn", null, 0, 1, ItemGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemGroup_MinRows(), ecorePackage.getEInt(), "minRows", null, 0, 1, ItemGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemGroup_MaxRows(), ecorePackage.getEInt(), "maxRows", null, 0, 1, ItemGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemGroup_ChoiceSet(), ecorePackage.getEString(), "choiceSet", null, 0, 1, ItemGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(itemEClass, Item.class, "Item", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getItem_Id(), ecorePackage.getEString(), "id", null, 1, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Label(), ecorePackage.getEString(), "label", null, 1, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_LabelEn(), ecorePackage.getEString(), "labelEn", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Help(), ecorePackage.getEString(), "help", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Type(), this.getItemType(), "type", null, 1, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Min(), ecorePackage.getEIntegerObject(), "min", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Max(), ecorePackage.getEIntegerObject(), "max", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_ChoiceSet(), ecorePackage.getEString(), "choiceSet", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Required(), ecorePackage.getEBoolean(), "required", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_MissingCodes(), ecorePackage.getEString(), "missingCodes", null, 0, -1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_VisibleWhen(), ecorePackage.getEString(), "visibleWhen", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Expression(), ecorePackage.getEString(), "expression", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_TimeFrame(), ecorePackage.getEString(), "timeFrame", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Critical(), ecorePackage.getEBoolean(), "critical", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Group(), ecorePackage.getEString(), "group", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scoreDefinitionEClass, ScoreDefinition.class, "ScoreDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScoreDefinition_Id(), ecorePackage.getEString(), "id", null, 1, 1, ScoreDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreDefinition_Label(), ecorePackage.getEString(), "label", null, 1, 1, ScoreDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreDefinition_LabelEn(), ecorePackage.getEString(), "labelEn", null, 0, 1, ScoreDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreDefinition_Combination(), this.getScoreCombination(), "combination", null, 1, 1, ScoreDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreDefinition_MissingRule(), this.getMissingScoreRule(), "missingRule", null, 1, 1, ScoreDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreDefinition_MinAnswered(), ecorePackage.getEInt(), "minAnswered", null, 0, 1, ScoreDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScoreDefinition_Components(), this.getScoreComponent(), null, "components", null, 0, -1, ScoreDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreDefinition_Min(), ecorePackage.getEDoubleObject(), "min", null, 0, 1, ScoreDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreDefinition_Max(), ecorePackage.getEDoubleObject(), "max", null, 0, 1, ScoreDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreDefinition_Step(), ecorePackage.getEDoubleObject(), "step", null, 0, 1, ScoreDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreDefinition_Decimals(), ecorePackage.getEIntegerObject(), "decimals", null, 0, 1, ScoreDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScoreDefinition_Bands(), this.getScoreBand(), null, "bands", null, 0, -1, ScoreDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreDefinition_BandsOf(), ecorePackage.getEString(), "bandsOf", null, 0, 1, ScoreDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scoreBandEClass, ScoreBand.class, "ScoreBand", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScoreBand_From(), ecorePackage.getEDouble(), "from", null, 1, 1, ScoreBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreBand_To(), ecorePackage.getEDouble(), "to", null, 1, 1, ScoreBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreBand_Label(), ecorePackage.getEString(), "label", null, 1, 1, ScoreBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreBand_LabelEn(), ecorePackage.getEString(), "labelEn", null, 0, 1, ScoreBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreBand_LegalSex(), ecorePackage.getEIntegerObject(), "legalSex", null, 0, 1, ScoreBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreBand_MinAge(), ecorePackage.getEIntegerObject(), "minAge", null, 0, 1, ScoreBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreBand_MaxAge(), ecorePackage.getEIntegerObject(), "maxAge", null, 0, 1, ScoreBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreBand_Zone(), ecorePackage.getEIntegerObject(), "zone", null, 0, 1, ScoreBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scoreComponentEClass, ScoreComponent.class, "ScoreComponent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScoreComponent_ItemId(), ecorePackage.getEString(), "itemId", null, 1, 1, ScoreComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreComponent_Transform(), this.getComponentTransform(), "transform", null, 1, 1, ScoreComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreComponent_Max(), ecorePackage.getEDouble(), "max", null, 0, 1, ScoreComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreComponent_Weight(), ecorePackage.getEDouble(), "weight", null, 0, 1, ScoreComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreComponent_Code(), ecorePackage.getEString(), "code", null, 0, 1, ScoreComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreComponent_Over(), this.getRowAggregate(), "over", null, 0, 1, ScoreComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(unitOverlayEClass, UnitOverlay.class, "UnitOverlay", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUnitOverlay_InstrumentId(), ecorePackage.getEString(), "instrumentId", null, 1, 1, UnitOverlay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnitOverlay_UnitCode(), ecorePackage.getEString(), "unitCode", null, 1, 1, UnitOverlay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnitOverlay_Revision(), ecorePackage.getEInt(), "revision", null, 0, 1, UnitOverlay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnitOverlay_Author(), ecorePackage.getEString(), "author", null, 0, 1, UnitOverlay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnitOverlay_CreatedAt(), ecorePackage.getEString(), "createdAt", null, 0, 1, UnitOverlay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnitOverlay_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, UnitOverlay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnitOverlay_HiddenItems(), ecorePackage.getEString(), "hiddenItems", null, 0, -1, UnitOverlay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUnitOverlay_AddedItems(), this.getAddedItem(), null, "addedItems", null, 0, -1, UnitOverlay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUnitOverlay_AddedSections(), this.getSection(), null, "addedSections", null, 0, -1, UnitOverlay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(addedItemEClass, AddedItem.class, "AddedItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAddedItem_SectionId(), ecorePackage.getEString(), "sectionId", null, 1, 1, AddedItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddedItem_AfterItemId(), ecorePackage.getEString(), "afterItemId", null, 0, 1, AddedItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAddedItem_Item(), this.getItem(), null, "item", null, 1, 1, AddedItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentEClass, Assessment.class, "Assessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssessment_Id(), ecorePackage.getELong(), "id", null, 1, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_CaseId(), ecorePackage.getELong(), "caseId", null, 1, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_OccasionId(), ecorePackage.getELongObject(), "occasionId", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_InstrumentId(), ecorePackage.getEString(), "instrumentId", null, 1, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_InstrumentVersion(), ecorePackage.getEString(), "instrumentVersion", null, 1, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_InstrumentName(), ecorePackage.getEString(), "instrumentName", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Respondent(), this.getRespondent(), "respondent", null, 1, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Status(), this.getAssessmentStatus(), "status", null, 1, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_AssessedOn(), theIsuPackage.getLocalDate(), "assessedOn", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Interviewer(), ecorePackage.getEString(), "interviewer", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_UnitCode(), ecorePackage.getEString(), "unitCode", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_OverlayRevision(), ecorePackage.getEIntegerObject(), "overlayRevision", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Answers(), this.getAnswer(), null, "answers", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Scores(), this.getScore(), null, "scores", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Version(), ecorePackage.getELong(), "version", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(answerEClass, Answer.class, "Answer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnswer_ItemId(), ecorePackage.getEString(), "itemId", null, 1, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnswer_Value(), ecorePackage.getEString(), "value", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnswer_MissingCode(), ecorePackage.getEString(), "missingCode", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scoreEClass, Score.class, "Score", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScore_ScoreId(), ecorePackage.getEString(), "scoreId", null, 1, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScore_Label(), ecorePackage.getEString(), "label", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScore_Value(), ecorePackage.getEDoubleObject(), "value", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(itemTypeEEnum, ItemType.class, "ItemType");
		addEEnumLiteral(itemTypeEEnum, ItemType.INTEGER);
		addEEnumLiteral(itemTypeEEnum, ItemType.DAY_COUNT);
		addEEnumLiteral(itemTypeEEnum, ItemType.MONEY);
		addEEnumLiteral(itemTypeEEnum, ItemType.DATE);
		addEEnumLiteral(itemTypeEEnum, ItemType.YES_NO);
		addEEnumLiteral(itemTypeEEnum, ItemType.SINGLE_CHOICE);
		addEEnumLiteral(itemTypeEEnum, ItemType.MULTI_CHOICE);
		addEEnumLiteral(itemTypeEEnum, ItemType.SCALE);
		addEEnumLiteral(itemTypeEEnum, ItemType.TEXT);
		addEEnumLiteral(itemTypeEEnum, ItemType.COMPUTED);
		addEEnumLiteral(itemTypeEEnum, ItemType.DECIMAL);
		addEEnumLiteral(itemTypeEEnum, ItemType.MONTH_YEAR);
		addEEnumLiteral(itemTypeEEnum, ItemType.AGE);

		initEEnum(respondentEEnum, Respondent.class, "Respondent");
		addEEnumLiteral(respondentEEnum, Respondent.CLIENT);
		addEEnumLiteral(respondentEEnum, Respondent.STAFF);
		addEEnumLiteral(respondentEEnum, Respondent.FAMILY);
		addEEnumLiteral(respondentEEnum, Respondent.PROVIDER);

		initEEnum(scheduleAnchorEEnum, ScheduleAnchor.class, "ScheduleAnchor");
		addEEnumLiteral(scheduleAnchorEEnum, ScheduleAnchor.ACTUALISATION);
		addEEnumLiteral(scheduleAnchorEEnum, ScheduleAnchor.DECISION);
		addEEnumLiteral(scheduleAnchorEEnum, ScheduleAnchor.INTERVENTION_START);
		addEEnumLiteral(scheduleAnchorEEnum, ScheduleAnchor.CLOSURE);
		addEEnumLiteral(scheduleAnchorEEnum, ScheduleAnchor.PREVIOUS_ASSESSMENT);
		addEEnumLiteral(scheduleAnchorEEnum, ScheduleAnchor.INTERVENTION_END);

		initEEnum(scoreCombinationEEnum, ScoreCombination.class, "ScoreCombination");
		addEEnumLiteral(scoreCombinationEEnum, ScoreCombination.MEAN);
		addEEnumLiteral(scoreCombinationEEnum, ScoreCombination.ONE_MINUS_MEAN);
		addEEnumLiteral(scoreCombinationEEnum, ScoreCombination.SUM);

		initEEnum(componentTransformEEnum, ComponentTransform.class, "ComponentTransform");
		addEEnumLiteral(componentTransformEEnum, ComponentTransform.SCALED);
		addEEnumLiteral(componentTransformEEnum, ComponentTransform.YES_NO);
		addEEnumLiteral(componentTransformEEnum, ComponentTransform.LOG_MONEY);
		addEEnumLiteral(componentTransformEEnum, ComponentTransform.VALUE);
		addEEnumLiteral(componentTransformEEnum, ComponentTransform.MATCHES);

		initEEnum(missingScoreRuleEEnum, MissingScoreRule.class, "MissingScoreRule");
		addEEnumLiteral(missingScoreRuleEEnum, MissingScoreRule.ANY_MISSING);
		addEEnumLiteral(missingScoreRuleEEnum, MissingScoreRule.PRORATE);

		initEEnum(assessmentStatusEEnum, AssessmentStatus.class, "AssessmentStatus");
		addEEnumLiteral(assessmentStatusEEnum, AssessmentStatus.IN_PROGRESS);
		addEEnumLiteral(assessmentStatusEEnum, AssessmentStatus.COMPLETE);

		initEEnum(groupKindEEnum, GroupKind.class, "GroupKind");
		addEEnumLiteral(groupKindEEnum, GroupKind.REPEATING);
		addEEnumLiteral(groupKindEEnum, GroupKind.GRID);

		initEEnum(rowAggregateEEnum, RowAggregate.class, "RowAggregate");
		addEEnumLiteral(rowAggregateEEnum, RowAggregate.NONE);
		addEEnumLiteral(rowAggregateEEnum, RowAggregate.ROWS);
		addEEnumLiteral(rowAggregateEEnum, RowAggregate.COUNT);
		addEEnumLiteral(rowAggregateEEnum, RowAggregate.SUM);
		addEEnumLiteral(rowAggregateEEnum, RowAggregate.MAX);
		addEEnumLiteral(rowAggregateEEnum, RowAggregate.ANY);

		// Create resource
		createResource(eNS_URI);
	}

} //InstrumentPackageImpl
