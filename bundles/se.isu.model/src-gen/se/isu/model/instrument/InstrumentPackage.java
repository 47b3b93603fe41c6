/**
 */
package se.isu.model.instrument;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Instrument definitions (sections, typed items, choice sets, missing codes, skip logic, schedules, declarative scores), unit overlays on them, and the assessments answered with them. Answers are data, not schema: no instrument adds a table.
 * <!-- end-model-doc -->
 * @see se.isu.model.instrument.InstrumentFactory
 * @model kind="package"
 * @generated
 */
public interface InstrumentPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "instrument";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://isu.se/model/instrument/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "instr";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	InstrumentPackage eINSTANCE = se.isu.model.instrument.impl.InstrumentPackageImpl.init();

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl <em>Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.InstrumentDefinitionImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getInstrumentDefinition()
	 * @generated
	 */
	int INSTRUMENT_DEFINITION = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__NAME = 2;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__NAME_EN = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__DESCRIPTION = 4;

	/**
	 * The feature id for the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__LICENCE = 5;

	/**
	 * The feature id for the '<em><b>Owner Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__OWNER_UNIT = 6;

	/**
	 * The feature id for the '<em><b>Respondents</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__RESPONDENTS = 7;

	/**
	 * The feature id for the '<em><b>Occasion Kinds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__OCCASION_KINDS = 8;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__SCHEDULE = 9;

	/**
	 * The feature id for the '<em><b>Prerequisite</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__PREREQUISITE = 10;

	/**
	 * The feature id for the '<em><b>Baseline Instrument</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__BASELINE_INSTRUMENT = 11;

	/**
	 * The feature id for the '<em><b>Baseline Occasion Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__BASELINE_OCCASION_KIND = 12;

	/**
	 * The feature id for the '<em><b>Missing Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__MISSING_CODES = 13;

	/**
	 * The feature id for the '<em><b>Choice Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__CHOICE_SETS = 14;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__SECTIONS = 15;

	/**
	 * The feature id for the '<em><b>Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION__SCORES = 16;

	/**
	 * The number of structural features of the '<em>Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION_FEATURE_COUNT = 17;

	/**
	 * The number of operations of the '<em>Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.ScheduleRuleImpl <em>Schedule Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.ScheduleRuleImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScheduleRule()
	 * @generated
	 */
	int SCHEDULE_RULE = 1;

	/**
	 * The feature id for the '<em><b>Occasion Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_RULE__OCCASION_KIND = 0;

	/**
	 * The feature id for the '<em><b>Anchor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_RULE__ANCHOR = 1;

	/**
	 * The feature id for the '<em><b>Offset Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_RULE__OFFSET_MONTHS = 2;

	/**
	 * The feature id for the '<em><b>Offset Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_RULE__OFFSET_DAYS = 3;

	/**
	 * The feature id for the '<em><b>Tolerance Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_RULE__TOLERANCE_DAYS = 4;

	/**
	 * The feature id for the '<em><b>Intervention Types</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_RULE__INTERVENTION_TYPES = 5;

	/**
	 * The number of structural features of the '<em>Schedule Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_RULE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Schedule Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.PrerequisiteImpl <em>Prerequisite</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.PrerequisiteImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getPrerequisite()
	 * @generated
	 */
	int PREREQUISITE = 2;

	/**
	 * The feature id for the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREREQUISITE__INSTRUMENT_ID = 0;

	/**
	 * The feature id for the '<em><b>Within Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREREQUISITE__WITHIN_MONTHS = 1;

	/**
	 * The number of structural features of the '<em>Prerequisite</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREREQUISITE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Prerequisite</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREREQUISITE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.MissingCodeImpl <em>Missing Code</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.MissingCodeImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getMissingCode()
	 * @generated
	 */
	int MISSING_CODE = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSING_CODE__CODE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSING_CODE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSING_CODE__LABEL_EN = 2;

	/**
	 * The number of structural features of the '<em>Missing Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSING_CODE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Missing Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSING_CODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.ChoiceSetImpl <em>Choice Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.ChoiceSetImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getChoiceSet()
	 * @generated
	 */
	int CHOICE_SET = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SET__ID = 0;

	/**
	 * The feature id for the '<em><b>Value Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SET__VALUE_SET = 1;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SET__CHOICES = 2;

	/**
	 * The feature id for the '<em><b>Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SET__BANDS = 3;

	/**
	 * The number of structural features of the '<em>Choice Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SET_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Choice Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.ChoiceImpl <em>Choice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.ChoiceImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getChoice()
	 * @generated
	 */
	int CHOICE = 5;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE__CODE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE__LABEL_EN = 2;

	/**
	 * The number of structural features of the '<em>Choice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Choice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.ScaleBandImpl <em>Scale Band</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.ScaleBandImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScaleBand()
	 * @generated
	 */
	int SCALE_BAND = 6;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_BAND__FROM = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_BAND__TO = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_BAND__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_BAND__LABEL_EN = 3;

	/**
	 * The number of structural features of the '<em>Scale Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_BAND_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Scale Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_BAND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.SectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.SectionImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getSection()
	 * @generated
	 */
	int SECTION = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__LABEL_EN = 2;

	/**
	 * The feature id for the '<em><b>Help</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__HELP = 3;

	/**
	 * The feature id for the '<em><b>Visible When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__VISIBLE_WHEN = 4;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ITEMS = 5;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__GROUPS = 6;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.ItemGroupImpl <em>Item Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.ItemGroupImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getItemGroup()
	 * @generated
	 */
	int ITEM_GROUP = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_GROUP__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_GROUP__KIND = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_GROUP__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_GROUP__LABEL_EN = 3;

	/**
	 * The feature id for the '<em><b>Row Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_GROUP__ROW_LABEL = 4;

	/**
	 * The feature id for the '<em><b>Row Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_GROUP__ROW_LABEL_EN = 5;

	/**
	 * The feature id for the '<em><b>Min Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_GROUP__MIN_ROWS = 6;

	/**
	 * The feature id for the '<em><b>Max Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_GROUP__MAX_ROWS = 7;

	/**
	 * The feature id for the '<em><b>Choice Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_GROUP__CHOICE_SET = 8;

	/**
	 * The number of structural features of the '<em>Item Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_GROUP_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Item Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.ItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.ItemImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getItem()
	 * @generated
	 */
	int ITEM = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__LABEL_EN = 2;

	/**
	 * The feature id for the '<em><b>Help</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__HELP = 3;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__TYPE = 4;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__MIN = 5;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__MAX = 6;

	/**
	 * The feature id for the '<em><b>Choice Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__CHOICE_SET = 7;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__REQUIRED = 8;

	/**
	 * The feature id for the '<em><b>Missing Codes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__MISSING_CODES = 9;

	/**
	 * The feature id for the '<em><b>Visible When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__VISIBLE_WHEN = 10;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__EXPRESSION = 11;

	/**
	 * The feature id for the '<em><b>Time Frame</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__TIME_FRAME = 12;

	/**
	 * The feature id for the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__CRITICAL = 13;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__UNIT = 14;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__GROUP = 15;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.ScoreDefinitionImpl <em>Score Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.ScoreDefinitionImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScoreDefinition()
	 * @generated
	 */
	int SCORE_DEFINITION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_DEFINITION__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_DEFINITION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_DEFINITION__LABEL_EN = 2;

	/**
	 * The feature id for the '<em><b>Combination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_DEFINITION__COMBINATION = 3;

	/**
	 * The feature id for the '<em><b>Missing Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_DEFINITION__MISSING_RULE = 4;

	/**
	 * The feature id for the '<em><b>Min Answered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_DEFINITION__MIN_ANSWERED = 5;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_DEFINITION__COMPONENTS = 6;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_DEFINITION__MIN = 7;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_DEFINITION__MAX = 8;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_DEFINITION__STEP = 9;

	/**
	 * The feature id for the '<em><b>Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_DEFINITION__DECIMALS = 10;

	/**
	 * The feature id for the '<em><b>Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_DEFINITION__BANDS = 11;

	/**
	 * The feature id for the '<em><b>Bands Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_DEFINITION__BANDS_OF = 12;

	/**
	 * The number of structural features of the '<em>Score Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_DEFINITION_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Score Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.ScoreBandImpl <em>Score Band</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.ScoreBandImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScoreBand()
	 * @generated
	 */
	int SCORE_BAND = 11;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND__FROM = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND__TO = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND__LABEL_EN = 3;

	/**
	 * The feature id for the '<em><b>Legal Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND__LEGAL_SEX = 4;

	/**
	 * The feature id for the '<em><b>Min Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND__MIN_AGE = 5;

	/**
	 * The feature id for the '<em><b>Max Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND__MAX_AGE = 6;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND__ZONE = 7;

	/**
	 * The number of structural features of the '<em>Score Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Score Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.ScoreComponentImpl <em>Score Component</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.ScoreComponentImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScoreComponent()
	 * @generated
	 */
	int SCORE_COMPONENT = 12;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_COMPONENT__ITEM_ID = 0;

	/**
	 * The feature id for the '<em><b>Transform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_COMPONENT__TRANSFORM = 1;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_COMPONENT__MAX = 2;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_COMPONENT__WEIGHT = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_COMPONENT__CODE = 4;

	/**
	 * The feature id for the '<em><b>Over</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_COMPONENT__OVER = 5;

	/**
	 * The number of structural features of the '<em>Score Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_COMPONENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Score Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_COMPONENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.UnitOverlayImpl <em>Unit Overlay</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.UnitOverlayImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getUnitOverlay()
	 * @generated
	 */
	int UNIT_OVERLAY = 13;

	/**
	 * The feature id for the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OVERLAY__INSTRUMENT_ID = 0;

	/**
	 * The feature id for the '<em><b>Unit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OVERLAY__UNIT_CODE = 1;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OVERLAY__REVISION = 2;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OVERLAY__AUTHOR = 3;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OVERLAY__CREATED_AT = 4;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OVERLAY__COMMENT = 5;

	/**
	 * The feature id for the '<em><b>Hidden Items</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OVERLAY__HIDDEN_ITEMS = 6;

	/**
	 * The feature id for the '<em><b>Added Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OVERLAY__ADDED_ITEMS = 7;

	/**
	 * The feature id for the '<em><b>Added Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OVERLAY__ADDED_SECTIONS = 8;

	/**
	 * The number of structural features of the '<em>Unit Overlay</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OVERLAY_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Unit Overlay</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OVERLAY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.AddedItemImpl <em>Added Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.AddedItemImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getAddedItem()
	 * @generated
	 */
	int ADDED_ITEM = 14;

	/**
	 * The feature id for the '<em><b>Section Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDED_ITEM__SECTION_ID = 0;

	/**
	 * The feature id for the '<em><b>After Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDED_ITEM__AFTER_ITEM_ID = 1;

	/**
	 * The feature id for the '<em><b>Item</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDED_ITEM__ITEM = 2;

	/**
	 * The number of structural features of the '<em>Added Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDED_ITEM_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Added Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDED_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.AssessmentImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Case Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CASE_ID = 1;

	/**
	 * The feature id for the '<em><b>Occasion Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__OCCASION_ID = 2;

	/**
	 * The feature id for the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__INSTRUMENT_ID = 3;

	/**
	 * The feature id for the '<em><b>Instrument Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__INSTRUMENT_VERSION = 4;

	/**
	 * The feature id for the '<em><b>Instrument Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__INSTRUMENT_NAME = 5;

	/**
	 * The feature id for the '<em><b>Respondent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__RESPONDENT = 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__STATUS = 7;

	/**
	 * The feature id for the '<em><b>Assessed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ASSESSED_ON = 8;

	/**
	 * The feature id for the '<em><b>Interviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__INTERVIEWER = 9;

	/**
	 * The feature id for the '<em><b>Unit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__UNIT_CODE = 10;

	/**
	 * The feature id for the '<em><b>Overlay Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__OVERLAY_REVISION = 11;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ANSWERS = 12;

	/**
	 * The feature id for the '<em><b>Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SCORES = 13;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__VERSION = 14;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.AnswerImpl <em>Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.AnswerImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getAnswer()
	 * @generated
	 */
	int ANSWER = 16;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__ITEM_ID = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Missing Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__MISSING_CODE = 2;

	/**
	 * The number of structural features of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.impl.ScoreImpl <em>Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.impl.ScoreImpl
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScore()
	 * @generated
	 */
	int SCORE = 17;

	/**
	 * The feature id for the '<em><b>Score Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__SCORE_ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__VALUE = 2;

	/**
	 * The number of structural features of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.ItemType <em>Item Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.ItemType
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getItemType()
	 * @generated
	 */
	int ITEM_TYPE = 18;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.Respondent <em>Respondent</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.Respondent
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getRespondent()
	 * @generated
	 */
	int RESPONDENT = 19;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.ScheduleAnchor <em>Schedule Anchor</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.ScheduleAnchor
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScheduleAnchor()
	 * @generated
	 */
	int SCHEDULE_ANCHOR = 20;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.ScoreCombination <em>Score Combination</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.ScoreCombination
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScoreCombination()
	 * @generated
	 */
	int SCORE_COMBINATION = 21;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.ComponentTransform <em>Component Transform</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.ComponentTransform
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getComponentTransform()
	 * @generated
	 */
	int COMPONENT_TRANSFORM = 22;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.MissingScoreRule <em>Missing Score Rule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.MissingScoreRule
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getMissingScoreRule()
	 * @generated
	 */
	int MISSING_SCORE_RULE = 23;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.AssessmentStatus <em>Assessment Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.AssessmentStatus
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getAssessmentStatus()
	 * @generated
	 */
	int ASSESSMENT_STATUS = 24;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.GroupKind <em>Group Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.GroupKind
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getGroupKind()
	 * @generated
	 */
	int GROUP_KIND = 25;

	/**
	 * The meta object id for the '{@link se.isu.model.instrument.RowAggregate <em>Row Aggregate</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.instrument.RowAggregate
	 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getRowAggregate()
	 * @generated
	 */
	int ROW_AGGREGATE = 26;


	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.InstrumentDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Definition</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition
	 * @generated
	 */
	EClass getInstrumentDefinition();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.InstrumentDefinition#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getId()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EAttribute getInstrumentDefinition_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.InstrumentDefinition#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getVersion()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EAttribute getInstrumentDefinition_Version();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.InstrumentDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getName()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EAttribute getInstrumentDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.InstrumentDefinition#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getNameEn()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EAttribute getInstrumentDefinition_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.InstrumentDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getDescription()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EAttribute getInstrumentDefinition_Description();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.InstrumentDefinition#getLicence <em>Licence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licence</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getLicence()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EAttribute getInstrumentDefinition_Licence();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.InstrumentDefinition#getOwnerUnit <em>Owner Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Unit</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getOwnerUnit()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EAttribute getInstrumentDefinition_OwnerUnit();

	/**
	 * Returns the meta object for the attribute list '{@link se.isu.model.instrument.InstrumentDefinition#getRespondents <em>Respondents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Respondents</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getRespondents()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EAttribute getInstrumentDefinition_Respondents();

	/**
	 * Returns the meta object for the attribute list '{@link se.isu.model.instrument.InstrumentDefinition#getOccasionKinds <em>Occasion Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Occasion Kinds</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getOccasionKinds()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EAttribute getInstrumentDefinition_OccasionKinds();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.instrument.InstrumentDefinition#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Schedule</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getSchedule()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EReference getInstrumentDefinition_Schedule();

	/**
	 * Returns the meta object for the containment reference '{@link se.isu.model.instrument.InstrumentDefinition#getPrerequisite <em>Prerequisite</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Prerequisite</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getPrerequisite()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EReference getInstrumentDefinition_Prerequisite();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.InstrumentDefinition#getBaselineInstrument <em>Baseline Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Instrument</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getBaselineInstrument()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EAttribute getInstrumentDefinition_BaselineInstrument();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.InstrumentDefinition#getBaselineOccasionKind <em>Baseline Occasion Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Occasion Kind</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getBaselineOccasionKind()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EAttribute getInstrumentDefinition_BaselineOccasionKind();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.instrument.InstrumentDefinition#getMissingCodes <em>Missing Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Missing Codes</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getMissingCodes()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EReference getInstrumentDefinition_MissingCodes();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.instrument.InstrumentDefinition#getChoiceSets <em>Choice Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Choice Sets</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getChoiceSets()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EReference getInstrumentDefinition_ChoiceSets();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.instrument.InstrumentDefinition#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getSections()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EReference getInstrumentDefinition_Sections();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.instrument.InstrumentDefinition#getScores <em>Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scores</em>'.
	 * @see se.isu.model.instrument.InstrumentDefinition#getScores()
	 * @see #getInstrumentDefinition()
	 * @generated
	 */
	EReference getInstrumentDefinition_Scores();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.ScheduleRule <em>Schedule Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Schedule Rule</em>'.
	 * @see se.isu.model.instrument.ScheduleRule
	 * @generated
	 */
	EClass getScheduleRule();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScheduleRule#getOccasionKind <em>Occasion Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occasion Kind</em>'.
	 * @see se.isu.model.instrument.ScheduleRule#getOccasionKind()
	 * @see #getScheduleRule()
	 * @generated
	 */
	EAttribute getScheduleRule_OccasionKind();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScheduleRule#getAnchor <em>Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anchor</em>'.
	 * @see se.isu.model.instrument.ScheduleRule#getAnchor()
	 * @see #getScheduleRule()
	 * @generated
	 */
	EAttribute getScheduleRule_Anchor();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScheduleRule#getOffsetMonths <em>Offset Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset Months</em>'.
	 * @see se.isu.model.instrument.ScheduleRule#getOffsetMonths()
	 * @see #getScheduleRule()
	 * @generated
	 */
	EAttribute getScheduleRule_OffsetMonths();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScheduleRule#getOffsetDays <em>Offset Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset Days</em>'.
	 * @see se.isu.model.instrument.ScheduleRule#getOffsetDays()
	 * @see #getScheduleRule()
	 * @generated
	 */
	EAttribute getScheduleRule_OffsetDays();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScheduleRule#getToleranceDays <em>Tolerance Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tolerance Days</em>'.
	 * @see se.isu.model.instrument.ScheduleRule#getToleranceDays()
	 * @see #getScheduleRule()
	 * @generated
	 */
	EAttribute getScheduleRule_ToleranceDays();

	/**
	 * Returns the meta object for the attribute list '{@link se.isu.model.instrument.ScheduleRule#getInterventionTypes <em>Intervention Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Intervention Types</em>'.
	 * @see se.isu.model.instrument.ScheduleRule#getInterventionTypes()
	 * @see #getScheduleRule()
	 * @generated
	 */
	EAttribute getScheduleRule_InterventionTypes();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.Prerequisite <em>Prerequisite</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prerequisite</em>'.
	 * @see se.isu.model.instrument.Prerequisite
	 * @generated
	 */
	EClass getPrerequisite();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Prerequisite#getInstrumentId <em>Instrument Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument Id</em>'.
	 * @see se.isu.model.instrument.Prerequisite#getInstrumentId()
	 * @see #getPrerequisite()
	 * @generated
	 */
	EAttribute getPrerequisite_InstrumentId();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Prerequisite#getWithinMonths <em>Within Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Within Months</em>'.
	 * @see se.isu.model.instrument.Prerequisite#getWithinMonths()
	 * @see #getPrerequisite()
	 * @generated
	 */
	EAttribute getPrerequisite_WithinMonths();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.MissingCode <em>Missing Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Missing Code</em>'.
	 * @see se.isu.model.instrument.MissingCode
	 * @generated
	 */
	EClass getMissingCode();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.MissingCode#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see se.isu.model.instrument.MissingCode#getCode()
	 * @see #getMissingCode()
	 * @generated
	 */
	EAttribute getMissingCode_Code();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.MissingCode#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.isu.model.instrument.MissingCode#getLabel()
	 * @see #getMissingCode()
	 * @generated
	 */
	EAttribute getMissingCode_Label();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.MissingCode#getLabelEn <em>Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label En</em>'.
	 * @see se.isu.model.instrument.MissingCode#getLabelEn()
	 * @see #getMissingCode()
	 * @generated
	 */
	EAttribute getMissingCode_LabelEn();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.ChoiceSet <em>Choice Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Choice Set</em>'.
	 * @see se.isu.model.instrument.ChoiceSet
	 * @generated
	 */
	EClass getChoiceSet();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ChoiceSet#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.instrument.ChoiceSet#getId()
	 * @see #getChoiceSet()
	 * @generated
	 */
	EAttribute getChoiceSet_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ChoiceSet#getValueSet <em>Value Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Set</em>'.
	 * @see se.isu.model.instrument.ChoiceSet#getValueSet()
	 * @see #getChoiceSet()
	 * @generated
	 */
	EAttribute getChoiceSet_ValueSet();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.instrument.ChoiceSet#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Choices</em>'.
	 * @see se.isu.model.instrument.ChoiceSet#getChoices()
	 * @see #getChoiceSet()
	 * @generated
	 */
	EReference getChoiceSet_Choices();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.instrument.ChoiceSet#getBands <em>Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bands</em>'.
	 * @see se.isu.model.instrument.ChoiceSet#getBands()
	 * @see #getChoiceSet()
	 * @generated
	 */
	EReference getChoiceSet_Bands();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.Choice <em>Choice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Choice</em>'.
	 * @see se.isu.model.instrument.Choice
	 * @generated
	 */
	EClass getChoice();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Choice#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see se.isu.model.instrument.Choice#getCode()
	 * @see #getChoice()
	 * @generated
	 */
	EAttribute getChoice_Code();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Choice#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.isu.model.instrument.Choice#getLabel()
	 * @see #getChoice()
	 * @generated
	 */
	EAttribute getChoice_Label();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Choice#getLabelEn <em>Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label En</em>'.
	 * @see se.isu.model.instrument.Choice#getLabelEn()
	 * @see #getChoice()
	 * @generated
	 */
	EAttribute getChoice_LabelEn();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.ScaleBand <em>Scale Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale Band</em>'.
	 * @see se.isu.model.instrument.ScaleBand
	 * @generated
	 */
	EClass getScaleBand();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScaleBand#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see se.isu.model.instrument.ScaleBand#getFrom()
	 * @see #getScaleBand()
	 * @generated
	 */
	EAttribute getScaleBand_From();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScaleBand#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see se.isu.model.instrument.ScaleBand#getTo()
	 * @see #getScaleBand()
	 * @generated
	 */
	EAttribute getScaleBand_To();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScaleBand#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.isu.model.instrument.ScaleBand#getLabel()
	 * @see #getScaleBand()
	 * @generated
	 */
	EAttribute getScaleBand_Label();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScaleBand#getLabelEn <em>Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label En</em>'.
	 * @see se.isu.model.instrument.ScaleBand#getLabelEn()
	 * @see #getScaleBand()
	 * @generated
	 */
	EAttribute getScaleBand_LabelEn();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see se.isu.model.instrument.Section
	 * @generated
	 */
	EClass getSection();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Section#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.instrument.Section#getId()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Section#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.isu.model.instrument.Section#getLabel()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Label();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Section#getLabelEn <em>Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label En</em>'.
	 * @see se.isu.model.instrument.Section#getLabelEn()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_LabelEn();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Section#getHelp <em>Help</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Help</em>'.
	 * @see se.isu.model.instrument.Section#getHelp()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Help();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Section#getVisibleWhen <em>Visible When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visible When</em>'.
	 * @see se.isu.model.instrument.Section#getVisibleWhen()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_VisibleWhen();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.instrument.Section#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see se.isu.model.instrument.Section#getItems()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Items();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.instrument.Section#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see se.isu.model.instrument.Section#getGroups()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Groups();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.ItemGroup <em>Item Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item Group</em>'.
	 * @see se.isu.model.instrument.ItemGroup
	 * @generated
	 */
	EClass getItemGroup();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ItemGroup#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.instrument.ItemGroup#getId()
	 * @see #getItemGroup()
	 * @generated
	 */
	EAttribute getItemGroup_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ItemGroup#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see se.isu.model.instrument.ItemGroup#getKind()
	 * @see #getItemGroup()
	 * @generated
	 */
	EAttribute getItemGroup_Kind();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ItemGroup#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.isu.model.instrument.ItemGroup#getLabel()
	 * @see #getItemGroup()
	 * @generated
	 */
	EAttribute getItemGroup_Label();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ItemGroup#getLabelEn <em>Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label En</em>'.
	 * @see se.isu.model.instrument.ItemGroup#getLabelEn()
	 * @see #getItemGroup()
	 * @generated
	 */
	EAttribute getItemGroup_LabelEn();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ItemGroup#getRowLabel <em>Row Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row Label</em>'.
	 * @see se.isu.model.instrument.ItemGroup#getRowLabel()
	 * @see #getItemGroup()
	 * @generated
	 */
	EAttribute getItemGroup_RowLabel();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ItemGroup#getRowLabelEn <em>Row Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row Label En</em>'.
	 * @see se.isu.model.instrument.ItemGroup#getRowLabelEn()
	 * @see #getItemGroup()
	 * @generated
	 */
	EAttribute getItemGroup_RowLabelEn();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ItemGroup#getMinRows <em>Min Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Rows</em>'.
	 * @see se.isu.model.instrument.ItemGroup#getMinRows()
	 * @see #getItemGroup()
	 * @generated
	 */
	EAttribute getItemGroup_MinRows();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ItemGroup#getMaxRows <em>Max Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Rows</em>'.
	 * @see se.isu.model.instrument.ItemGroup#getMaxRows()
	 * @see #getItemGroup()
	 * @generated
	 */
	EAttribute getItemGroup_MaxRows();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ItemGroup#getChoiceSet <em>Choice Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Choice Set</em>'.
	 * @see se.isu.model.instrument.ItemGroup#getChoiceSet()
	 * @see #getItemGroup()
	 * @generated
	 */
	EAttribute getItemGroup_ChoiceSet();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.Item <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see se.isu.model.instrument.Item
	 * @generated
	 */
	EClass getItem();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Item#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.instrument.Item#getId()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Item#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.isu.model.instrument.Item#getLabel()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Label();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Item#getLabelEn <em>Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label En</em>'.
	 * @see se.isu.model.instrument.Item#getLabelEn()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_LabelEn();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Item#getHelp <em>Help</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Help</em>'.
	 * @see se.isu.model.instrument.Item#getHelp()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Help();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Item#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see se.isu.model.instrument.Item#getType()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Type();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Item#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see se.isu.model.instrument.Item#getMin()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Min();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Item#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see se.isu.model.instrument.Item#getMax()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Max();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Item#getChoiceSet <em>Choice Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Choice Set</em>'.
	 * @see se.isu.model.instrument.Item#getChoiceSet()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_ChoiceSet();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Item#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see se.isu.model.instrument.Item#isRequired()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Required();

	/**
	 * Returns the meta object for the attribute list '{@link se.isu.model.instrument.Item#getMissingCodes <em>Missing Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Missing Codes</em>'.
	 * @see se.isu.model.instrument.Item#getMissingCodes()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_MissingCodes();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Item#getVisibleWhen <em>Visible When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visible When</em>'.
	 * @see se.isu.model.instrument.Item#getVisibleWhen()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_VisibleWhen();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Item#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see se.isu.model.instrument.Item#getExpression()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Expression();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Item#getTimeFrame <em>Time Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Frame</em>'.
	 * @see se.isu.model.instrument.Item#getTimeFrame()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_TimeFrame();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Item#isCritical <em>Critical</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Critical</em>'.
	 * @see se.isu.model.instrument.Item#isCritical()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Critical();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Item#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see se.isu.model.instrument.Item#getUnit()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Unit();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Item#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see se.isu.model.instrument.Item#getGroup()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Group();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.ScoreDefinition <em>Score Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score Definition</em>'.
	 * @see se.isu.model.instrument.ScoreDefinition
	 * @generated
	 */
	EClass getScoreDefinition();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreDefinition#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.instrument.ScoreDefinition#getId()
	 * @see #getScoreDefinition()
	 * @generated
	 */
	EAttribute getScoreDefinition_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreDefinition#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.isu.model.instrument.ScoreDefinition#getLabel()
	 * @see #getScoreDefinition()
	 * @generated
	 */
	EAttribute getScoreDefinition_Label();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreDefinition#getLabelEn <em>Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label En</em>'.
	 * @see se.isu.model.instrument.ScoreDefinition#getLabelEn()
	 * @see #getScoreDefinition()
	 * @generated
	 */
	EAttribute getScoreDefinition_LabelEn();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreDefinition#getCombination <em>Combination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Combination</em>'.
	 * @see se.isu.model.instrument.ScoreDefinition#getCombination()
	 * @see #getScoreDefinition()
	 * @generated
	 */
	EAttribute getScoreDefinition_Combination();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreDefinition#getMissingRule <em>Missing Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing Rule</em>'.
	 * @see se.isu.model.instrument.ScoreDefinition#getMissingRule()
	 * @see #getScoreDefinition()
	 * @generated
	 */
	EAttribute getScoreDefinition_MissingRule();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreDefinition#getMinAnswered <em>Min Answered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Answered</em>'.
	 * @see se.isu.model.instrument.ScoreDefinition#getMinAnswered()
	 * @see #getScoreDefinition()
	 * @generated
	 */
	EAttribute getScoreDefinition_MinAnswered();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.instrument.ScoreDefinition#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see se.isu.model.instrument.ScoreDefinition#getComponents()
	 * @see #getScoreDefinition()
	 * @generated
	 */
	EReference getScoreDefinition_Components();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreDefinition#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see se.isu.model.instrument.ScoreDefinition#getMin()
	 * @see #getScoreDefinition()
	 * @generated
	 */
	EAttribute getScoreDefinition_Min();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreDefinition#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see se.isu.model.instrument.ScoreDefinition#getMax()
	 * @see #getScoreDefinition()
	 * @generated
	 */
	EAttribute getScoreDefinition_Max();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreDefinition#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see se.isu.model.instrument.ScoreDefinition#getStep()
	 * @see #getScoreDefinition()
	 * @generated
	 */
	EAttribute getScoreDefinition_Step();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreDefinition#getDecimals <em>Decimals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decimals</em>'.
	 * @see se.isu.model.instrument.ScoreDefinition#getDecimals()
	 * @see #getScoreDefinition()
	 * @generated
	 */
	EAttribute getScoreDefinition_Decimals();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.instrument.ScoreDefinition#getBands <em>Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bands</em>'.
	 * @see se.isu.model.instrument.ScoreDefinition#getBands()
	 * @see #getScoreDefinition()
	 * @generated
	 */
	EReference getScoreDefinition_Bands();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreDefinition#getBandsOf <em>Bands Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bands Of</em>'.
	 * @see se.isu.model.instrument.ScoreDefinition#getBandsOf()
	 * @see #getScoreDefinition()
	 * @generated
	 */
	EAttribute getScoreDefinition_BandsOf();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.ScoreBand <em>Score Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score Band</em>'.
	 * @see se.isu.model.instrument.ScoreBand
	 * @generated
	 */
	EClass getScoreBand();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreBand#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see se.isu.model.instrument.ScoreBand#getFrom()
	 * @see #getScoreBand()
	 * @generated
	 */
	EAttribute getScoreBand_From();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreBand#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see se.isu.model.instrument.ScoreBand#getTo()
	 * @see #getScoreBand()
	 * @generated
	 */
	EAttribute getScoreBand_To();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreBand#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.isu.model.instrument.ScoreBand#getLabel()
	 * @see #getScoreBand()
	 * @generated
	 */
	EAttribute getScoreBand_Label();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreBand#getLabelEn <em>Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label En</em>'.
	 * @see se.isu.model.instrument.ScoreBand#getLabelEn()
	 * @see #getScoreBand()
	 * @generated
	 */
	EAttribute getScoreBand_LabelEn();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreBand#getLegalSex <em>Legal Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Sex</em>'.
	 * @see se.isu.model.instrument.ScoreBand#getLegalSex()
	 * @see #getScoreBand()
	 * @generated
	 */
	EAttribute getScoreBand_LegalSex();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreBand#getMinAge <em>Min Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Age</em>'.
	 * @see se.isu.model.instrument.ScoreBand#getMinAge()
	 * @see #getScoreBand()
	 * @generated
	 */
	EAttribute getScoreBand_MinAge();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreBand#getMaxAge <em>Max Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Age</em>'.
	 * @see se.isu.model.instrument.ScoreBand#getMaxAge()
	 * @see #getScoreBand()
	 * @generated
	 */
	EAttribute getScoreBand_MaxAge();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreBand#getZone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zone</em>'.
	 * @see se.isu.model.instrument.ScoreBand#getZone()
	 * @see #getScoreBand()
	 * @generated
	 */
	EAttribute getScoreBand_Zone();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.ScoreComponent <em>Score Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score Component</em>'.
	 * @see se.isu.model.instrument.ScoreComponent
	 * @generated
	 */
	EClass getScoreComponent();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreComponent#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see se.isu.model.instrument.ScoreComponent#getItemId()
	 * @see #getScoreComponent()
	 * @generated
	 */
	EAttribute getScoreComponent_ItemId();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreComponent#getTransform <em>Transform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transform</em>'.
	 * @see se.isu.model.instrument.ScoreComponent#getTransform()
	 * @see #getScoreComponent()
	 * @generated
	 */
	EAttribute getScoreComponent_Transform();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreComponent#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see se.isu.model.instrument.ScoreComponent#getMax()
	 * @see #getScoreComponent()
	 * @generated
	 */
	EAttribute getScoreComponent_Max();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreComponent#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see se.isu.model.instrument.ScoreComponent#getWeight()
	 * @see #getScoreComponent()
	 * @generated
	 */
	EAttribute getScoreComponent_Weight();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreComponent#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see se.isu.model.instrument.ScoreComponent#getCode()
	 * @see #getScoreComponent()
	 * @generated
	 */
	EAttribute getScoreComponent_Code();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.ScoreComponent#getOver <em>Over</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Over</em>'.
	 * @see se.isu.model.instrument.ScoreComponent#getOver()
	 * @see #getScoreComponent()
	 * @generated
	 */
	EAttribute getScoreComponent_Over();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.UnitOverlay <em>Unit Overlay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unit Overlay</em>'.
	 * @see se.isu.model.instrument.UnitOverlay
	 * @generated
	 */
	EClass getUnitOverlay();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.UnitOverlay#getInstrumentId <em>Instrument Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument Id</em>'.
	 * @see se.isu.model.instrument.UnitOverlay#getInstrumentId()
	 * @see #getUnitOverlay()
	 * @generated
	 */
	EAttribute getUnitOverlay_InstrumentId();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.UnitOverlay#getUnitCode <em>Unit Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Code</em>'.
	 * @see se.isu.model.instrument.UnitOverlay#getUnitCode()
	 * @see #getUnitOverlay()
	 * @generated
	 */
	EAttribute getUnitOverlay_UnitCode();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.UnitOverlay#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see se.isu.model.instrument.UnitOverlay#getRevision()
	 * @see #getUnitOverlay()
	 * @generated
	 */
	EAttribute getUnitOverlay_Revision();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.UnitOverlay#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see se.isu.model.instrument.UnitOverlay#getAuthor()
	 * @see #getUnitOverlay()
	 * @generated
	 */
	EAttribute getUnitOverlay_Author();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.UnitOverlay#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see se.isu.model.instrument.UnitOverlay#getCreatedAt()
	 * @see #getUnitOverlay()
	 * @generated
	 */
	EAttribute getUnitOverlay_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.UnitOverlay#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see se.isu.model.instrument.UnitOverlay#getComment()
	 * @see #getUnitOverlay()
	 * @generated
	 */
	EAttribute getUnitOverlay_Comment();

	/**
	 * Returns the meta object for the attribute list '{@link se.isu.model.instrument.UnitOverlay#getHiddenItems <em>Hidden Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hidden Items</em>'.
	 * @see se.isu.model.instrument.UnitOverlay#getHiddenItems()
	 * @see #getUnitOverlay()
	 * @generated
	 */
	EAttribute getUnitOverlay_HiddenItems();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.instrument.UnitOverlay#getAddedItems <em>Added Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Added Items</em>'.
	 * @see se.isu.model.instrument.UnitOverlay#getAddedItems()
	 * @see #getUnitOverlay()
	 * @generated
	 */
	EReference getUnitOverlay_AddedItems();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.instrument.UnitOverlay#getAddedSections <em>Added Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Added Sections</em>'.
	 * @see se.isu.model.instrument.UnitOverlay#getAddedSections()
	 * @see #getUnitOverlay()
	 * @generated
	 */
	EReference getUnitOverlay_AddedSections();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.AddedItem <em>Added Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Added Item</em>'.
	 * @see se.isu.model.instrument.AddedItem
	 * @generated
	 */
	EClass getAddedItem();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.AddedItem#getSectionId <em>Section Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Id</em>'.
	 * @see se.isu.model.instrument.AddedItem#getSectionId()
	 * @see #getAddedItem()
	 * @generated
	 */
	EAttribute getAddedItem_SectionId();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.AddedItem#getAfterItemId <em>After Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After Item Id</em>'.
	 * @see se.isu.model.instrument.AddedItem#getAfterItemId()
	 * @see #getAddedItem()
	 * @generated
	 */
	EAttribute getAddedItem_AfterItemId();

	/**
	 * Returns the meta object for the containment reference '{@link se.isu.model.instrument.AddedItem#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Item</em>'.
	 * @see se.isu.model.instrument.AddedItem#getItem()
	 * @see #getAddedItem()
	 * @generated
	 */
	EReference getAddedItem_Item();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see se.isu.model.instrument.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Assessment#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.instrument.Assessment#getId()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Assessment#getCaseId <em>Case Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Id</em>'.
	 * @see se.isu.model.instrument.Assessment#getCaseId()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_CaseId();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Assessment#getOccasionId <em>Occasion Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occasion Id</em>'.
	 * @see se.isu.model.instrument.Assessment#getOccasionId()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_OccasionId();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Assessment#getInstrumentId <em>Instrument Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument Id</em>'.
	 * @see se.isu.model.instrument.Assessment#getInstrumentId()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_InstrumentId();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Assessment#getInstrumentVersion <em>Instrument Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument Version</em>'.
	 * @see se.isu.model.instrument.Assessment#getInstrumentVersion()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_InstrumentVersion();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Assessment#getInstrumentName <em>Instrument Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument Name</em>'.
	 * @see se.isu.model.instrument.Assessment#getInstrumentName()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_InstrumentName();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Assessment#getRespondent <em>Respondent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Respondent</em>'.
	 * @see se.isu.model.instrument.Assessment#getRespondent()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Respondent();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Assessment#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see se.isu.model.instrument.Assessment#getStatus()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Status();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Assessment#getAssessedOn <em>Assessed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessed On</em>'.
	 * @see se.isu.model.instrument.Assessment#getAssessedOn()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_AssessedOn();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Assessment#getInterviewer <em>Interviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interviewer</em>'.
	 * @see se.isu.model.instrument.Assessment#getInterviewer()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Interviewer();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Assessment#getUnitCode <em>Unit Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Code</em>'.
	 * @see se.isu.model.instrument.Assessment#getUnitCode()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_UnitCode();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Assessment#getOverlayRevision <em>Overlay Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overlay Revision</em>'.
	 * @see se.isu.model.instrument.Assessment#getOverlayRevision()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_OverlayRevision();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.instrument.Assessment#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see se.isu.model.instrument.Assessment#getAnswers()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Answers();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.instrument.Assessment#getScores <em>Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scores</em>'.
	 * @see se.isu.model.instrument.Assessment#getScores()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Scores();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Assessment#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see se.isu.model.instrument.Assessment#getVersion()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Version();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Answer</em>'.
	 * @see se.isu.model.instrument.Answer
	 * @generated
	 */
	EClass getAnswer();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Answer#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see se.isu.model.instrument.Answer#getItemId()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_ItemId();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Answer#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see se.isu.model.instrument.Answer#getValue()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Value();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Answer#getMissingCode <em>Missing Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing Code</em>'.
	 * @see se.isu.model.instrument.Answer#getMissingCode()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_MissingCode();

	/**
	 * Returns the meta object for class '{@link se.isu.model.instrument.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score</em>'.
	 * @see se.isu.model.instrument.Score
	 * @generated
	 */
	EClass getScore();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Score#getScoreId <em>Score Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score Id</em>'.
	 * @see se.isu.model.instrument.Score#getScoreId()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_ScoreId();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Score#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.isu.model.instrument.Score#getLabel()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Label();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.instrument.Score#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see se.isu.model.instrument.Score#getValue()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Value();

	/**
	 * Returns the meta object for enum '{@link se.isu.model.instrument.ItemType <em>Item Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Item Type</em>'.
	 * @see se.isu.model.instrument.ItemType
	 * @generated
	 */
	EEnum getItemType();

	/**
	 * Returns the meta object for enum '{@link se.isu.model.instrument.Respondent <em>Respondent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Respondent</em>'.
	 * @see se.isu.model.instrument.Respondent
	 * @generated
	 */
	EEnum getRespondent();

	/**
	 * Returns the meta object for enum '{@link se.isu.model.instrument.ScheduleAnchor <em>Schedule Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Schedule Anchor</em>'.
	 * @see se.isu.model.instrument.ScheduleAnchor
	 * @generated
	 */
	EEnum getScheduleAnchor();

	/**
	 * Returns the meta object for enum '{@link se.isu.model.instrument.ScoreCombination <em>Score Combination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Score Combination</em>'.
	 * @see se.isu.model.instrument.ScoreCombination
	 * @generated
	 */
	EEnum getScoreCombination();

	/**
	 * Returns the meta object for enum '{@link se.isu.model.instrument.ComponentTransform <em>Component Transform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Component Transform</em>'.
	 * @see se.isu.model.instrument.ComponentTransform
	 * @generated
	 */
	EEnum getComponentTransform();

	/**
	 * Returns the meta object for enum '{@link se.isu.model.instrument.MissingScoreRule <em>Missing Score Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Missing Score Rule</em>'.
	 * @see se.isu.model.instrument.MissingScoreRule
	 * @generated
	 */
	EEnum getMissingScoreRule();

	/**
	 * Returns the meta object for enum '{@link se.isu.model.instrument.AssessmentStatus <em>Assessment Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assessment Status</em>'.
	 * @see se.isu.model.instrument.AssessmentStatus
	 * @generated
	 */
	EEnum getAssessmentStatus();

	/**
	 * Returns the meta object for enum '{@link se.isu.model.instrument.GroupKind <em>Group Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Group Kind</em>'.
	 * @see se.isu.model.instrument.GroupKind
	 * @generated
	 */
	EEnum getGroupKind();

	/**
	 * Returns the meta object for enum '{@link se.isu.model.instrument.RowAggregate <em>Row Aggregate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Row Aggregate</em>'.
	 * @see se.isu.model.instrument.RowAggregate
	 * @generated
	 */
	EEnum getRowAggregate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	InstrumentFactory getInstrumentFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.InstrumentDefinitionImpl <em>Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.InstrumentDefinitionImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getInstrumentDefinition()
		 * @generated
		 */
		EClass INSTRUMENT_DEFINITION = eINSTANCE.getInstrumentDefinition();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_DEFINITION__ID = eINSTANCE.getInstrumentDefinition_Id();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_DEFINITION__VERSION = eINSTANCE.getInstrumentDefinition_Version();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_DEFINITION__NAME = eINSTANCE.getInstrumentDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_DEFINITION__NAME_EN = eINSTANCE.getInstrumentDefinition_NameEn();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_DEFINITION__DESCRIPTION = eINSTANCE.getInstrumentDefinition_Description();

		/**
		 * The meta object literal for the '<em><b>Licence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_DEFINITION__LICENCE = eINSTANCE.getInstrumentDefinition_Licence();

		/**
		 * The meta object literal for the '<em><b>Owner Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_DEFINITION__OWNER_UNIT = eINSTANCE.getInstrumentDefinition_OwnerUnit();

		/**
		 * The meta object literal for the '<em><b>Respondents</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_DEFINITION__RESPONDENTS = eINSTANCE.getInstrumentDefinition_Respondents();

		/**
		 * The meta object literal for the '<em><b>Occasion Kinds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_DEFINITION__OCCASION_KINDS = eINSTANCE.getInstrumentDefinition_OccasionKinds();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_DEFINITION__SCHEDULE = eINSTANCE.getInstrumentDefinition_Schedule();

		/**
		 * The meta object literal for the '<em><b>Prerequisite</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_DEFINITION__PREREQUISITE = eINSTANCE.getInstrumentDefinition_Prerequisite();

		/**
		 * The meta object literal for the '<em><b>Baseline Instrument</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_DEFINITION__BASELINE_INSTRUMENT = eINSTANCE.getInstrumentDefinition_BaselineInstrument();

		/**
		 * The meta object literal for the '<em><b>Baseline Occasion Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_DEFINITION__BASELINE_OCCASION_KIND = eINSTANCE.getInstrumentDefinition_BaselineOccasionKind();

		/**
		 * The meta object literal for the '<em><b>Missing Codes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_DEFINITION__MISSING_CODES = eINSTANCE.getInstrumentDefinition_MissingCodes();

		/**
		 * The meta object literal for the '<em><b>Choice Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_DEFINITION__CHOICE_SETS = eINSTANCE.getInstrumentDefinition_ChoiceSets();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_DEFINITION__SECTIONS = eINSTANCE.getInstrumentDefinition_Sections();

		/**
		 * The meta object literal for the '<em><b>Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_DEFINITION__SCORES = eINSTANCE.getInstrumentDefinition_Scores();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.ScheduleRuleImpl <em>Schedule Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.ScheduleRuleImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScheduleRule()
		 * @generated
		 */
		EClass SCHEDULE_RULE = eINSTANCE.getScheduleRule();

		/**
		 * The meta object literal for the '<em><b>Occasion Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_RULE__OCCASION_KIND = eINSTANCE.getScheduleRule_OccasionKind();

		/**
		 * The meta object literal for the '<em><b>Anchor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_RULE__ANCHOR = eINSTANCE.getScheduleRule_Anchor();

		/**
		 * The meta object literal for the '<em><b>Offset Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_RULE__OFFSET_MONTHS = eINSTANCE.getScheduleRule_OffsetMonths();

		/**
		 * The meta object literal for the '<em><b>Offset Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_RULE__OFFSET_DAYS = eINSTANCE.getScheduleRule_OffsetDays();

		/**
		 * The meta object literal for the '<em><b>Tolerance Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_RULE__TOLERANCE_DAYS = eINSTANCE.getScheduleRule_ToleranceDays();

		/**
		 * The meta object literal for the '<em><b>Intervention Types</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_RULE__INTERVENTION_TYPES = eINSTANCE.getScheduleRule_InterventionTypes();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.PrerequisiteImpl <em>Prerequisite</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.PrerequisiteImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getPrerequisite()
		 * @generated
		 */
		EClass PREREQUISITE = eINSTANCE.getPrerequisite();

		/**
		 * The meta object literal for the '<em><b>Instrument Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREREQUISITE__INSTRUMENT_ID = eINSTANCE.getPrerequisite_InstrumentId();

		/**
		 * The meta object literal for the '<em><b>Within Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREREQUISITE__WITHIN_MONTHS = eINSTANCE.getPrerequisite_WithinMonths();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.MissingCodeImpl <em>Missing Code</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.MissingCodeImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getMissingCode()
		 * @generated
		 */
		EClass MISSING_CODE = eINSTANCE.getMissingCode();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MISSING_CODE__CODE = eINSTANCE.getMissingCode_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MISSING_CODE__LABEL = eINSTANCE.getMissingCode_Label();

		/**
		 * The meta object literal for the '<em><b>Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MISSING_CODE__LABEL_EN = eINSTANCE.getMissingCode_LabelEn();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.ChoiceSetImpl <em>Choice Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.ChoiceSetImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getChoiceSet()
		 * @generated
		 */
		EClass CHOICE_SET = eINSTANCE.getChoiceSet();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHOICE_SET__ID = eINSTANCE.getChoiceSet_Id();

		/**
		 * The meta object literal for the '<em><b>Value Set</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHOICE_SET__VALUE_SET = eINSTANCE.getChoiceSet_ValueSet();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHOICE_SET__CHOICES = eINSTANCE.getChoiceSet_Choices();

		/**
		 * The meta object literal for the '<em><b>Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHOICE_SET__BANDS = eINSTANCE.getChoiceSet_Bands();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.ChoiceImpl <em>Choice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.ChoiceImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getChoice()
		 * @generated
		 */
		EClass CHOICE = eINSTANCE.getChoice();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHOICE__CODE = eINSTANCE.getChoice_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHOICE__LABEL = eINSTANCE.getChoice_Label();

		/**
		 * The meta object literal for the '<em><b>Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHOICE__LABEL_EN = eINSTANCE.getChoice_LabelEn();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.ScaleBandImpl <em>Scale Band</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.ScaleBandImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScaleBand()
		 * @generated
		 */
		EClass SCALE_BAND = eINSTANCE.getScaleBand();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_BAND__FROM = eINSTANCE.getScaleBand_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_BAND__TO = eINSTANCE.getScaleBand_To();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_BAND__LABEL = eINSTANCE.getScaleBand_Label();

		/**
		 * The meta object literal for the '<em><b>Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_BAND__LABEL_EN = eINSTANCE.getScaleBand_LabelEn();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.SectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.SectionImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getSection()
		 * @generated
		 */
		EClass SECTION = eINSTANCE.getSection();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__ID = eINSTANCE.getSection_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__LABEL = eINSTANCE.getSection_Label();

		/**
		 * The meta object literal for the '<em><b>Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__LABEL_EN = eINSTANCE.getSection_LabelEn();

		/**
		 * The meta object literal for the '<em><b>Help</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__HELP = eINSTANCE.getSection_Help();

		/**
		 * The meta object literal for the '<em><b>Visible When</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__VISIBLE_WHEN = eINSTANCE.getSection_VisibleWhen();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__ITEMS = eINSTANCE.getSection_Items();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__GROUPS = eINSTANCE.getSection_Groups();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.ItemGroupImpl <em>Item Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.ItemGroupImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getItemGroup()
		 * @generated
		 */
		EClass ITEM_GROUP = eINSTANCE.getItemGroup();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_GROUP__ID = eINSTANCE.getItemGroup_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_GROUP__KIND = eINSTANCE.getItemGroup_Kind();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_GROUP__LABEL = eINSTANCE.getItemGroup_Label();

		/**
		 * The meta object literal for the '<em><b>Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_GROUP__LABEL_EN = eINSTANCE.getItemGroup_LabelEn();

		/**
		 * The meta object literal for the '<em><b>Row Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_GROUP__ROW_LABEL = eINSTANCE.getItemGroup_RowLabel();

		/**
		 * The meta object literal for the '<em><b>Row Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_GROUP__ROW_LABEL_EN = eINSTANCE.getItemGroup_RowLabelEn();

		/**
		 * The meta object literal for the '<em><b>Min Rows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_GROUP__MIN_ROWS = eINSTANCE.getItemGroup_MinRows();

		/**
		 * The meta object literal for the '<em><b>Max Rows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_GROUP__MAX_ROWS = eINSTANCE.getItemGroup_MaxRows();

		/**
		 * The meta object literal for the '<em><b>Choice Set</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_GROUP__CHOICE_SET = eINSTANCE.getItemGroup_ChoiceSet();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.ItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.ItemImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getItem()
		 * @generated
		 */
		EClass ITEM = eINSTANCE.getItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__ID = eINSTANCE.getItem_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__LABEL = eINSTANCE.getItem_Label();

		/**
		 * The meta object literal for the '<em><b>Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__LABEL_EN = eINSTANCE.getItem_LabelEn();

		/**
		 * The meta object literal for the '<em><b>Help</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__HELP = eINSTANCE.getItem_Help();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__TYPE = eINSTANCE.getItem_Type();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__MIN = eINSTANCE.getItem_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__MAX = eINSTANCE.getItem_Max();

		/**
		 * The meta object literal for the '<em><b>Choice Set</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__CHOICE_SET = eINSTANCE.getItem_ChoiceSet();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__REQUIRED = eINSTANCE.getItem_Required();

		/**
		 * The meta object literal for the '<em><b>Missing Codes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__MISSING_CODES = eINSTANCE.getItem_MissingCodes();

		/**
		 * The meta object literal for the '<em><b>Visible When</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__VISIBLE_WHEN = eINSTANCE.getItem_VisibleWhen();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__EXPRESSION = eINSTANCE.getItem_Expression();

		/**
		 * The meta object literal for the '<em><b>Time Frame</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__TIME_FRAME = eINSTANCE.getItem_TimeFrame();

		/**
		 * The meta object literal for the '<em><b>Critical</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__CRITICAL = eINSTANCE.getItem_Critical();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__UNIT = eINSTANCE.getItem_Unit();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__GROUP = eINSTANCE.getItem_Group();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.ScoreDefinitionImpl <em>Score Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.ScoreDefinitionImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScoreDefinition()
		 * @generated
		 */
		EClass SCORE_DEFINITION = eINSTANCE.getScoreDefinition();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_DEFINITION__ID = eINSTANCE.getScoreDefinition_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_DEFINITION__LABEL = eINSTANCE.getScoreDefinition_Label();

		/**
		 * The meta object literal for the '<em><b>Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_DEFINITION__LABEL_EN = eINSTANCE.getScoreDefinition_LabelEn();

		/**
		 * The meta object literal for the '<em><b>Combination</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_DEFINITION__COMBINATION = eINSTANCE.getScoreDefinition_Combination();

		/**
		 * The meta object literal for the '<em><b>Missing Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_DEFINITION__MISSING_RULE = eINSTANCE.getScoreDefinition_MissingRule();

		/**
		 * The meta object literal for the '<em><b>Min Answered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_DEFINITION__MIN_ANSWERED = eINSTANCE.getScoreDefinition_MinAnswered();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORE_DEFINITION__COMPONENTS = eINSTANCE.getScoreDefinition_Components();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_DEFINITION__MIN = eINSTANCE.getScoreDefinition_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_DEFINITION__MAX = eINSTANCE.getScoreDefinition_Max();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_DEFINITION__STEP = eINSTANCE.getScoreDefinition_Step();

		/**
		 * The meta object literal for the '<em><b>Decimals</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_DEFINITION__DECIMALS = eINSTANCE.getScoreDefinition_Decimals();

		/**
		 * The meta object literal for the '<em><b>Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORE_DEFINITION__BANDS = eINSTANCE.getScoreDefinition_Bands();

		/**
		 * The meta object literal for the '<em><b>Bands Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_DEFINITION__BANDS_OF = eINSTANCE.getScoreDefinition_BandsOf();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.ScoreBandImpl <em>Score Band</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.ScoreBandImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScoreBand()
		 * @generated
		 */
		EClass SCORE_BAND = eINSTANCE.getScoreBand();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_BAND__FROM = eINSTANCE.getScoreBand_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_BAND__TO = eINSTANCE.getScoreBand_To();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_BAND__LABEL = eINSTANCE.getScoreBand_Label();

		/**
		 * The meta object literal for the '<em><b>Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_BAND__LABEL_EN = eINSTANCE.getScoreBand_LabelEn();

		/**
		 * The meta object literal for the '<em><b>Legal Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_BAND__LEGAL_SEX = eINSTANCE.getScoreBand_LegalSex();

		/**
		 * The meta object literal for the '<em><b>Min Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_BAND__MIN_AGE = eINSTANCE.getScoreBand_MinAge();

		/**
		 * The meta object literal for the '<em><b>Max Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_BAND__MAX_AGE = eINSTANCE.getScoreBand_MaxAge();

		/**
		 * The meta object literal for the '<em><b>Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_BAND__ZONE = eINSTANCE.getScoreBand_Zone();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.ScoreComponentImpl <em>Score Component</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.ScoreComponentImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScoreComponent()
		 * @generated
		 */
		EClass SCORE_COMPONENT = eINSTANCE.getScoreComponent();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_COMPONENT__ITEM_ID = eINSTANCE.getScoreComponent_ItemId();

		/**
		 * The meta object literal for the '<em><b>Transform</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_COMPONENT__TRANSFORM = eINSTANCE.getScoreComponent_Transform();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_COMPONENT__MAX = eINSTANCE.getScoreComponent_Max();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_COMPONENT__WEIGHT = eINSTANCE.getScoreComponent_Weight();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_COMPONENT__CODE = eINSTANCE.getScoreComponent_Code();

		/**
		 * The meta object literal for the '<em><b>Over</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_COMPONENT__OVER = eINSTANCE.getScoreComponent_Over();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.UnitOverlayImpl <em>Unit Overlay</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.UnitOverlayImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getUnitOverlay()
		 * @generated
		 */
		EClass UNIT_OVERLAY = eINSTANCE.getUnitOverlay();

		/**
		 * The meta object literal for the '<em><b>Instrument Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_OVERLAY__INSTRUMENT_ID = eINSTANCE.getUnitOverlay_InstrumentId();

		/**
		 * The meta object literal for the '<em><b>Unit Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_OVERLAY__UNIT_CODE = eINSTANCE.getUnitOverlay_UnitCode();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_OVERLAY__REVISION = eINSTANCE.getUnitOverlay_Revision();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_OVERLAY__AUTHOR = eINSTANCE.getUnitOverlay_Author();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_OVERLAY__CREATED_AT = eINSTANCE.getUnitOverlay_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_OVERLAY__COMMENT = eINSTANCE.getUnitOverlay_Comment();

		/**
		 * The meta object literal for the '<em><b>Hidden Items</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_OVERLAY__HIDDEN_ITEMS = eINSTANCE.getUnitOverlay_HiddenItems();

		/**
		 * The meta object literal for the '<em><b>Added Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNIT_OVERLAY__ADDED_ITEMS = eINSTANCE.getUnitOverlay_AddedItems();

		/**
		 * The meta object literal for the '<em><b>Added Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNIT_OVERLAY__ADDED_SECTIONS = eINSTANCE.getUnitOverlay_AddedSections();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.AddedItemImpl <em>Added Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.AddedItemImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getAddedItem()
		 * @generated
		 */
		EClass ADDED_ITEM = eINSTANCE.getAddedItem();

		/**
		 * The meta object literal for the '<em><b>Section Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDED_ITEM__SECTION_ID = eINSTANCE.getAddedItem_SectionId();

		/**
		 * The meta object literal for the '<em><b>After Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDED_ITEM__AFTER_ITEM_ID = eINSTANCE.getAddedItem_AfterItemId();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADDED_ITEM__ITEM = eINSTANCE.getAddedItem_Item();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.AssessmentImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__ID = eINSTANCE.getAssessment_Id();

		/**
		 * The meta object literal for the '<em><b>Case Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__CASE_ID = eINSTANCE.getAssessment_CaseId();

		/**
		 * The meta object literal for the '<em><b>Occasion Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__OCCASION_ID = eINSTANCE.getAssessment_OccasionId();

		/**
		 * The meta object literal for the '<em><b>Instrument Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__INSTRUMENT_ID = eINSTANCE.getAssessment_InstrumentId();

		/**
		 * The meta object literal for the '<em><b>Instrument Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__INSTRUMENT_VERSION = eINSTANCE.getAssessment_InstrumentVersion();

		/**
		 * The meta object literal for the '<em><b>Instrument Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__INSTRUMENT_NAME = eINSTANCE.getAssessment_InstrumentName();

		/**
		 * The meta object literal for the '<em><b>Respondent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__RESPONDENT = eINSTANCE.getAssessment_Respondent();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__STATUS = eINSTANCE.getAssessment_Status();

		/**
		 * The meta object literal for the '<em><b>Assessed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__ASSESSED_ON = eINSTANCE.getAssessment_AssessedOn();

		/**
		 * The meta object literal for the '<em><b>Interviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__INTERVIEWER = eINSTANCE.getAssessment_Interviewer();

		/**
		 * The meta object literal for the '<em><b>Unit Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__UNIT_CODE = eINSTANCE.getAssessment_UnitCode();

		/**
		 * The meta object literal for the '<em><b>Overlay Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__OVERLAY_REVISION = eINSTANCE.getAssessment_OverlayRevision();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__ANSWERS = eINSTANCE.getAssessment_Answers();

		/**
		 * The meta object literal for the '<em><b>Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__SCORES = eINSTANCE.getAssessment_Scores();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__VERSION = eINSTANCE.getAssessment_Version();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.AnswerImpl <em>Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.AnswerImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getAnswer()
		 * @generated
		 */
		EClass ANSWER = eINSTANCE.getAnswer();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__ITEM_ID = eINSTANCE.getAnswer_ItemId();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__VALUE = eINSTANCE.getAnswer_Value();

		/**
		 * The meta object literal for the '<em><b>Missing Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__MISSING_CODE = eINSTANCE.getAnswer_MissingCode();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.impl.ScoreImpl <em>Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.impl.ScoreImpl
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScore()
		 * @generated
		 */
		EClass SCORE = eINSTANCE.getScore();

		/**
		 * The meta object literal for the '<em><b>Score Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__SCORE_ID = eINSTANCE.getScore_ScoreId();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__LABEL = eINSTANCE.getScore_Label();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__VALUE = eINSTANCE.getScore_Value();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.ItemType <em>Item Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.ItemType
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getItemType()
		 * @generated
		 */
		EEnum ITEM_TYPE = eINSTANCE.getItemType();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.Respondent <em>Respondent</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.Respondent
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getRespondent()
		 * @generated
		 */
		EEnum RESPONDENT = eINSTANCE.getRespondent();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.ScheduleAnchor <em>Schedule Anchor</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.ScheduleAnchor
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScheduleAnchor()
		 * @generated
		 */
		EEnum SCHEDULE_ANCHOR = eINSTANCE.getScheduleAnchor();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.ScoreCombination <em>Score Combination</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.ScoreCombination
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getScoreCombination()
		 * @generated
		 */
		EEnum SCORE_COMBINATION = eINSTANCE.getScoreCombination();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.ComponentTransform <em>Component Transform</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.ComponentTransform
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getComponentTransform()
		 * @generated
		 */
		EEnum COMPONENT_TRANSFORM = eINSTANCE.getComponentTransform();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.MissingScoreRule <em>Missing Score Rule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.MissingScoreRule
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getMissingScoreRule()
		 * @generated
		 */
		EEnum MISSING_SCORE_RULE = eINSTANCE.getMissingScoreRule();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.AssessmentStatus <em>Assessment Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.AssessmentStatus
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getAssessmentStatus()
		 * @generated
		 */
		EEnum ASSESSMENT_STATUS = eINSTANCE.getAssessmentStatus();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.GroupKind <em>Group Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.GroupKind
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getGroupKind()
		 * @generated
		 */
		EEnum GROUP_KIND = eINSTANCE.getGroupKind();

		/**
		 * The meta object literal for the '{@link se.isu.model.instrument.RowAggregate <em>Row Aggregate</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.instrument.RowAggregate
		 * @see se.isu.model.instrument.impl.InstrumentPackageImpl#getRowAggregate()
		 * @generated
		 */
		EEnum ROW_AGGREGATE = eINSTANCE.getRowAggregate();

	}

} //InstrumentPackage
