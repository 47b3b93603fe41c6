/**
 */
package se.isu.model.instrument;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Score Band</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Score values from..to (inclusive) read as one band.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.ScoreBand#getFrom <em>From</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreBand#getTo <em>To</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreBand#getLabel <em>Label</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreBand#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreBand#getLegalSex <em>Legal Sex</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreBand#getMinAge <em>Min Age</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreBand#getMaxAge <em>Max Age</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreBand#getZone <em>Zone</em>}</li>
 * </ul>
 *
 * @see se.isu.model.instrument.InstrumentPackage#getScoreBand()
 * @model
 * @generated
 */
public interface ScoreBand extends EObject {
	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see #setFrom(double)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreBand_From()
	 * @model required="true"
	 * @generated
	 */
	double getFrom();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreBand#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(double value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see #setTo(double)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreBand_To()
	 * @model required="true"
	 * @generated
	 */
	double getTo();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreBand#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(double value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreBand_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreBand#getLabel <em>Label</em>}' attribute.
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
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreBand_LabelEn()
	 * @model
	 * @generated
	 */
	String getLabelEn();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreBand#getLabelEn <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label En</em>' attribute.
	 * @see #getLabelEn()
	 * @generated
	 */
	void setLabelEn(String value);

	/**
	 * Returns the value of the '<em><b>Legal Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The band applies only to clients of this legal sex (a code of skl.juridisktKon, SKL variable 4: 1 woman, 2 man); unset: any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal Sex</em>' attribute.
	 * @see #setLegalSex(Integer)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreBand_LegalSex()
	 * @model
	 * @generated
	 */
	Integer getLegalSex();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreBand#getLegalSex <em>Legal Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Sex</em>' attribute.
	 * @see #getLegalSex()
	 * @generated
	 */
	void setLegalSex(Integer value);

	/**
	 * Returns the value of the '<em><b>Min Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The band applies only from this age (whole years at the assessment date, inclusive); unset: no lower limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Age</em>' attribute.
	 * @see #setMinAge(Integer)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreBand_MinAge()
	 * @model
	 * @generated
	 */
	Integer getMinAge();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreBand#getMinAge <em>Min Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Age</em>' attribute.
	 * @see #getMinAge()
	 * @generated
	 */
	void setMinAge(Integer value);

	/**
	 * Returns the value of the '<em><b>Max Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The band applies only up to this age (inclusive); unset: no upper limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Age</em>' attribute.
	 * @see #setMaxAge(Integer)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreBand_MaxAge()
	 * @model
	 * @generated
	 */
	Integer getMaxAge();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreBand#getMaxAge <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Age</em>' attribute.
	 * @see #getMaxAge()
	 * @generated
	 */
	void setMaxAge(Integer value);

	/**
	 * Returns the value of the '<em><b>Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value a zone score (bandsOf) takes when the score falls in this band, e.g. 0 below the cut-off, 1 risky use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zone</em>' attribute.
	 * @see #setZone(Integer)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreBand_Zone()
	 * @model
	 * @generated
	 */
	Integer getZone();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreBand#getZone <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zone</em>' attribute.
	 * @see #getZone()
	 * @generated
	 */
	void setZone(Integer value);

} // ScoreBand
