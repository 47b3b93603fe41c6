/**
 */
package se.isu.model.instrument;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import se.isu.model.OccasionKind;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One version of an instrument or questionnaire: what is asked, of whom, when, and how it is scored. Shipped as a resource of an instrument plugin (never edited in place) or created by a unit as its own questionnaire.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getVersion <em>Version</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getName <em>Name</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getNameEn <em>Name En</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getDescription <em>Description</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getLicence <em>Licence</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getOwnerUnit <em>Owner Unit</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getRespondents <em>Respondents</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getOccasionKinds <em>Occasion Kinds</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getPrerequisite <em>Prerequisite</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getBaselineInstrument <em>Baseline Instrument</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getBaselineOccasionKind <em>Baseline Occasion Kind</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getMissingCodes <em>Missing Codes</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getChoiceSets <em>Choice Sets</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getSections <em>Sections</em>}</li>
 *   <li>{@link se.isu.model.instrument.InstrumentDefinition#getScores <em>Scores</em>}</li>
 * </ul>
 *
 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition()
 * @model
 * @generated
 */
public interface InstrumentDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable instrument id, e.g. asi.grund.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.InstrumentDefinition#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the definition; every assessment keeps the version it was answered in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_Version()
	 * @model required="true"
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.InstrumentDefinition#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.InstrumentDefinition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.InstrumentDefinition#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.InstrumentDefinition#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Licence or attribution note shown with the form.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Licence</em>' attribute.
	 * @see #setLicence(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_Licence()
	 * @model
	 * @generated
	 */
	String getLicence();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.InstrumentDefinition#getLicence <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Licence</em>' attribute.
	 * @see #getLicence()
	 * @generated
	 */
	void setLicence(String value);

	/**
	 * Returns the value of the '<em><b>Owner Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set for a questionnaire a unit made itself; empty for shipped instruments.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner Unit</em>' attribute.
	 * @see #setOwnerUnit(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_OwnerUnit()
	 * @model
	 * @generated
	 */
	String getOwnerUnit();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.InstrumentDefinition#getOwnerUnit <em>Owner Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Unit</em>' attribute.
	 * @see #getOwnerUnit()
	 * @generated
	 */
	void setOwnerUnit(String value);

	/**
	 * Returns the value of the '<em><b>Respondents</b></em>' attribute list.
	 * The list contents are of type {@link se.isu.model.instrument.Respondent}.
	 * The literals are from the enumeration {@link se.isu.model.instrument.Respondent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who may answer it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Respondents</em>' attribute list.
	 * @see se.isu.model.instrument.Respondent
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_Respondents()
	 * @model
	 * @generated
	 */
	EList<Respondent> getRespondents();

	/**
	 * Returns the value of the '<em><b>Occasion Kinds</b></em>' attribute list.
	 * The list contents are of type {@link se.isu.model.OccasionKind}.
	 * The literals are from the enumeration {@link se.isu.model.OccasionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The occasion kinds it serves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Occasion Kinds</em>' attribute list.
	 * @see se.isu.model.OccasionKind
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_OccasionKinds()
	 * @model
	 * @generated
	 */
	EList<OccasionKind> getOccasionKinds();

	/**
	 * Returns the value of the '<em><b>Schedule</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.instrument.ScheduleRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When occasions for it are due.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedule</em>' containment reference list.
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_Schedule()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScheduleRule> getSchedule();

	/**
	 * Returns the value of the '<em><b>Prerequisite</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another instrument the same client must have completed first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prerequisite</em>' containment reference.
	 * @see #setPrerequisite(Prerequisite)
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_Prerequisite()
	 * @model containment="true"
	 * @generated
	 */
	Prerequisite getPrerequisite();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.InstrumentDefinition#getPrerequisite <em>Prerequisite</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prerequisite</em>' containment reference.
	 * @see #getPrerequisite()
	 * @generated
	 */
	void setPrerequisite(Prerequisite value);

	/**
	 * Returns the value of the '<em><b>Baseline Instrument</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Instrument whose scores this one is compared with, e.g. a follow-up against its intake form.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Instrument</em>' attribute.
	 * @see #setBaselineInstrument(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_BaselineInstrument()
	 * @model
	 * @generated
	 */
	String getBaselineInstrument();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.InstrumentDefinition#getBaselineInstrument <em>Baseline Instrument</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Instrument</em>' attribute.
	 * @see #getBaselineInstrument()
	 * @generated
	 */
	void setBaselineInstrument(String value);

	/**
	 * Returns the value of the '<em><b>Baseline Occasion Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.model.OccasionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of occasion the baseline is answered at, e.g. INTAKE for a rating asked at intake, closure and follow-up: a form that is its own baseline is compared with its answer at that occasion, never with itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Occasion Kind</em>' attribute.
	 * @see se.isu.model.OccasionKind
	 * @see #isSetBaselineOccasionKind()
	 * @see #unsetBaselineOccasionKind()
	 * @see #setBaselineOccasionKind(OccasionKind)
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_BaselineOccasionKind()
	 * @model unsettable="true"
	 * @generated
	 */
	OccasionKind getBaselineOccasionKind();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.InstrumentDefinition#getBaselineOccasionKind <em>Baseline Occasion Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Occasion Kind</em>' attribute.
	 * @see se.isu.model.OccasionKind
	 * @see #isSetBaselineOccasionKind()
	 * @see #unsetBaselineOccasionKind()
	 * @see #getBaselineOccasionKind()
	 * @generated
	 */
	void setBaselineOccasionKind(OccasionKind value);

	/**
	 * Unsets the value of the '{@link se.isu.model.instrument.InstrumentDefinition#getBaselineOccasionKind <em>Baseline Occasion Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBaselineOccasionKind()
	 * @see #getBaselineOccasionKind()
	 * @see #setBaselineOccasionKind(OccasionKind)
	 * @generated
	 */
	void unsetBaselineOccasionKind();

	/**
	 * Returns whether the value of the '{@link se.isu.model.instrument.InstrumentDefinition#getBaselineOccasionKind <em>Baseline Occasion Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Baseline Occasion Kind</em>' attribute is set.
	 * @see #unsetBaselineOccasionKind()
	 * @see #getBaselineOccasionKind()
	 * @see #setBaselineOccasionKind(OccasionKind)
	 * @generated
	 */
	boolean isSetBaselineOccasionKind();

	/**
	 * Returns the value of the '<em><b>Missing Codes</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.instrument.MissingCode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Typed missing codes the items of this definition accept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Missing Codes</em>' containment reference list.
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_MissingCodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<MissingCode> getMissingCodes();

	/**
	 * Returns the value of the '<em><b>Choice Sets</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.instrument.ChoiceSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Choice Sets</em>' containment reference list.
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_ChoiceSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChoiceSet> getChoiceSets();

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.instrument.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSections();

	/**
	 * Returns the value of the '<em><b>Scores</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.instrument.ScoreDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declarative scores computed from the answers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scores</em>' containment reference list.
	 * @see se.isu.model.instrument.InstrumentPackage#getInstrumentDefinition_Scores()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScoreDefinition> getScores();

} // InstrumentDefinition
