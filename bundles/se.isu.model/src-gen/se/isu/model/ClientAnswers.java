/**
 */
package se.isu.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Client Answers</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The client's answers to SKL's client questions (Bilaga 2) at one occasion.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.ClientAnswers#getB1a <em>B1a</em>}</li>
 *   <li>{@link se.isu.model.ClientAnswers#getB1b <em>B1b</em>}</li>
 *   <li>{@link se.isu.model.ClientAnswers#getB2 <em>B2</em>}</li>
 *   <li>{@link se.isu.model.ClientAnswers#getB3 <em>B3</em>}</li>
 *   <li>{@link se.isu.model.ClientAnswers#getB4 <em>B4</em>}</li>
 *   <li>{@link se.isu.model.ClientAnswers#getB5 <em>B5</em>}</li>
 * </ul>
 *
 * @see se.isu.model.IsuPackage#getClientAnswers()
 * @model
 * @generated
 */
public interface ClientAnswers extends EObject {
	/**
	 * Returns the value of the '<em><b>B1a</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>B1a</em>' attribute.
	 * @see #setB1a(Integer)
	 * @see se.isu.model.IsuPackage#getClientAnswers_B1a()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.b1a' variable='B1a'"
	 * @generated
	 */
	Integer getB1a();

	/**
	 * Sets the value of the '{@link se.isu.model.ClientAnswers#getB1a <em>B1a</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>B1a</em>' attribute.
	 * @see #getB1a()
	 * @generated
	 */
	void setB1a(Integer value);

	/**
	 * Returns the value of the '<em><b>B1b</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>B1b</em>' attribute.
	 * @see #setB1b(Integer)
	 * @see se.isu.model.IsuPackage#getClientAnswers_B1b()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.b1b' variable='B1b'"
	 * @generated
	 */
	Integer getB1b();

	/**
	 * Sets the value of the '{@link se.isu.model.ClientAnswers#getB1b <em>B1b</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>B1b</em>' attribute.
	 * @see #getB1b()
	 * @generated
	 */
	void setB1b(Integer value);

	/**
	 * Returns the value of the '<em><b>B2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>B2</em>' attribute.
	 * @see #setB2(Integer)
	 * @see se.isu.model.IsuPackage#getClientAnswers_B2()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.b2' variable='B2'"
	 * @generated
	 */
	Integer getB2();

	/**
	 * Sets the value of the '{@link se.isu.model.ClientAnswers#getB2 <em>B2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>B2</em>' attribute.
	 * @see #getB2()
	 * @generated
	 */
	void setB2(Integer value);

	/**
	 * Returns the value of the '<em><b>B3</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>B3</em>' attribute.
	 * @see #setB3(Integer)
	 * @see se.isu.model.IsuPackage#getClientAnswers_B3()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.b3' variable='B3'"
	 * @generated
	 */
	Integer getB3();

	/**
	 * Sets the value of the '{@link se.isu.model.ClientAnswers#getB3 <em>B3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>B3</em>' attribute.
	 * @see #getB3()
	 * @generated
	 */
	void setB3(Integer value);

	/**
	 * Returns the value of the '<em><b>B4</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>B4</em>' attribute.
	 * @see #setB4(Integer)
	 * @see se.isu.model.IsuPackage#getClientAnswers_B4()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.b4' variable='B4'"
	 * @generated
	 */
	Integer getB4();

	/**
	 * Sets the value of the '{@link se.isu.model.ClientAnswers#getB4 <em>B4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>B4</em>' attribute.
	 * @see #getB4()
	 * @generated
	 */
	void setB4(Integer value);

	/**
	 * Returns the value of the '<em><b>B5</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>B5</em>' attribute.
	 * @see #setB5(Integer)
	 * @see se.isu.model.IsuPackage#getClientAnswers_B5()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.b5' variable='B5'"
	 * @generated
	 */
	Integer getB5();

	/**
	 * Sets the value of the '{@link se.isu.model.ClientAnswers#getB5 <em>B5</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>B5</em>' attribute.
	 * @see #getB5()
	 * @generated
	 */
	void setB5(Integer value);

} // ClientAnswers
