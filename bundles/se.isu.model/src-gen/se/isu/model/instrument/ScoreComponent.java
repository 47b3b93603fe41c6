/**
 */
package se.isu.model.instrument;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Score Component</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.instrument.ScoreComponent#getItemId <em>Item Id</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreComponent#getTransform <em>Transform</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreComponent#getMax <em>Max</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreComponent#getWeight <em>Weight</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreComponent#getCode <em>Code</em>}</li>
 *   <li>{@link se.isu.model.instrument.ScoreComponent#getOver <em>Over</em>}</li>
 * </ul>
 *
 * @see se.isu.model.instrument.InstrumentPackage#getScoreComponent()
 * @model
 * @generated
 */
public interface ScoreComponent extends EObject {
	/**
	 * Returns the value of the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Id</em>' attribute.
	 * @see #setItemId(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreComponent_ItemId()
	 * @model required="true"
	 * @generated
	 */
	String getItemId();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreComponent#getItemId <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Id</em>' attribute.
	 * @see #getItemId()
	 * @generated
	 */
	void setItemId(String value);

	/**
	 * Returns the value of the '<em><b>Transform</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.model.instrument.ComponentTransform}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transform</em>' attribute.
	 * @see se.isu.model.instrument.ComponentTransform
	 * @see #setTransform(ComponentTransform)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreComponent_Transform()
	 * @model required="true"
	 * @generated
	 */
	ComponentTransform getTransform();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreComponent#getTransform <em>Transform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transform</em>' attribute.
	 * @see se.isu.model.instrument.ComponentTransform
	 * @see #getTransform()
	 * @generated
	 */
	void setTransform(ComponentTransform value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Divisor (SCALED) or cap (LOG_MONEY).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(double)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreComponent_Max()
	 * @model
	 * @generated
	 */
	double getMax();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreComponent#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(double value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative weight; 0 or unset means 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreComponent_Weight()
	 * @model
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreComponent#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For MATCHES.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreComponent_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreComponent#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Over</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.model.instrument.RowAggregate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reads the rows of a group (see RowAggregate); NONE for one item.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Over</em>' attribute.
	 * @see se.isu.model.instrument.RowAggregate
	 * @see #setOver(RowAggregate)
	 * @see se.isu.model.instrument.InstrumentPackage#getScoreComponent_Over()
	 * @model
	 * @generated
	 */
	RowAggregate getOver();

	/**
	 * Sets the value of the '{@link se.isu.model.instrument.ScoreComponent#getOver <em>Over</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Over</em>' attribute.
	 * @see se.isu.model.instrument.RowAggregate
	 * @see #getOver()
	 * @generated
	 */
	void setOver(RowAggregate value);

} // ScoreComponent
