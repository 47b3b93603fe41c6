/**
 */
package se.isu.model.instrument.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import se.isu.model.instrument.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class InstrumentFactoryImpl extends EFactoryImpl implements InstrumentFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static InstrumentFactory init() {
		try {
			InstrumentFactory theInstrumentFactory = (InstrumentFactory)EPackage.Registry.INSTANCE.getEFactory(InstrumentPackage.eNS_URI);
			if (theInstrumentFactory != null) {
				return theInstrumentFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new InstrumentFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstrumentFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case InstrumentPackage.INSTRUMENT_DEFINITION: return createInstrumentDefinition();
			case InstrumentPackage.SCHEDULE_RULE: return createScheduleRule();
			case InstrumentPackage.PREREQUISITE: return createPrerequisite();
			case InstrumentPackage.MISSING_CODE: return createMissingCode();
			case InstrumentPackage.CHOICE_SET: return createChoiceSet();
			case InstrumentPackage.CHOICE: return createChoice();
			case InstrumentPackage.SCALE_BAND: return createScaleBand();
			case InstrumentPackage.SECTION: return createSection();
			case InstrumentPackage.ITEM_GROUP: return createItemGroup();
			case InstrumentPackage.ITEM: return createItem();
			case InstrumentPackage.SCORE_DEFINITION: return createScoreDefinition();
			case InstrumentPackage.SCORE_BAND: return createScoreBand();
			case InstrumentPackage.SCORE_COMPONENT: return createScoreComponent();
			case InstrumentPackage.UNIT_OVERLAY: return createUnitOverlay();
			case InstrumentPackage.ADDED_ITEM: return createAddedItem();
			case InstrumentPackage.ASSESSMENT: return createAssessment();
			case InstrumentPackage.ANSWER: return createAnswer();
			case InstrumentPackage.SCORE: return createScore();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case InstrumentPackage.ITEM_TYPE:
				return createItemTypeFromString(eDataType, initialValue);
			case InstrumentPackage.RESPONDENT:
				return createRespondentFromString(eDataType, initialValue);
			case InstrumentPackage.SCHEDULE_ANCHOR:
				return createScheduleAnchorFromString(eDataType, initialValue);
			case InstrumentPackage.SCORE_COMBINATION:
				return createScoreCombinationFromString(eDataType, initialValue);
			case InstrumentPackage.COMPONENT_TRANSFORM:
				return createComponentTransformFromString(eDataType, initialValue);
			case InstrumentPackage.MISSING_SCORE_RULE:
				return createMissingScoreRuleFromString(eDataType, initialValue);
			case InstrumentPackage.ASSESSMENT_STATUS:
				return createAssessmentStatusFromString(eDataType, initialValue);
			case InstrumentPackage.GROUP_KIND:
				return createGroupKindFromString(eDataType, initialValue);
			case InstrumentPackage.ROW_AGGREGATE:
				return createRowAggregateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case InstrumentPackage.ITEM_TYPE:
				return convertItemTypeToString(eDataType, instanceValue);
			case InstrumentPackage.RESPONDENT:
				return convertRespondentToString(eDataType, instanceValue);
			case InstrumentPackage.SCHEDULE_ANCHOR:
				return convertScheduleAnchorToString(eDataType, instanceValue);
			case InstrumentPackage.SCORE_COMBINATION:
				return convertScoreCombinationToString(eDataType, instanceValue);
			case InstrumentPackage.COMPONENT_TRANSFORM:
				return convertComponentTransformToString(eDataType, instanceValue);
			case InstrumentPackage.MISSING_SCORE_RULE:
				return convertMissingScoreRuleToString(eDataType, instanceValue);
			case InstrumentPackage.ASSESSMENT_STATUS:
				return convertAssessmentStatusToString(eDataType, instanceValue);
			case InstrumentPackage.GROUP_KIND:
				return convertGroupKindToString(eDataType, instanceValue);
			case InstrumentPackage.ROW_AGGREGATE:
				return convertRowAggregateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentDefinition createInstrumentDefinition() {
		InstrumentDefinitionImpl instrumentDefinition = new InstrumentDefinitionImpl();
		return instrumentDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduleRule createScheduleRule() {
		ScheduleRuleImpl scheduleRule = new ScheduleRuleImpl();
		return scheduleRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Prerequisite createPrerequisite() {
		PrerequisiteImpl prerequisite = new PrerequisiteImpl();
		return prerequisite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MissingCode createMissingCode() {
		MissingCodeImpl missingCode = new MissingCodeImpl();
		return missingCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChoiceSet createChoiceSet() {
		ChoiceSetImpl choiceSet = new ChoiceSetImpl();
		return choiceSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Choice createChoice() {
		ChoiceImpl choice = new ChoiceImpl();
		return choice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleBand createScaleBand() {
		ScaleBandImpl scaleBand = new ScaleBandImpl();
		return scaleBand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Section createSection() {
		SectionImpl section = new SectionImpl();
		return section;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemGroup createItemGroup() {
		ItemGroupImpl itemGroup = new ItemGroupImpl();
		return itemGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Item createItem() {
		ItemImpl item = new ItemImpl();
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoreDefinition createScoreDefinition() {
		ScoreDefinitionImpl scoreDefinition = new ScoreDefinitionImpl();
		return scoreDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoreBand createScoreBand() {
		ScoreBandImpl scoreBand = new ScoreBandImpl();
		return scoreBand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoreComponent createScoreComponent() {
		ScoreComponentImpl scoreComponent = new ScoreComponentImpl();
		return scoreComponent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnitOverlay createUnitOverlay() {
		UnitOverlayImpl unitOverlay = new UnitOverlayImpl();
		return unitOverlay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AddedItem createAddedItem() {
		AddedItemImpl addedItem = new AddedItemImpl();
		return addedItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment createAssessment() {
		AssessmentImpl assessment = new AssessmentImpl();
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Answer createAnswer() {
		AnswerImpl answer = new AnswerImpl();
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Score createScore() {
		ScoreImpl score = new ScoreImpl();
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemType createItemTypeFromString(EDataType eDataType, String initialValue) {
		ItemType result = ItemType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertItemTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Respondent createRespondentFromString(EDataType eDataType, String initialValue) {
		Respondent result = Respondent.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRespondentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScheduleAnchor createScheduleAnchorFromString(EDataType eDataType, String initialValue) {
		ScheduleAnchor result = ScheduleAnchor.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScheduleAnchorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScoreCombination createScoreCombinationFromString(EDataType eDataType, String initialValue) {
		ScoreCombination result = ScoreCombination.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScoreCombinationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComponentTransform createComponentTransformFromString(EDataType eDataType, String initialValue) {
		ComponentTransform result = ComponentTransform.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComponentTransformToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MissingScoreRule createMissingScoreRuleFromString(EDataType eDataType, String initialValue) {
		MissingScoreRule result = MissingScoreRule.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMissingScoreRuleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssessmentStatus createAssessmentStatusFromString(EDataType eDataType, String initialValue) {
		AssessmentStatus result = AssessmentStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssessmentStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GroupKind createGroupKindFromString(EDataType eDataType, String initialValue) {
		GroupKind result = GroupKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGroupKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RowAggregate createRowAggregateFromString(EDataType eDataType, String initialValue) {
		RowAggregate result = RowAggregate.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRowAggregateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentPackage getInstrumentPackage() {
		return (InstrumentPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static InstrumentPackage getPackage() {
		return InstrumentPackage.eINSTANCE;
	}

} //InstrumentFactoryImpl
