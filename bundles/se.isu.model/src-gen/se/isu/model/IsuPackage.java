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
 * The ISU domain: clients and their cases through the process steps of Socialstyrelsen's process model (plus SKL's seventh step, Avsluta).
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
	 * The meta object id for the '{@link se.isu.model.impl.UnitImpl <em>Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.impl.UnitImpl
	 * @see se.isu.model.impl.IsuPackageImpl#getUnit()
	 * @generated
	 */
	int UNIT = 0;

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
	 * The meta object id for the '{@link se.isu.model.impl.ClientImpl <em>Client</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.impl.ClientImpl
	 * @see se.isu.model.impl.IsuPackageImpl#getClient()
	 * @generated
	 */
	int CLIENT = 1;

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
	 * The number of structural features of the '<em>Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_FEATURE_COUNT = 5;

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
	int ISU_CASE = 2;

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
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Current Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__CURRENT_STEP = 5;

	/**
	 * The feature id for the '<em><b>Actualisation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__ACTUALISATION_DATE = 6;

	/**
	 * The feature id for the '<em><b>Closure Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__CLOSURE_DATE = 7;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE__VERSION = 8;

	/**
	 * The number of structural features of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISU_CASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.isu.model.ProcessStep <em>Process Step</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.ProcessStep
	 * @see se.isu.model.impl.IsuPackageImpl#getProcessStep()
	 * @generated
	 */
	int PROCESS_STEP = 3;

	/**
	 * The meta object id for the '{@link se.isu.model.CaseStatus <em>Case Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.isu.model.CaseStatus
	 * @see se.isu.model.impl.IsuPackageImpl#getCaseStatus()
	 * @generated
	 */
	int CASE_STATUS = 4;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see se.isu.model.impl.IsuPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 5;


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
		 * The meta object literal for the '<em><b>Closure Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__CLOSURE_DATE = eINSTANCE.getIsuCase_ClosureDate();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISU_CASE__VERSION = eINSTANCE.getIsuCase_Version();

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
