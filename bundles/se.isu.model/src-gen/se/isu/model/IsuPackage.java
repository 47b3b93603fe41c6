/**
 */
package se.isu.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
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
 * The ISU domain: clients and their cases through the process steps, with SKL's 20 general variables, interventions, follow-ups and occasions. The client questions B1a-B5 are an instrument (see instrument.ecore), answered as assessments at occasions. Coded variables hold value-set codes; the value set is named by an annotation with source http://isu.se/model/valueSet.
 * <!-- end-model-doc -->
 * @see se.isu.model.IsuFactory
 * @model kind="package"
 * @generated
 */
public interface IsuPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://isu.se/model/isu/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "isu";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	IsuPackage eINSTANCE = se.isu.model.impl.IsuPackageImpl.init();

	/**
	 * The meta object id for the '{@link se.isu.model.impl.ValueSetCatalogImpl <em>Value Set Catalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.impl.ValueSetCatalogImpl
	 * @see se.isu.model.impl.IsuPackageImpl#getValueSetCatalog()
	 * @generated
	 */
	int VALUE_SET_CATALOG = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET_CATALOG__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET_CATALOG__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Value Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET_CATALOG__VALUE_SETS = 2;

	/**
	 * The number of structural features of the '<em>Value Set Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET_CATALOG_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Value Set Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET_CATALOG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.impl.ValueSetImpl <em>Value Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.impl.ValueSetImpl
	 * @see se.isu.model.impl.IsuPackageImpl#getValueSet()
	 * @generated
	 */
	int VALUE_SET = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET__ID = 0;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET__VARIABLE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET__NAME = 2;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET__NAME_EN = 3;

	/**
	 * The feature id for the '<em><b>Multiple</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET__MULTIPLE = 4;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET__ENTRIES = 5;

	/**
	 * The number of structural features of the '<em>Value Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Value Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.impl.ValueSetEntryImpl <em>Value Set Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.impl.ValueSetEntryImpl
	 * @see se.isu.model.impl.IsuPackageImpl#getValueSetEntry()
	 * @generated
	 */
	int VALUE_SET_ENTRY = 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET_ENTRY__CODE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET_ENTRY__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET_ENTRY__LABEL_EN = 2;

	/**
	 * The feature id for the '<em><b>Unknown</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET_ENTRY__UNKNOWN = 3;

	/**
	 * The number of structural features of the '<em>Value Set Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET_ENTRY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Value Set Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_SET_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.impl.UnitImpl <em>Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.impl.UnitImpl
	 * @see se.isu.model.impl.IsuPackageImpl#getUnit()
	 * @generated
	 */
	int UNIT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__ID = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__CODE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__NAME = 2;

	/**
	 * The number of structural features of the '<em>Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.impl.StaffImpl <em>Staff</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.impl.StaffImpl
	 * @see se.isu.model.impl.IsuPackageImpl#getStaff()
	 * @generated
	 */
	int STAFF = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__ID = 0;

	/**
	 * The feature id for the '<em><b>User Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__USER_NAME = 1;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__DISPLAY_NAME = 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__UNIT = 3;

	/**
	 * The number of structural features of the '<em>Staff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Staff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.impl.ClientImpl <em>Client</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.impl.ClientImpl
	 * @see se.isu.model.impl.IsuPackageImpl#getClient()
	 * @generated
	 */
	int CLIENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Personal Identity Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__PERSONAL_IDENTITY_NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Given Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__GIVEN_NAME = 2;

	/**
	 * The feature id for the '<em><b>Family Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__FAMILY_NAME = 3;

	/**
	 * The feature id for the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__BIRTH_DATE = 4;

	/**
	 * The feature id for the '<em><b>Legal Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__LEGAL_SEX = 5;

	/**
	 * The feature id for the '<em><b>Protected Identity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__PROTECTED_IDENTITY = 6;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__VERSION = 7;

	/**
	 * The number of structural features of the '<em>Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_FEATURE_COUNT = 8;

	/**
	 * The operation id for the '<em>Age At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT___AGE_AT__LOCALDATE = 0;

	/**
	 * The number of operations of the '<em>Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link se.isu.model.impl.IsuCaseImpl <em>Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.impl.IsuCaseImpl
	 * @see se.isu.model.impl.IsuPackageImpl#getIsuCase()
	 * @generated
	 */
	int ISU_CASE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__ID = 0;

	/**
	 * The feature id for the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__CASE_NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Client</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__CLIENT = 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__UNIT = 3;

	/**
	 * The feature id for the '<em><b>Responsible Staff</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__RESPONSIBLE_STAFF = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Current Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__CURRENT_STEP = 6;

	/**
	 * The feature id for the '<em><b>Actualisation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__ACTUALISATION_DATE = 7;

	/**
	 * The feature id for the '<em><b>Actualisation Reasons</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__ACTUALISATION_REASONS = 8;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__ORIGIN = 9;

	/**
	 * The feature id for the '<em><b>Household Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__HOUSEHOLD_TYPE = 10;

	/**
	 * The feature id for the '<em><b>Previous Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__PREVIOUS_CONTACT = 11;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__PROBLEMS = 12;

	/**
	 * The feature id for the '<em><b>Decision Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__DECISION_DATE = 13;

	/**
	 * The feature id for the '<em><b>Interventions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__INTERVENTIONS = 14;

	/**
	 * The feature id for the '<em><b>Follow Ups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__FOLLOW_UPS = 15;

	/**
	 * The feature id for the '<em><b>Closure Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__CLOSURE_DATE = 16;

	/**
	 * The feature id for the '<em><b>Implementation Vs Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__IMPLEMENTATION_VS_PLAN = 17;

	/**
	 * The feature id for the '<em><b>Closure Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__CLOSURE_REASON = 18;

	/**
	 * The feature id for the '<em><b>Occasions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__OCCASIONS = 19;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__VERSION = 20;

	/**
	 * The number of structural features of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE_FEATURE_COUNT = 21;

	/**
	 * The number of operations of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.impl.InterventionImpl <em>Intervention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.impl.InterventionImpl
	 * @see se.isu.model.impl.IsuPackageImpl#getIntervention()
	 * @generated
	 */
	int INTERVENTION = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Intervention Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__INTERVENTION_TYPE = 1;

	/**
	 * The feature id for the '<em><b>Decision Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__DECISION_DATE = 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__START_DATE = 3;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__END_DATE = 4;

	/**
	 * The feature id for the '<em><b>Provider Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__PROVIDER_ID = 5;

	/**
	 * The number of structural features of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.impl.ProviderImpl <em>Provider</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.impl.ProviderImpl
	 * @see se.isu.model.impl.IsuPackageImpl#getProvider()
	 * @generated
	 */
	int PROVIDER = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Organisation Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__ORGANISATION_NUMBER = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__KIND = 3;

	/**
	 * The feature id for the '<em><b>External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__EXTERNAL = 4;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__ACTIVE = 5;

	/**
	 * The number of structural features of the '<em>Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.impl.FollowUpImpl <em>Follow Up</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.impl.FollowUpImpl
	 * @see se.isu.model.impl.IsuPackageImpl#getFollowUp()
	 * @generated
	 */
	int FOLLOW_UP = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__ID = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__DATE = 1;

	/**
	 * The feature id for the '<em><b>Cooperation</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__COOPERATION = 2;

	/**
	 * The feature id for the '<em><b>Coordinated Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__COORDINATED_PLAN = 3;

	/**
	 * The feature id for the '<em><b>Parallel Interventions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__PARALLEL_INTERVENTIONS = 4;

	/**
	 * The feature id for the '<em><b>Goal Attainment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__GOAL_ATTAINMENT = 5;

	/**
	 * The number of structural features of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.impl.OccasionImpl <em>Occasion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.impl.OccasionImpl
	 * @see se.isu.model.impl.IsuPackageImpl#getOccasion()
	 * @generated
	 */
	int OCCASION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCASION__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCASION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Planned Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCASION__PLANNED_DATE = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCASION__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Done Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCASION__DONE_DATE = 4;

	/**
	 * The feature id for the '<em><b>Not Done Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCASION__NOT_DONE_REASON = 5;

	/**
	 * The feature id for the '<em><b>Forms Due</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCASION__FORMS_DUE = 6;

	/**
	 * The number of structural features of the '<em>Occasion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCASION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Occasion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCASION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.ProcessStep <em>Process Step</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.ProcessStep
	 * @see se.isu.model.impl.IsuPackageImpl#getProcessStep()
	 * @generated
	 */
	int PROCESS_STEP = 11;

	/**
	 * The meta object id for the '{@link se.isu.model.CaseStatus <em>Case Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.CaseStatus
	 * @see se.isu.model.impl.IsuPackageImpl#getCaseStatus()
	 * @generated
	 */
	int CASE_STATUS = 12;

	/**
	 * The meta object id for the '{@link se.isu.model.OccasionKind <em>Occasion Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.OccasionKind
	 * @see se.isu.model.impl.IsuPackageImpl#getOccasionKind()
	 * @generated
	 */
	int OCCASION_KIND = 13;

	/**
	 * The meta object id for the '{@link se.isu.model.OccasionStatus <em>Occasion Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.OccasionStatus
	 * @see se.isu.model.impl.IsuPackageImpl#getOccasionStatus()
	 * @generated
	 */
	int OCCASION_STATUS = 14;

	/**
	 * The meta object id for the '{@link se.isu.model.ProviderKind <em>Provider Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.ProviderKind
	 * @see se.isu.model.impl.IsuPackageImpl#getProviderKind()
	 * @generated
	 */
	int PROVIDER_KIND = 15;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see se.isu.model.impl.IsuPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 16;


	/**
	 * Returns the meta object for class '{@link se.isu.model.ValueSetCatalog <em>Value Set Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Set Catalog</em>'.
	 * @see se.isu.model.ValueSetCatalog
	 * @generated
	 */
	EClass getValueSetCatalog();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.ValueSetCatalog#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.ValueSetCatalog#getId()
	 * @see #getValueSetCatalog()
	 * @generated
	 */
	EAttribute getValueSetCatalog_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.ValueSetCatalog#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see se.isu.model.ValueSetCatalog#getTitle()
	 * @see #getValueSetCatalog()
	 * @generated
	 */
	EAttribute getValueSetCatalog_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.ValueSetCatalog#getValueSets <em>Value Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Value Sets</em>'.
	 * @see se.isu.model.ValueSetCatalog#getValueSets()
	 * @see #getValueSetCatalog()
	 * @generated
	 */
	EReference getValueSetCatalog_ValueSets();

	/**
	 * Returns the meta object for class '{@link se.isu.model.ValueSet <em>Value Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Set</em>'.
	 * @see se.isu.model.ValueSet
	 * @generated
	 */
	EClass getValueSet();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.ValueSet#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.ValueSet#getId()
	 * @see #getValueSet()
	 * @generated
	 */
	EAttribute getValueSet_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.ValueSet#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable</em>'.
	 * @see se.isu.model.ValueSet#getVariable()
	 * @see #getValueSet()
	 * @generated
	 */
	EAttribute getValueSet_Variable();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.ValueSet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see se.isu.model.ValueSet#getName()
	 * @see #getValueSet()
	 * @generated
	 */
	EAttribute getValueSet_Name();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.ValueSet#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see se.isu.model.ValueSet#getNameEn()
	 * @see #getValueSet()
	 * @generated
	 */
	EAttribute getValueSet_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.ValueSet#isMultiple <em>Multiple</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multiple</em>'.
	 * @see se.isu.model.ValueSet#isMultiple()
	 * @see #getValueSet()
	 * @generated
	 */
	EAttribute getValueSet_Multiple();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.ValueSet#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see se.isu.model.ValueSet#getEntries()
	 * @see #getValueSet()
	 * @generated
	 */
	EReference getValueSet_Entries();

	/**
	 * Returns the meta object for class '{@link se.isu.model.ValueSetEntry <em>Value Set Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Set Entry</em>'.
	 * @see se.isu.model.ValueSetEntry
	 * @generated
	 */
	EClass getValueSetEntry();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.ValueSetEntry#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see se.isu.model.ValueSetEntry#getCode()
	 * @see #getValueSetEntry()
	 * @generated
	 */
	EAttribute getValueSetEntry_Code();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.ValueSetEntry#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.isu.model.ValueSetEntry#getLabel()
	 * @see #getValueSetEntry()
	 * @generated
	 */
	EAttribute getValueSetEntry_Label();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.ValueSetEntry#getLabelEn <em>Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label En</em>'.
	 * @see se.isu.model.ValueSetEntry#getLabelEn()
	 * @see #getValueSetEntry()
	 * @generated
	 */
	EAttribute getValueSetEntry_LabelEn();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.ValueSetEntry#isUnknown <em>Unknown</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unknown</em>'.
	 * @see se.isu.model.ValueSetEntry#isUnknown()
	 * @see #getValueSetEntry()
	 * @generated
	 */
	EAttribute getValueSetEntry_Unknown();

	/**
	 * Returns the meta object for class '{@link se.isu.model.Unit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unit</em>'.
	 * @see se.isu.model.Unit
	 * @generated
	 */
	EClass getUnit();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Unit#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.Unit#getId()
	 * @see #getUnit()
	 * @generated
	 */
	EAttribute getUnit_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Unit#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see se.isu.model.Unit#getCode()
	 * @see #getUnit()
	 * @generated
	 */
	EAttribute getUnit_Code();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Unit#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see se.isu.model.Unit#getName()
	 * @see #getUnit()
	 * @generated
	 */
	EAttribute getUnit_Name();

	/**
	 * Returns the meta object for class '{@link se.isu.model.Staff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Staff</em>'.
	 * @see se.isu.model.Staff
	 * @generated
	 */
	EClass getStaff();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Staff#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.Staff#getId()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Staff#getUserName <em>User Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Name</em>'.
	 * @see se.isu.model.Staff#getUserName()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_UserName();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Staff#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see se.isu.model.Staff#getDisplayName()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_DisplayName();

	/**
	 * Returns the meta object for the reference '{@link se.isu.model.Staff#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see se.isu.model.Staff#getUnit()
	 * @see #getStaff()
	 * @generated
	 */
	EReference getStaff_Unit();

	/**
	 * Returns the meta object for class '{@link se.isu.model.Client <em>Client</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Client</em>'.
	 * @see se.isu.model.Client
	 * @generated
	 */
	EClass getClient();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Client#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.Client#getId()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Client#getPersonalIdentityNumber <em>Personal Identity Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Personal Identity Number</em>'.
	 * @see se.isu.model.Client#getPersonalIdentityNumber()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_PersonalIdentityNumber();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Client#getGivenName <em>Given Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given Name</em>'.
	 * @see se.isu.model.Client#getGivenName()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_GivenName();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Client#getFamilyName <em>Family Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family Name</em>'.
	 * @see se.isu.model.Client#getFamilyName()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_FamilyName();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Client#getBirthDate <em>Birth Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Date</em>'.
	 * @see se.isu.model.Client#getBirthDate()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_BirthDate();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Client#getLegalSex <em>Legal Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Sex</em>'.
	 * @see se.isu.model.Client#getLegalSex()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_LegalSex();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Client#isProtectedIdentity <em>Protected Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protected Identity</em>'.
	 * @see se.isu.model.Client#isProtectedIdentity()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_ProtectedIdentity();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Client#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see se.isu.model.Client#getVersion()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Version();

	/**
	 * Returns the meta object for the '{@link se.isu.model.Client#ageAt(java.time.LocalDate) <em>Age At</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Age At</em>' operation.
	 * @see se.isu.model.Client#ageAt(java.time.LocalDate)
	 * @generated
	 */
	EOperation getClient__AgeAt__LocalDate();

	/**
	 * Returns the meta object for class '{@link se.isu.model.IsuCase <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case</em>'.
	 * @see se.isu.model.IsuCase
	 * @generated
	 */
	EClass getIsuCase();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.IsuCase#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.IsuCase#getId()
	 * @see #getIsuCase()
	 * @generated
	 */
	EAttribute getIsuCase_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.IsuCase#getCaseNumber <em>Case Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Number</em>'.
	 * @see se.isu.model.IsuCase#getCaseNumber()
	 * @see #getIsuCase()
	 * @generated
	 */
	EAttribute getIsuCase_CaseNumber();

	/**
	 * Returns the meta object for the reference '{@link se.isu.model.IsuCase#getClient <em>Client</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Client</em>'.
	 * @see se.isu.model.IsuCase#getClient()
	 * @see #getIsuCase()
	 * @generated
	 */
	EReference getIsuCase_Client();

	/**
	 * Returns the meta object for the reference '{@link se.isu.model.IsuCase#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see se.isu.model.IsuCase#getUnit()
	 * @see #getIsuCase()
	 * @generated
	 */
	EReference getIsuCase_Unit();

	/**
	 * Returns the meta object for the reference '{@link se.isu.model.IsuCase#getResponsibleStaff <em>Responsible Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible Staff</em>'.
	 * @see se.isu.model.IsuCase#getResponsibleStaff()
	 * @see #getIsuCase()
	 * @generated
	 */
	EReference getIsuCase_ResponsibleStaff();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.IsuCase#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see se.isu.model.IsuCase#getStatus()
	 * @see #getIsuCase()
	 * @generated
	 */
	EAttribute getIsuCase_Status();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.IsuCase#getCurrentStep <em>Current Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Step</em>'.
	 * @see se.isu.model.IsuCase#getCurrentStep()
	 * @see #getIsuCase()
	 * @generated
	 */
	EAttribute getIsuCase_CurrentStep();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.IsuCase#getActualisationDate <em>Actualisation Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actualisation Date</em>'.
	 * @see se.isu.model.IsuCase#getActualisationDate()
	 * @see #getIsuCase()
	 * @generated
	 */
	EAttribute getIsuCase_ActualisationDate();

	/**
	 * Returns the meta object for the attribute list '{@link se.isu.model.IsuCase#getActualisationReasons <em>Actualisation Reasons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Actualisation Reasons</em>'.
	 * @see se.isu.model.IsuCase#getActualisationReasons()
	 * @see #getIsuCase()
	 * @generated
	 */
	EAttribute getIsuCase_ActualisationReasons();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.IsuCase#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see se.isu.model.IsuCase#getOrigin()
	 * @see #getIsuCase()
	 * @generated
	 */
	EAttribute getIsuCase_Origin();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.IsuCase#getHouseholdType <em>Household Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Household Type</em>'.
	 * @see se.isu.model.IsuCase#getHouseholdType()
	 * @see #getIsuCase()
	 * @generated
	 */
	EAttribute getIsuCase_HouseholdType();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.IsuCase#getPreviousContact <em>Previous Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Previous Contact</em>'.
	 * @see se.isu.model.IsuCase#getPreviousContact()
	 * @see #getIsuCase()
	 * @generated
	 */
	EAttribute getIsuCase_PreviousContact();

	/**
	 * Returns the meta object for the attribute list '{@link se.isu.model.IsuCase#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Problems</em>'.
	 * @see se.isu.model.IsuCase#getProblems()
	 * @see #getIsuCase()
	 * @generated
	 */
	EAttribute getIsuCase_Problems();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.IsuCase#getDecisionDate <em>Decision Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Date</em>'.
	 * @see se.isu.model.IsuCase#getDecisionDate()
	 * @see #getIsuCase()
	 * @generated
	 */
	EAttribute getIsuCase_DecisionDate();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.IsuCase#getInterventions <em>Interventions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interventions</em>'.
	 * @see se.isu.model.IsuCase#getInterventions()
	 * @see #getIsuCase()
	 * @generated
	 */
	EReference getIsuCase_Interventions();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.IsuCase#getFollowUps <em>Follow Ups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Follow Ups</em>'.
	 * @see se.isu.model.IsuCase#getFollowUps()
	 * @see #getIsuCase()
	 * @generated
	 */
	EReference getIsuCase_FollowUps();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.IsuCase#getClosureDate <em>Closure Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closure Date</em>'.
	 * @see se.isu.model.IsuCase#getClosureDate()
	 * @see #getIsuCase()
	 * @generated
	 */
	EAttribute getIsuCase_ClosureDate();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.IsuCase#getImplementationVsPlan <em>Implementation Vs Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Implementation Vs Plan</em>'.
	 * @see se.isu.model.IsuCase#getImplementationVsPlan()
	 * @see #getIsuCase()
	 * @generated
	 */
	EAttribute getIsuCase_ImplementationVsPlan();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.IsuCase#getClosureReason <em>Closure Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closure Reason</em>'.
	 * @see se.isu.model.IsuCase#getClosureReason()
	 * @see #getIsuCase()
	 * @generated
	 */
	EAttribute getIsuCase_ClosureReason();

	/**
	 * Returns the meta object for the containment reference list '{@link se.isu.model.IsuCase#getOccasions <em>Occasions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Occasions</em>'.
	 * @see se.isu.model.IsuCase#getOccasions()
	 * @see #getIsuCase()
	 * @generated
	 */
	EReference getIsuCase_Occasions();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.IsuCase#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see se.isu.model.IsuCase#getVersion()
	 * @see #getIsuCase()
	 * @generated
	 */
	EAttribute getIsuCase_Version();

	/**
	 * Returns the meta object for class '{@link se.isu.model.Intervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Intervention</em>'.
	 * @see se.isu.model.Intervention
	 * @generated
	 */
	EClass getIntervention();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Intervention#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.Intervention#getId()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Intervention#getInterventionType <em>Intervention Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intervention Type</em>'.
	 * @see se.isu.model.Intervention#getInterventionType()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_InterventionType();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Intervention#getDecisionDate <em>Decision Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Date</em>'.
	 * @see se.isu.model.Intervention#getDecisionDate()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_DecisionDate();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Intervention#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see se.isu.model.Intervention#getStartDate()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Intervention#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see se.isu.model.Intervention#getEndDate()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Intervention#getProviderId <em>Provider Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider Id</em>'.
	 * @see se.isu.model.Intervention#getProviderId()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_ProviderId();

	/**
	 * Returns the meta object for class '{@link se.isu.model.Provider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provider</em>'.
	 * @see se.isu.model.Provider
	 * @generated
	 */
	EClass getProvider();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Provider#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.Provider#getId()
	 * @see #getProvider()
	 * @generated
	 */
	EAttribute getProvider_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Provider#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see se.isu.model.Provider#getName()
	 * @see #getProvider()
	 * @generated
	 */
	EAttribute getProvider_Name();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Provider#getOrganisationNumber <em>Organisation Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation Number</em>'.
	 * @see se.isu.model.Provider#getOrganisationNumber()
	 * @see #getProvider()
	 * @generated
	 */
	EAttribute getProvider_OrganisationNumber();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Provider#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see se.isu.model.Provider#getKind()
	 * @see #getProvider()
	 * @generated
	 */
	EAttribute getProvider_Kind();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Provider#isExternal <em>External</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External</em>'.
	 * @see se.isu.model.Provider#isExternal()
	 * @see #getProvider()
	 * @generated
	 */
	EAttribute getProvider_External();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Provider#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see se.isu.model.Provider#isActive()
	 * @see #getProvider()
	 * @generated
	 */
	EAttribute getProvider_Active();

	/**
	 * Returns the meta object for class '{@link se.isu.model.FollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Follow Up</em>'.
	 * @see se.isu.model.FollowUp
	 * @generated
	 */
	EClass getFollowUp();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.FollowUp#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.FollowUp#getId()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.FollowUp#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see se.isu.model.FollowUp#getDate()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Date();

	/**
	 * Returns the meta object for the attribute list '{@link se.isu.model.FollowUp#getCooperation <em>Cooperation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Cooperation</em>'.
	 * @see se.isu.model.FollowUp#getCooperation()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Cooperation();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.FollowUp#getCoordinatedPlan <em>Coordinated Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coordinated Plan</em>'.
	 * @see se.isu.model.FollowUp#getCoordinatedPlan()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_CoordinatedPlan();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.FollowUp#getParallelInterventions <em>Parallel Interventions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parallel Interventions</em>'.
	 * @see se.isu.model.FollowUp#getParallelInterventions()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_ParallelInterventions();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.FollowUp#getGoalAttainment <em>Goal Attainment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goal Attainment</em>'.
	 * @see se.isu.model.FollowUp#getGoalAttainment()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_GoalAttainment();

	/**
	 * Returns the meta object for class '{@link se.isu.model.Occasion <em>Occasion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Occasion</em>'.
	 * @see se.isu.model.Occasion
	 * @generated
	 */
	EClass getOccasion();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Occasion#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.isu.model.Occasion#getId()
	 * @see #getOccasion()
	 * @generated
	 */
	EAttribute getOccasion_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Occasion#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see se.isu.model.Occasion#getKind()
	 * @see #getOccasion()
	 * @generated
	 */
	EAttribute getOccasion_Kind();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Occasion#getPlannedDate <em>Planned Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Date</em>'.
	 * @see se.isu.model.Occasion#getPlannedDate()
	 * @see #getOccasion()
	 * @generated
	 */
	EAttribute getOccasion_PlannedDate();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Occasion#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see se.isu.model.Occasion#getStatus()
	 * @see #getOccasion()
	 * @generated
	 */
	EAttribute getOccasion_Status();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Occasion#getDoneDate <em>Done Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done Date</em>'.
	 * @see se.isu.model.Occasion#getDoneDate()
	 * @see #getOccasion()
	 * @generated
	 */
	EAttribute getOccasion_DoneDate();

	/**
	 * Returns the meta object for the attribute '{@link se.isu.model.Occasion#getNotDoneReason <em>Not Done Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Done Reason</em>'.
	 * @see se.isu.model.Occasion#getNotDoneReason()
	 * @see #getOccasion()
	 * @generated
	 */
	EAttribute getOccasion_NotDoneReason();

	/**
	 * Returns the meta object for the attribute list '{@link se.isu.model.Occasion#getFormsDue <em>Forms Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Forms Due</em>'.
	 * @see se.isu.model.Occasion#getFormsDue()
	 * @see #getOccasion()
	 * @generated
	 */
	EAttribute getOccasion_FormsDue();

	/**
	 * Returns the meta object for enum '{@link se.isu.model.ProcessStep <em>Process Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Process Step</em>'.
	 * @see se.isu.model.ProcessStep
	 * @generated
	 */
	EEnum getProcessStep();

	/**
	 * Returns the meta object for enum '{@link se.isu.model.CaseStatus <em>Case Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Case Status</em>'.
	 * @see se.isu.model.CaseStatus
	 * @generated
	 */
	EEnum getCaseStatus();

	/**
	 * Returns the meta object for enum '{@link se.isu.model.OccasionKind <em>Occasion Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Occasion Kind</em>'.
	 * @see se.isu.model.OccasionKind
	 * @generated
	 */
	EEnum getOccasionKind();

	/**
	 * Returns the meta object for enum '{@link se.isu.model.OccasionStatus <em>Occasion Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Occasion Status</em>'.
	 * @see se.isu.model.OccasionStatus
	 * @generated
	 */
	EEnum getOccasionStatus();

	/**
	 * Returns the meta object for enum '{@link se.isu.model.ProviderKind <em>Provider Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Provider Kind</em>'.
	 * @see se.isu.model.ProviderKind
	 * @generated
	 */
	EEnum getProviderKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	IsuFactory getIsuFactory();

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
		 * The meta object literal for the '{@link se.isu.model.impl.ValueSetCatalogImpl <em>Value Set Catalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.impl.ValueSetCatalogImpl
		 * @see se.isu.model.impl.IsuPackageImpl#getValueSetCatalog()
		 * @generated
		 */
		EClass VALUE_SET_CATALOG = eINSTANCE.getValueSetCatalog();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_SET_CATALOG__ID = eINSTANCE.getValueSetCatalog_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_SET_CATALOG__TITLE = eINSTANCE.getValueSetCatalog_Title();

		/**
		 * The meta object literal for the '<em><b>Value Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_SET_CATALOG__VALUE_SETS = eINSTANCE.getValueSetCatalog_ValueSets();

		/**
		 * The meta object literal for the '{@link se.isu.model.impl.ValueSetImpl <em>Value Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.impl.ValueSetImpl
		 * @see se.isu.model.impl.IsuPackageImpl#getValueSet()
		 * @generated
		 */
		EClass VALUE_SET = eINSTANCE.getValueSet();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_SET__ID = eINSTANCE.getValueSet_Id();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_SET__VARIABLE = eINSTANCE.getValueSet_Variable();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_SET__NAME = eINSTANCE.getValueSet_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_SET__NAME_EN = eINSTANCE.getValueSet_NameEn();

		/**
		 * The meta object literal for the '<em><b>Multiple</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_SET__MULTIPLE = eINSTANCE.getValueSet_Multiple();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_SET__ENTRIES = eINSTANCE.getValueSet_Entries();

		/**
		 * The meta object literal for the '{@link se.isu.model.impl.ValueSetEntryImpl <em>Value Set Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.impl.ValueSetEntryImpl
		 * @see se.isu.model.impl.IsuPackageImpl#getValueSetEntry()
		 * @generated
		 */
		EClass VALUE_SET_ENTRY = eINSTANCE.getValueSetEntry();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_SET_ENTRY__CODE = eINSTANCE.getValueSetEntry_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_SET_ENTRY__LABEL = eINSTANCE.getValueSetEntry_Label();

		/**
		 * The meta object literal for the '<em><b>Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_SET_ENTRY__LABEL_EN = eINSTANCE.getValueSetEntry_LabelEn();

		/**
		 * The meta object literal for the '<em><b>Unknown</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_SET_ENTRY__UNKNOWN = eINSTANCE.getValueSetEntry_Unknown();

		/**
		 * The meta object literal for the '{@link se.isu.model.impl.UnitImpl <em>Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.impl.UnitImpl
		 * @see se.isu.model.impl.IsuPackageImpl#getUnit()
		 * @generated
		 */
		EClass UNIT = eINSTANCE.getUnit();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT__ID = eINSTANCE.getUnit_Id();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT__CODE = eINSTANCE.getUnit_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT__NAME = eINSTANCE.getUnit_Name();

		/**
		 * The meta object literal for the '{@link se.isu.model.impl.StaffImpl <em>Staff</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.impl.StaffImpl
		 * @see se.isu.model.impl.IsuPackageImpl#getStaff()
		 * @generated
		 */
		EClass STAFF = eINSTANCE.getStaff();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__ID = eINSTANCE.getStaff_Id();

		/**
		 * The meta object literal for the '<em><b>User Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__USER_NAME = eINSTANCE.getStaff_UserName();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__DISPLAY_NAME = eINSTANCE.getStaff_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAFF__UNIT = eINSTANCE.getStaff_Unit();

		/**
		 * The meta object literal for the '{@link se.isu.model.impl.ClientImpl <em>Client</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.impl.ClientImpl
		 * @see se.isu.model.impl.IsuPackageImpl#getClient()
		 * @generated
		 */
		EClass CLIENT = eINSTANCE.getClient();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__ID = eINSTANCE.getClient_Id();

		/**
		 * The meta object literal for the '<em><b>Personal Identity Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__PERSONAL_IDENTITY_NUMBER = eINSTANCE.getClient_PersonalIdentityNumber();

		/**
		 * The meta object literal for the '<em><b>Given Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__GIVEN_NAME = eINSTANCE.getClient_GivenName();

		/**
		 * The meta object literal for the '<em><b>Family Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__FAMILY_NAME = eINSTANCE.getClient_FamilyName();

		/**
		 * The meta object literal for the '<em><b>Birth Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__BIRTH_DATE = eINSTANCE.getClient_BirthDate();

		/**
		 * The meta object literal for the '<em><b>Legal Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__LEGAL_SEX = eINSTANCE.getClient_LegalSex();

		/**
		 * The meta object literal for the '<em><b>Protected Identity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__PROTECTED_IDENTITY = eINSTANCE.getClient_ProtectedIdentity();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__VERSION = eINSTANCE.getClient_Version();

		/**
		 * The meta object literal for the '<em><b>Age At</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLIENT___AGE_AT__LOCALDATE = eINSTANCE.getClient__AgeAt__LocalDate();

		/**
		 * The meta object literal for the '{@link se.isu.model.impl.IsuCaseImpl <em>Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.impl.IsuCaseImpl
		 * @see se.isu.model.impl.IsuPackageImpl#getIsuCase()
		 * @generated
		 */
		EClass ISU_CASE = eINSTANCE.getIsuCase();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__ID = eINSTANCE.getIsuCase_Id();

		/**
		 * The meta object literal for the '<em><b>Case Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__CASE_NUMBER = eINSTANCE.getIsuCase_CaseNumber();

		/**
		 * The meta object literal for the '<em><b>Client</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISU_CASE__CLIENT = eINSTANCE.getIsuCase_Client();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISU_CASE__UNIT = eINSTANCE.getIsuCase_Unit();

		/**
		 * The meta object literal for the '<em><b>Responsible Staff</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISU_CASE__RESPONSIBLE_STAFF = eINSTANCE.getIsuCase_ResponsibleStaff();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__STATUS = eINSTANCE.getIsuCase_Status();

		/**
		 * The meta object literal for the '<em><b>Current Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__CURRENT_STEP = eINSTANCE.getIsuCase_CurrentStep();

		/**
		 * The meta object literal for the '<em><b>Actualisation Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__ACTUALISATION_DATE = eINSTANCE.getIsuCase_ActualisationDate();

		/**
		 * The meta object literal for the '<em><b>Actualisation Reasons</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__ACTUALISATION_REASONS = eINSTANCE.getIsuCase_ActualisationReasons();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__ORIGIN = eINSTANCE.getIsuCase_Origin();

		/**
		 * The meta object literal for the '<em><b>Household Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__HOUSEHOLD_TYPE = eINSTANCE.getIsuCase_HouseholdType();

		/**
		 * The meta object literal for the '<em><b>Previous Contact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__PREVIOUS_CONTACT = eINSTANCE.getIsuCase_PreviousContact();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__PROBLEMS = eINSTANCE.getIsuCase_Problems();

		/**
		 * The meta object literal for the '<em><b>Decision Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__DECISION_DATE = eINSTANCE.getIsuCase_DecisionDate();

		/**
		 * The meta object literal for the '<em><b>Interventions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISU_CASE__INTERVENTIONS = eINSTANCE.getIsuCase_Interventions();

		/**
		 * The meta object literal for the '<em><b>Follow Ups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISU_CASE__FOLLOW_UPS = eINSTANCE.getIsuCase_FollowUps();

		/**
		 * The meta object literal for the '<em><b>Closure Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__CLOSURE_DATE = eINSTANCE.getIsuCase_ClosureDate();

		/**
		 * The meta object literal for the '<em><b>Implementation Vs Plan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__IMPLEMENTATION_VS_PLAN = eINSTANCE.getIsuCase_ImplementationVsPlan();

		/**
		 * The meta object literal for the '<em><b>Closure Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__CLOSURE_REASON = eINSTANCE.getIsuCase_ClosureReason();

		/**
		 * The meta object literal for the '<em><b>Occasions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISU_CASE__OCCASIONS = eINSTANCE.getIsuCase_Occasions();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__VERSION = eINSTANCE.getIsuCase_Version();

		/**
		 * The meta object literal for the '{@link se.isu.model.impl.InterventionImpl <em>Intervention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.impl.InterventionImpl
		 * @see se.isu.model.impl.IsuPackageImpl#getIntervention()
		 * @generated
		 */
		EClass INTERVENTION = eINSTANCE.getIntervention();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__ID = eINSTANCE.getIntervention_Id();

		/**
		 * The meta object literal for the '<em><b>Intervention Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__INTERVENTION_TYPE = eINSTANCE.getIntervention_InterventionType();

		/**
		 * The meta object literal for the '<em><b>Decision Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__DECISION_DATE = eINSTANCE.getIntervention_DecisionDate();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__START_DATE = eINSTANCE.getIntervention_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__END_DATE = eINSTANCE.getIntervention_EndDate();

		/**
		 * The meta object literal for the '<em><b>Provider Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__PROVIDER_ID = eINSTANCE.getIntervention_ProviderId();

		/**
		 * The meta object literal for the '{@link se.isu.model.impl.ProviderImpl <em>Provider</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.impl.ProviderImpl
		 * @see se.isu.model.impl.IsuPackageImpl#getProvider()
		 * @generated
		 */
		EClass PROVIDER = eINSTANCE.getProvider();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER__ID = eINSTANCE.getProvider_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER__NAME = eINSTANCE.getProvider_Name();

		/**
		 * The meta object literal for the '<em><b>Organisation Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER__ORGANISATION_NUMBER = eINSTANCE.getProvider_OrganisationNumber();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER__KIND = eINSTANCE.getProvider_Kind();

		/**
		 * The meta object literal for the '<em><b>External</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER__EXTERNAL = eINSTANCE.getProvider_External();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER__ACTIVE = eINSTANCE.getProvider_Active();

		/**
		 * The meta object literal for the '{@link se.isu.model.impl.FollowUpImpl <em>Follow Up</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.impl.FollowUpImpl
		 * @see se.isu.model.impl.IsuPackageImpl#getFollowUp()
		 * @generated
		 */
		EClass FOLLOW_UP = eINSTANCE.getFollowUp();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__ID = eINSTANCE.getFollowUp_Id();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__DATE = eINSTANCE.getFollowUp_Date();

		/**
		 * The meta object literal for the '<em><b>Cooperation</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__COOPERATION = eINSTANCE.getFollowUp_Cooperation();

		/**
		 * The meta object literal for the '<em><b>Coordinated Plan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__COORDINATED_PLAN = eINSTANCE.getFollowUp_CoordinatedPlan();

		/**
		 * The meta object literal for the '<em><b>Parallel Interventions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__PARALLEL_INTERVENTIONS = eINSTANCE.getFollowUp_ParallelInterventions();

		/**
		 * The meta object literal for the '<em><b>Goal Attainment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__GOAL_ATTAINMENT = eINSTANCE.getFollowUp_GoalAttainment();

		/**
		 * The meta object literal for the '{@link se.isu.model.impl.OccasionImpl <em>Occasion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.impl.OccasionImpl
		 * @see se.isu.model.impl.IsuPackageImpl#getOccasion()
		 * @generated
		 */
		EClass OCCASION = eINSTANCE.getOccasion();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCASION__ID = eINSTANCE.getOccasion_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCASION__KIND = eINSTANCE.getOccasion_Kind();

		/**
		 * The meta object literal for the '<em><b>Planned Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCASION__PLANNED_DATE = eINSTANCE.getOccasion_PlannedDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCASION__STATUS = eINSTANCE.getOccasion_Status();

		/**
		 * The meta object literal for the '<em><b>Done Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCASION__DONE_DATE = eINSTANCE.getOccasion_DoneDate();

		/**
		 * The meta object literal for the '<em><b>Not Done Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCASION__NOT_DONE_REASON = eINSTANCE.getOccasion_NotDoneReason();

		/**
		 * The meta object literal for the '<em><b>Forms Due</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCASION__FORMS_DUE = eINSTANCE.getOccasion_FormsDue();

		/**
		 * The meta object literal for the '{@link se.isu.model.ProcessStep <em>Process Step</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.ProcessStep
		 * @see se.isu.model.impl.IsuPackageImpl#getProcessStep()
		 * @generated
		 */
		EEnum PROCESS_STEP = eINSTANCE.getProcessStep();

		/**
		 * The meta object literal for the '{@link se.isu.model.CaseStatus <em>Case Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.CaseStatus
		 * @see se.isu.model.impl.IsuPackageImpl#getCaseStatus()
		 * @generated
		 */
		EEnum CASE_STATUS = eINSTANCE.getCaseStatus();

		/**
		 * The meta object literal for the '{@link se.isu.model.OccasionKind <em>Occasion Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.OccasionKind
		 * @see se.isu.model.impl.IsuPackageImpl#getOccasionKind()
		 * @generated
		 */
		EEnum OCCASION_KIND = eINSTANCE.getOccasionKind();

		/**
		 * The meta object literal for the '{@link se.isu.model.OccasionStatus <em>Occasion Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.OccasionStatus
		 * @see se.isu.model.impl.IsuPackageImpl#getOccasionStatus()
		 * @generated
		 */
		EEnum OCCASION_STATUS = eINSTANCE.getOccasionStatus();

		/**
		 * The meta object literal for the '{@link se.isu.model.ProviderKind <em>Provider Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.isu.model.ProviderKind
		 * @see se.isu.model.impl.IsuPackageImpl#getProviderKind()
		 * @generated
		 */
		EEnum PROVIDER_KIND = eINSTANCE.getProviderKind();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see se.isu.model.impl.IsuPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //IsuPackage
