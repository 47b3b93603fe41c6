/**
 */
package se.isu.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import se.isu.model.CaseStatus;
import se.isu.model.Client;
import se.isu.model.FollowUp;
import se.isu.model.Intervention;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.IsuPackage;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.ProcessStep;
import se.isu.model.Provider;
import se.isu.model.ProviderKind;
import se.isu.model.Staff;
import se.isu.model.Unit;
import se.isu.model.ValueSet;
import se.isu.model.ValueSetCatalog;
import se.isu.model.ValueSetEntry;

import se.isu.model.instrument.InstrumentPackage;

import se.isu.model.instrument.impl.InstrumentPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class IsuPackageImpl extends EPackageImpl implements IsuPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass valueSetCatalogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass valueSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass valueSetEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass unitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass staffEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clientEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass isuCaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interventionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass providerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass followUpEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass occasionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum processStepEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum caseStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum occasionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum occasionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum providerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

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
	 * @see se.isu.model.IsuPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private IsuPackageImpl() {
		super(eNS_URI, IsuFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link IsuPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static IsuPackage init() {
		if (isInited) return (IsuPackage)EPackage.Registry.INSTANCE.getEPackage(IsuPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredIsuPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		IsuPackageImpl theIsuPackage = registeredIsuPackage instanceof IsuPackageImpl ? (IsuPackageImpl)registeredIsuPackage : new IsuPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(InstrumentPackage.eNS_URI);
		InstrumentPackageImpl theInstrumentPackage = (InstrumentPackageImpl)(registeredPackage instanceof InstrumentPackageImpl ? registeredPackage : InstrumentPackage.eINSTANCE);

		// Create package meta-data objects
		theIsuPackage.createPackageContents();
		theInstrumentPackage.createPackageContents();

		// Initialize created meta-data
		theIsuPackage.initializePackageContents();
		theInstrumentPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theIsuPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(IsuPackage.eNS_URI, theIsuPackage);
		return theIsuPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getValueSetCatalog() {
		return valueSetCatalogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueSetCatalog_Id() {
		return (EAttribute)valueSetCatalogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueSetCatalog_Title() {
		return (EAttribute)valueSetCatalogEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getValueSetCatalog_ValueSets() {
		return (EReference)valueSetCatalogEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getValueSet() {
		return valueSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueSet_Id() {
		return (EAttribute)valueSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueSet_Variable() {
		return (EAttribute)valueSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueSet_Name() {
		return (EAttribute)valueSetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueSet_NameEn() {
		return (EAttribute)valueSetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueSet_Multiple() {
		return (EAttribute)valueSetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getValueSet_Entries() {
		return (EReference)valueSetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getValueSetEntry() {
		return valueSetEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueSetEntry_Code() {
		return (EAttribute)valueSetEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueSetEntry_Label() {
		return (EAttribute)valueSetEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueSetEntry_LabelEn() {
		return (EAttribute)valueSetEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueSetEntry_Unknown() {
		return (EAttribute)valueSetEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUnit() {
		return unitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnit_Id() {
		return (EAttribute)unitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnit_Code() {
		return (EAttribute)unitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnit_Name() {
		return (EAttribute)unitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStaff() {
		return staffEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_Id() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_UserName() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_DisplayName() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStaff_Unit() {
		return (EReference)staffEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClient() {
		return clientEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_Id() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_PersonalIdentityNumber() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_GivenName() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_FamilyName() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_BirthDate() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_LegalSex() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_ProtectedIdentity() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_Version() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClient__AgeAt__LocalDate() {
		return clientEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIsuCase() {
		return isuCaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIsuCase_Id() {
		return (EAttribute)isuCaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIsuCase_CaseNumber() {
		return (EAttribute)isuCaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIsuCase_Client() {
		return (EReference)isuCaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIsuCase_Unit() {
		return (EReference)isuCaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIsuCase_ResponsibleStaff() {
		return (EReference)isuCaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIsuCase_Status() {
		return (EAttribute)isuCaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIsuCase_CurrentStep() {
		return (EAttribute)isuCaseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIsuCase_ActualisationDate() {
		return (EAttribute)isuCaseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIsuCase_ActualisationReasons() {
		return (EAttribute)isuCaseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIsuCase_Origin() {
		return (EAttribute)isuCaseEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIsuCase_HouseholdType() {
		return (EAttribute)isuCaseEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIsuCase_PreviousContact() {
		return (EAttribute)isuCaseEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIsuCase_Problems() {
		return (EAttribute)isuCaseEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIsuCase_DecisionDate() {
		return (EAttribute)isuCaseEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIsuCase_Interventions() {
		return (EReference)isuCaseEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIsuCase_FollowUps() {
		return (EReference)isuCaseEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIsuCase_ClosureDate() {
		return (EAttribute)isuCaseEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIsuCase_ImplementationVsPlan() {
		return (EAttribute)isuCaseEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIsuCase_ClosureReason() {
		return (EAttribute)isuCaseEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIsuCase_Occasions() {
		return (EReference)isuCaseEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIsuCase_Version() {
		return (EAttribute)isuCaseEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntervention() {
		return interventionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Id() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_InterventionType() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_DecisionDate() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_StartDate() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_EndDate() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_ProviderId() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProvider() {
		return providerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvider_Id() {
		return (EAttribute)providerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvider_Name() {
		return (EAttribute)providerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvider_OrganisationNumber() {
		return (EAttribute)providerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvider_Kind() {
		return (EAttribute)providerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvider_External() {
		return (EAttribute)providerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvider_Active() {
		return (EAttribute)providerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFollowUp() {
		return followUpEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_Id() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_Date() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_Cooperation() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_CoordinatedPlan() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_ParallelInterventions() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_GoalAttainment() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOccasion() {
		return occasionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccasion_Id() {
		return (EAttribute)occasionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccasion_Kind() {
		return (EAttribute)occasionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccasion_PlannedDate() {
		return (EAttribute)occasionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccasion_Status() {
		return (EAttribute)occasionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccasion_DoneDate() {
		return (EAttribute)occasionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccasion_NotDoneReason() {
		return (EAttribute)occasionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccasion_FormsDue() {
		return (EAttribute)occasionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProcessStep() {
		return processStepEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCaseStatus() {
		return caseStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOccasionKind() {
		return occasionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOccasionStatus() {
		return occasionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProviderKind() {
		return providerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IsuFactory getIsuFactory() {
		return (IsuFactory)getEFactoryInstance();
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
		valueSetCatalogEClass = createEClass(VALUE_SET_CATALOG);
		createEAttribute(valueSetCatalogEClass, VALUE_SET_CATALOG__ID);
		createEAttribute(valueSetCatalogEClass, VALUE_SET_CATALOG__TITLE);
		createEReference(valueSetCatalogEClass, VALUE_SET_CATALOG__VALUE_SETS);

		valueSetEClass = createEClass(VALUE_SET);
		createEAttribute(valueSetEClass, VALUE_SET__ID);
		createEAttribute(valueSetEClass, VALUE_SET__VARIABLE);
		createEAttribute(valueSetEClass, VALUE_SET__NAME);
		createEAttribute(valueSetEClass, VALUE_SET__NAME_EN);
		createEAttribute(valueSetEClass, VALUE_SET__MULTIPLE);
		createEReference(valueSetEClass, VALUE_SET__ENTRIES);

		valueSetEntryEClass = createEClass(VALUE_SET_ENTRY);
		createEAttribute(valueSetEntryEClass, VALUE_SET_ENTRY__CODE);
		createEAttribute(valueSetEntryEClass, VALUE_SET_ENTRY__LABEL);
		createEAttribute(valueSetEntryEClass, VALUE_SET_ENTRY__LABEL_EN);
		createEAttribute(valueSetEntryEClass, VALUE_SET_ENTRY__UNKNOWN);

		unitEClass = createEClass(UNIT);
		createEAttribute(unitEClass, UNIT__ID);
		createEAttribute(unitEClass, UNIT__CODE);
		createEAttribute(unitEClass, UNIT__NAME);

		staffEClass = createEClass(STAFF);
		createEAttribute(staffEClass, STAFF__ID);
		createEAttribute(staffEClass, STAFF__USER_NAME);
		createEAttribute(staffEClass, STAFF__DISPLAY_NAME);
		createEReference(staffEClass, STAFF__UNIT);

		clientEClass = createEClass(CLIENT);
		createEAttribute(clientEClass, CLIENT__ID);
		createEAttribute(clientEClass, CLIENT__PERSONAL_IDENTITY_NUMBER);
		createEAttribute(clientEClass, CLIENT__GIVEN_NAME);
		createEAttribute(clientEClass, CLIENT__FAMILY_NAME);
		createEAttribute(clientEClass, CLIENT__BIRTH_DATE);
		createEAttribute(clientEClass, CLIENT__LEGAL_SEX);
		createEAttribute(clientEClass, CLIENT__PROTECTED_IDENTITY);
		createEAttribute(clientEClass, CLIENT__VERSION);
		createEOperation(clientEClass, CLIENT___AGE_AT__LOCALDATE);

		isuCaseEClass = createEClass(ISU_CASE);
		createEAttribute(isuCaseEClass, ISU_CASE__ID);
		createEAttribute(isuCaseEClass, ISU_CASE__CASE_NUMBER);
		createEReference(isuCaseEClass, ISU_CASE__CLIENT);
		createEReference(isuCaseEClass, ISU_CASE__UNIT);
		createEReference(isuCaseEClass, ISU_CASE__RESPONSIBLE_STAFF);
		createEAttribute(isuCaseEClass, ISU_CASE__STATUS);
		createEAttribute(isuCaseEClass, ISU_CASE__CURRENT_STEP);
		createEAttribute(isuCaseEClass, ISU_CASE__ACTUALISATION_DATE);
		createEAttribute(isuCaseEClass, ISU_CASE__ACTUALISATION_REASONS);
		createEAttribute(isuCaseEClass, ISU_CASE__ORIGIN);
		createEAttribute(isuCaseEClass, ISU_CASE__HOUSEHOLD_TYPE);
		createEAttribute(isuCaseEClass, ISU_CASE__PREVIOUS_CONTACT);
		createEAttribute(isuCaseEClass, ISU_CASE__PROBLEMS);
		createEAttribute(isuCaseEClass, ISU_CASE__DECISION_DATE);
		createEReference(isuCaseEClass, ISU_CASE__INTERVENTIONS);
		createEReference(isuCaseEClass, ISU_CASE__FOLLOW_UPS);
		createEAttribute(isuCaseEClass, ISU_CASE__CLOSURE_DATE);
		createEAttribute(isuCaseEClass, ISU_CASE__IMPLEMENTATION_VS_PLAN);
		createEAttribute(isuCaseEClass, ISU_CASE__CLOSURE_REASON);
		createEReference(isuCaseEClass, ISU_CASE__OCCASIONS);
		createEAttribute(isuCaseEClass, ISU_CASE__VERSION);

		interventionEClass = createEClass(INTERVENTION);
		createEAttribute(interventionEClass, INTERVENTION__ID);
		createEAttribute(interventionEClass, INTERVENTION__INTERVENTION_TYPE);
		createEAttribute(interventionEClass, INTERVENTION__DECISION_DATE);
		createEAttribute(interventionEClass, INTERVENTION__START_DATE);
		createEAttribute(interventionEClass, INTERVENTION__END_DATE);
		createEAttribute(interventionEClass, INTERVENTION__PROVIDER_ID);

		providerEClass = createEClass(PROVIDER);
		createEAttribute(providerEClass, PROVIDER__ID);
		createEAttribute(providerEClass, PROVIDER__NAME);
		createEAttribute(providerEClass, PROVIDER__ORGANISATION_NUMBER);
		createEAttribute(providerEClass, PROVIDER__KIND);
		createEAttribute(providerEClass, PROVIDER__EXTERNAL);
		createEAttribute(providerEClass, PROVIDER__ACTIVE);

		followUpEClass = createEClass(FOLLOW_UP);
		createEAttribute(followUpEClass, FOLLOW_UP__ID);
		createEAttribute(followUpEClass, FOLLOW_UP__DATE);
		createEAttribute(followUpEClass, FOLLOW_UP__COOPERATION);
		createEAttribute(followUpEClass, FOLLOW_UP__COORDINATED_PLAN);
		createEAttribute(followUpEClass, FOLLOW_UP__PARALLEL_INTERVENTIONS);
		createEAttribute(followUpEClass, FOLLOW_UP__GOAL_ATTAINMENT);

		occasionEClass = createEClass(OCCASION);
		createEAttribute(occasionEClass, OCCASION__ID);
		createEAttribute(occasionEClass, OCCASION__KIND);
		createEAttribute(occasionEClass, OCCASION__PLANNED_DATE);
		createEAttribute(occasionEClass, OCCASION__STATUS);
		createEAttribute(occasionEClass, OCCASION__DONE_DATE);
		createEAttribute(occasionEClass, OCCASION__NOT_DONE_REASON);
		createEAttribute(occasionEClass, OCCASION__FORMS_DUE);

		// Create enums
		processStepEEnum = createEEnum(PROCESS_STEP);
		caseStatusEEnum = createEEnum(CASE_STATUS);
		occasionKindEEnum = createEEnum(OCCASION_KIND);
		occasionStatusEEnum = createEEnum(OCCASION_STATUS);
		providerKindEEnum = createEEnum(PROVIDER_KIND);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(valueSetCatalogEClass, ValueSetCatalog.class, "ValueSetCatalog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getValueSetCatalog_Id(), ecorePackage.getEString(), "id", null, 1, 1, ValueSetCatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValueSetCatalog_Title(), ecorePackage.getEString(), "title", null, 0, 1, ValueSetCatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getValueSetCatalog_ValueSets(), this.getValueSet(), null, "valueSets", null, 0, -1, ValueSetCatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(valueSetEClass, ValueSet.class, "ValueSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getValueSet_Id(), ecorePackage.getEString(), "id", null, 1, 1, ValueSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValueSet_Variable(), ecorePackage.getEString(), "variable", null, 0, 1, ValueSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValueSet_Name(), ecorePackage.getEString(), "name", null, 1, 1, ValueSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValueSet_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, ValueSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValueSet_Multiple(), ecorePackage.getEBoolean(), "multiple", null, 0, 1, ValueSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getValueSet_Entries(), this.getValueSetEntry(), null, "entries", null, 0, -1, ValueSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(valueSetEntryEClass, ValueSetEntry.class, "ValueSetEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getValueSetEntry_Code(), ecorePackage.getEInt(), "code", null, 1, 1, ValueSetEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValueSetEntry_Label(), ecorePackage.getEString(), "label", null, 1, 1, ValueSetEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValueSetEntry_LabelEn(), ecorePackage.getEString(), "labelEn", null, 0, 1, ValueSetEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValueSetEntry_Unknown(), ecorePackage.getEBoolean(), "unknown", null, 0, 1, ValueSetEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(unitEClass, Unit.class, "Unit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUnit_Id(), ecorePackage.getELong(), "id", null, 1, 1, Unit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnit_Code(), ecorePackage.getEString(), "code", null, 1, 1, Unit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnit_Name(), ecorePackage.getEString(), "name", null, 1, 1, Unit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(staffEClass, Staff.class, "Staff", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStaff_Id(), ecorePackage.getELong(), "id", null, 1, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_UserName(), ecorePackage.getEString(), "userName", null, 1, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStaff_Unit(), this.getUnit(), null, "unit", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clientEClass, Client.class, "Client", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClient_Id(), ecorePackage.getELong(), "id", null, 1, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_PersonalIdentityNumber(), ecorePackage.getEString(), "personalIdentityNumber", null, 1, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_GivenName(), ecorePackage.getEString(), "givenName", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_FamilyName(), ecorePackage.getEString(), "familyName", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_BirthDate(), this.getLocalDate(), "birthDate", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_LegalSex(), ecorePackage.getEIntegerObject(), "legalSex", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_ProtectedIdentity(), ecorePackage.getEBoolean(), "protectedIdentity", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_Version(), ecorePackage.getELong(), "version", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getClient__AgeAt__LocalDate(), ecorePackage.getEInt(), "ageAt", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getLocalDate(), "date", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(isuCaseEClass, IsuCase.class, "IsuCase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIsuCase_Id(), ecorePackage.getELong(), "id", null, 1, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIsuCase_CaseNumber(), ecorePackage.getEString(), "caseNumber", null, 1, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIsuCase_Client(), this.getClient(), null, "client", null, 1, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIsuCase_Unit(), this.getUnit(), null, "unit", null, 1, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIsuCase_ResponsibleStaff(), this.getStaff(), null, "responsibleStaff", null, 0, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIsuCase_Status(), this.getCaseStatus(), "status", null, 1, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIsuCase_CurrentStep(), this.getProcessStep(), "currentStep", "AKTUALISERA", 1, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIsuCase_ActualisationDate(), this.getLocalDate(), "actualisationDate", null, 0, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIsuCase_ActualisationReasons(), ecorePackage.getEInt(), "actualisationReasons", null, 0, -1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIsuCase_Origin(), ecorePackage.getEIntegerObject(), "origin", null, 0, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIsuCase_HouseholdType(), ecorePackage.getEIntegerObject(), "householdType", null, 0, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIsuCase_PreviousContact(), ecorePackage.getEIntegerObject(), "previousContact", null, 0, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIsuCase_Problems(), ecorePackage.getEInt(), "problems", null, 0, -1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIsuCase_DecisionDate(), this.getLocalDate(), "decisionDate", null, 0, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIsuCase_Interventions(), this.getIntervention(), null, "interventions", null, 0, -1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIsuCase_FollowUps(), this.getFollowUp(), null, "followUps", null, 0, -1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIsuCase_ClosureDate(), this.getLocalDate(), "closureDate", null, 0, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIsuCase_ImplementationVsPlan(), ecorePackage.getEIntegerObject(), "implementationVsPlan", null, 0, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIsuCase_ClosureReason(), ecorePackage.getEIntegerObject(), "closureReason", null, 0, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIsuCase_Occasions(), this.getOccasion(), null, "occasions", null, 0, -1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIsuCase_Version(), ecorePackage.getELong(), "version", null, 0, 1, IsuCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interventionEClass, Intervention.class, "Intervention", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIntervention_Id(), ecorePackage.getELong(), "id", null, 1, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_InterventionType(), ecorePackage.getEIntegerObject(), "interventionType", null, 1, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_DecisionDate(), this.getLocalDate(), "decisionDate", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_EndDate(), this.getLocalDate(), "endDate", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_ProviderId(), ecorePackage.getELongObject(), "providerId", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(providerEClass, Provider.class, "Provider", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProvider_Id(), ecorePackage.getELong(), "id", null, 1, 1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvider_Name(), ecorePackage.getEString(), "name", null, 1, 1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvider_OrganisationNumber(), ecorePackage.getEString(), "organisationNumber", null, 0, 1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvider_Kind(), this.getProviderKind(), "kind", null, 1, 1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvider_External(), ecorePackage.getEBoolean(), "external", null, 0, 1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvider_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(followUpEClass, FollowUp.class, "FollowUp", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFollowUp_Id(), ecorePackage.getELong(), "id", null, 1, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUp_Date(), this.getLocalDate(), "date", null, 0, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUp_Cooperation(), ecorePackage.getEInt(), "cooperation", null, 0, -1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUp_CoordinatedPlan(), ecorePackage.getEIntegerObject(), "coordinatedPlan", null, 0, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUp_ParallelInterventions(), ecorePackage.getEIntegerObject(), "parallelInterventions", null, 0, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUp_GoalAttainment(), ecorePackage.getEIntegerObject(), "goalAttainment", null, 0, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(occasionEClass, Occasion.class, "Occasion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOccasion_Id(), ecorePackage.getELong(), "id", null, 1, 1, Occasion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOccasion_Kind(), this.getOccasionKind(), "kind", null, 1, 1, Occasion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOccasion_PlannedDate(), this.getLocalDate(), "plannedDate", null, 0, 1, Occasion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOccasion_Status(), this.getOccasionStatus(), "status", null, 1, 1, Occasion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOccasion_DoneDate(), this.getLocalDate(), "doneDate", null, 0, 1, Occasion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOccasion_NotDoneReason(), ecorePackage.getEIntegerObject(), "notDoneReason", null, 0, 1, Occasion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOccasion_FormsDue(), ecorePackage.getEString(), "formsDue", null, 0, -1, Occasion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(processStepEEnum, ProcessStep.class, "ProcessStep");
		addEEnumLiteral(processStepEEnum, ProcessStep.AKTUALISERA);
		addEEnumLiteral(processStepEEnum, ProcessStep.UTREDA);
		addEEnumLiteral(processStepEEnum, ProcessStep.BESLUTA);
		addEEnumLiteral(processStepEEnum, ProcessStep.UTFORMA_UPPDRAG);
		addEEnumLiteral(processStepEEnum, ProcessStep.GENOMFORA);
		addEEnumLiteral(processStepEEnum, ProcessStep.FOLJA_UPP);
		addEEnumLiteral(processStepEEnum, ProcessStep.AVSLUTA);

		initEEnum(caseStatusEEnum, CaseStatus.class, "CaseStatus");
		addEEnumLiteral(caseStatusEEnum, CaseStatus.OPEN);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.CLOSED);

		initEEnum(occasionKindEEnum, OccasionKind.class, "OccasionKind");
		addEEnumLiteral(occasionKindEEnum, OccasionKind.INTAKE);
		addEEnumLiteral(occasionKindEEnum, OccasionKind.INTERIM);
		addEEnumLiteral(occasionKindEEnum, OccasionKind.DISCHARGE);
		addEEnumLiteral(occasionKindEEnum, OccasionKind.FOLLOW_UP);

		initEEnum(occasionStatusEEnum, OccasionStatus.class, "OccasionStatus");
		addEEnumLiteral(occasionStatusEEnum, OccasionStatus.PLANNED);
		addEEnumLiteral(occasionStatusEEnum, OccasionStatus.DONE);
		addEEnumLiteral(occasionStatusEEnum, OccasionStatus.NOT_DONE);

		initEEnum(providerKindEEnum, ProviderKind.class, "ProviderKind");
		addEEnumLiteral(providerKindEEnum, ProviderKind.HVB);
		addEEnumLiteral(providerKindEEnum, ProviderKind.SUPPORTED_HOUSING);
		addEEnumLiteral(providerKindEEnum, ProviderKind.FOSTER_HOME);
		addEEnumLiteral(providerKindEEnum, ProviderKind.OTHER);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://isu.se/model/valueSet
		createValueSetAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://isu.se/model/valueSet</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createValueSetAnnotations() {
		String source = "http://isu.se/model/valueSet";
		addAnnotation
		  (getClient_LegalSex(),
		   source,
		   new String[] {
			   "valueSet", "skl.juridisktKon",
			   "variable", "4"
		   });
		addAnnotation
		  (getIsuCase_ActualisationReasons(),
		   source,
		   new String[] {
			   "valueSet", "skl.aktualiseringsorsak",
			   "variable", "2"
		   });
		addAnnotation
		  (getIsuCase_Origin(),
		   source,
		   new String[] {
			   "valueSet", "skl.ursprung",
			   "variable", "6"
		   });
		addAnnotation
		  (getIsuCase_HouseholdType(),
		   source,
		   new String[] {
			   "valueSet", "skl.hushallstyp",
			   "variable", "7"
		   });
		addAnnotation
		  (getIsuCase_PreviousContact(),
		   source,
		   new String[] {
			   "valueSet", "skl.tidigareKontakt",
			   "variable", "8"
		   });
		addAnnotation
		  (getIsuCase_Problems(),
		   source,
		   new String[] {
			   "valueSet", "skl.problematik",
			   "variable", "9"
		   });
		addAnnotation
		  (getIsuCase_ImplementationVsPlan(),
		   source,
		   new String[] {
			   "valueSet", "skl.genomforande",
			   "variable", "19"
		   });
		addAnnotation
		  (getIsuCase_ClosureReason(),
		   source,
		   new String[] {
			   "valueSet", "skl.avslutsorsak",
			   "variable", "20"
		   });
		addAnnotation
		  (getIntervention_InterventionType(),
		   source,
		   new String[] {
			   "valueSet", "skl.insatstyp",
			   "variable", "12"
		   });
		addAnnotation
		  (getFollowUp_Cooperation(),
		   source,
		   new String[] {
			   "valueSet", "skl.samverkan",
			   "variable", "14"
		   });
		addAnnotation
		  (getFollowUp_CoordinatedPlan(),
		   source,
		   new String[] {
			   "valueSet", "skl.sip",
			   "variable", "15"
		   });
		addAnnotation
		  (getFollowUp_ParallelInterventions(),
		   source,
		   new String[] {
			   "valueSet", "skl.parallellaInsatser",
			   "variable", "16"
		   });
		addAnnotation
		  (getFollowUp_GoalAttainment(),
		   source,
		   new String[] {
			   "valueSet", "skl.maluppfyllelse",
			   "variable", "17"
		   });
		addAnnotation
		  (getOccasion_NotDoneReason(),
		   source,
		   new String[] {
			   "valueSet", "isu.ejGenomford"
		   });
	}

} //IsuPackageImpl
