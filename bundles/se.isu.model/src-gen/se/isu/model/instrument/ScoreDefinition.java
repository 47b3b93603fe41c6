/**
 */
package se.isu.model.instrument;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Score Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A score as a declarative list of components.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.ScoreDefinition#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreDefinition#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreDefinition#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreDefinition#getCombination <em>Combination</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreDefinition#getMissingRule <em>Missing Rule</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreDefinition#getMinAnswered <em>Min Answered</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreDefinition#getComponents <em>Components</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreDefinition#getMin <em>Min</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreDefinition#getMax <em>Max</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreDefinition#getStep <em>Step</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreDefinition#getDecimals <em>Decimals</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreDefinition#getBands <em>Bands</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreDefinition#getBandsOf <em>Bands Of</em>}</li>
 * </ul>
 *
 * @see se.isu.model.instrument.InstrumentPackage#getScoreDefinition()
 * @model
 * @generated
 */
public interface ScoreDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreDefinition_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreDefinition#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreDefinition_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreDefinition#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label En</em>' attribute.
	 * @see #setLabelEn(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreDefinition_LabelEn()
	 * @model
	 * @generated
	 */
	String getLabelEn();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreDefinition#getLabelEn <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label En</em>' attribute.
	 * @see #getLabelEn()
	 * @generated
	 */
	void setLabelEn(String value);

	/**
	 * Returns the value of the '<em><b>Combination</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.model.instrument.ScoreCombination}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Combination</em>' attribute.
	 * @see se.isu.model.instrument.ScoreCombination
	 * @see #setCombination(ScoreCombination)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreDefinition_Combination()
	 * @model required="true"
	 * @generated
	 */
	ScoreCombination getCombination();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreDefinition#getCombination <em>Combination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Combination</em>' attribute.
	 * @see se.isu.model.instrument.ScoreCombination
	 * @see #getCombination()
	 * @generated
	 */
	void setCombination(ScoreCombination value);

	/**
	 * Returns the value of the '<em><b>Missing Rule</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.model.instrument.MissingScoreRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missing Rule</em>' attribute.
	 * @see se.isu.model.instrument.MissingScoreRule
	 * @see #setMissingRule(MissingScoreRule)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreDefinition_MissingRule()
	 * @model required="true"
	 * @generated
	 */
	MissingScoreRule getMissingRule();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreDefinition#getMissingRule <em>Missing Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing Rule</em>' attribute.
	 * @see se.isu.model.instrument.MissingScoreRule
	 * @see #getMissingRule()
	 * @generated
	 */
	void setMissingRule(MissingScoreRule value);

	/**
	 * Returns the value of the '<em><b>Min Answered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Answered</em>' attribute.
	 * @see #setMinAnswered(int)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreDefinition_MinAnswered()
	 * @model
	 * @generated
	 */
	int getMinAnswered();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreDefinition#getMinAnswered <em>Min Answered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Answered</em>' attribute.
	 * @see #getMinAnswered()
	 * @generated
	 */
	void setMinAnswered(int value);

	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.instrument.ScoreComponent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreDefinition_Components()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScoreComponent> getComponents();

	/**
	 * Returns the value of the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Smallest value the score can take, e.g. 0 for an ASI composite or AUDIT, 1 for a 1-10 rating.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min</em>' attribute.
	 * @see #setMin(Double)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreDefinition_Min()
	 * @model
	 * @generated
	 */
	Double getMin();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreDefinition#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min</em>' attribute.
	 * @see #getMin()
	 * @generated
	 */
	void setMin(Double value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest value the score can take, e.g. 1 for an ASI composite, 40 for AUDIT, 10 for a 1-10 rating.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(Double)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreDefinition_Max()
	 * @model
	 * @generated
	 */
	Double getMax();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreDefinition#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(Double value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Width of the bands a compilation groups the score by (0.1 for a 0-1 composite, 5 for AUDIT, 1 for a rating); unset: a tenth of min..max, or 1 when the range is not given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see #setStep(Double)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreDefinition_Step()
	 * @model
	 * @generated
	 */
	Double getStep();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreDefinition#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(Double value);

	/**
	 * Returns the value of the '<em><b>Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decimals the score is shown with (2 for a 0-1 composite, 0 for a count); unset: as many as the step needs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decimals</em>' attribute.
	 * @see #setDecimals(Integer)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreDefinition_Decimals()
	 * @model
	 * @generated
	 */
	Integer getDecimals();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreDefinition#getDecimals <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decimals</em>' attribute.
	 * @see #getDecimals()
	 * @generated
	 */
	void setDecimals(Integer value);

	/**
	 * Returns the value of the '<em><b>Bands</b></em>' containment reference list.
	 * The list contents are of type {@link se.isu.model.instrument.ScoreBand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named ranges of the score, e.g. AUDIT 8-15 risky use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bands</em>' containment reference list.
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreDefinition_Bands()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScoreBand> getBands();

	/**
	 * Returns the value of the '<em><b>Bands Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A zone score: it has no components; its value is the zone of the band (of this score) that the named earlier score falls in, among the first group of bands whose legal sex and age fit the client at the assessment date (AUDIT risk zone by sex and age). Missing when that score is missing or no group fits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bands Of</em>' attribute.
	 * @see #setBandsOf(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreDefinition_BandsOf()
	 * @model
	 * @generated
	 */
	String getBandsOf();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreDefinition#getBandsOf <em>Bands Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bands Of</em>' attribute.
	 * @see #getBandsOf()
	 * @generated
	 */
	void setBandsOf(String value);

} // ScoreDefinition
