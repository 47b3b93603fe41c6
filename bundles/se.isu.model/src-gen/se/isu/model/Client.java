/**
 */
package se.isu.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Client</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person the social services work with, identified by personnummer or samordningsnummer (ÅÅÅÅMMDD-NNNN, SKL variable 3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.Client#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.Client#getPersonalIdentityNumber <em>Personal Identity Number</em>}</li>
 *   <li>{@link se.isu.model.Client#getGivenName <em>Given Name</em>}</li>
 *   <li>{@link se.isu.model.Client#getFamilyName <em>Family Name</em>}</li>
 *   <li>{@link se.isu.model.Client#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link se.isu.model.Client#getLegalSex <em>Legal Sex</em>}</li>
 *   <li>{@link se.isu.model.Client#isProtectedIdentity <em>Protected Identity</em>}</li>
 *   <li>{@link se.isu.model.Client#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @see se.isu.model.IsuPackage#getClient()
 * @model
 * @generated
 */
public interface Client extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see se.isu.model.IsuPackage#getClient_Id()
	 * @model required="true"
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link se.isu.model.Client#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Personal Identity Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personal Identity Number</em>' attribute.
	 * @see #setPersonalIdentityNumber(String)
	 * @see se.isu.model.IsuPackage#getClient_PersonalIdentityNumber()
	 * @model required="true"
	 * @generated
	 */
	String getPersonalIdentityNumber();

	/**
	 * Sets the value of the '{@link se.isu.model.Client#getPersonalIdentityNumber <em>Personal Identity Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Personal Identity Number</em>' attribute.
	 * @see #getPersonalIdentityNumber()
	 * @generated
	 */
	void setPersonalIdentityNumber(String value);

	/**
	 * Returns the value of the '<em><b>Given Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Given Name</em>' attribute.
	 * @see #setGivenName(String)
	 * @see se.isu.model.IsuPackage#getClient_GivenName()
	 * @model
	 * @generated
	 */
	String getGivenName();

	/**
	 * Sets the value of the '{@link se.isu.model.Client#getGivenName <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given Name</em>' attribute.
	 * @see #getGivenName()
	 * @generated
	 */
	void setGivenName(String value);

	/**
	 * Returns the value of the '<em><b>Family Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family Name</em>' attribute.
	 * @see #setFamilyName(String)
	 * @see se.isu.model.IsuPackage#getClient_FamilyName()
	 * @model
	 * @generated
	 */
	String getFamilyName();

	/**
	 * Sets the value of the '{@link se.isu.model.Client#getFamilyName <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family Name</em>' attribute.
	 * @see #getFamilyName()
	 * @generated
	 */
	void setFamilyName(String value);

	/**
	 * Returns the value of the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * From the personnummer (for a samordningsnummer: day minus 60).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Birth Date</em>' attribute.
	 * @see #setBirthDate(LocalDate)
	 * @see se.isu.model.IsuPackage#getClient_BirthDate()
	 * @model dataType="se.isu.model.LocalDate"
	 * @generated
	 */
	LocalDate getBirthDate();

	/**
	 * Sets the value of the '{@link se.isu.model.Client#getBirthDate <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Date</em>' attribute.
	 * @see #getBirthDate()
	 * @generated
	 */
	void setBirthDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Legal Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SKL variable 4 Juridiskt kön, from the personnummer's ninth digit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal Sex</em>' attribute.
	 * @see #setLegalSex(Integer)
	 * @see se.isu.model.IsuPackage#getClient_LegalSex()
	 * @model annotation="http://isu.se/model/valueSet valueSet='skl.juridisktKon' variable='4'"
	 * @generated
	 */
	Integer getLegalSex();

	/**
	 * Sets the value of the '{@link se.isu.model.Client#getLegalSex <em>Legal Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Sex</em>' attribute.
	 * @see #getLegalSex()
	 * @generated
	 */
	void setLegalSex(Integer value);

	/**
	 * Returns the value of the '<em><b>Protected Identity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Skyddade personuppgifter: name and personnummer are shown only to the responsible case worker. Set and lifted only through the protected-identity service (a manager's logged decision lifts it), never by saving a case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protected Identity</em>' attribute.
	 * @see #setProtectedIdentity(boolean)
	 * @see se.isu.model.IsuPackage#getClient_ProtectedIdentity()
	 * @model
	 * @generated
	 */
	boolean isProtectedIdentity();

	/**
	 * Sets the value of the '{@link se.isu.model.Client#isProtectedIdentity <em>Protected Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protected Identity</em>' attribute.
	 * @see #isProtectedIdentity()
	 * @generated
	 */
	void setProtectedIdentity(boolean value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optimistic-lock version as read from the store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(long)
	 * @see se.isu.model.IsuPackage#getClient_Version()
	 * @model
	 * @generated
	 */
	long getVersion();

	/**
	 * Sets the value of the '{@link se.isu.model.Client#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(long value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whole years of life at the given date, or -1 when unknown. Age is dynamic (SKL variable 5): computed, never stored.
	 * <!-- end-model-doc -->
	 * @model dateDataType="se.isu.model.LocalDate"
	 * @generated
	 */
	int ageAt(LocalDate date);

} // Client
