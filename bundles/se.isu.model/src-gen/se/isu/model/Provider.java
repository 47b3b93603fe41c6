/**
 */
package se.isu.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provider</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A provider (utförare) of interventions, from the register methods staff keep: name, organisation number, kind, and whether it is the municipality's own or external. Interventions name it by id.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.Provider#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.Provider#getName <em>Name</em>}</li>
 *   <li>{@link se.isu.model.Provider#getOrganisationNumber <em>Organisation Number</em>}</li>
 *   <li>{@link se.isu.model.Provider#getKind <em>Kind</em>}</li>
 *   <li>{@link se.isu.model.Provider#isExternal <em>External</em>}</li>
 *   <li>{@link se.isu.model.Provider#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @see se.isu.model.IsuPackage#getProvider()
 * @model
 * @generated
 */
public interface Provider extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see se.isu.model.IsuPackage#getProvider_Id()
	 * @model required="true"
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link se.isu.model.Provider#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see se.isu.model.IsuPackage#getProvider_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link se.isu.model.Provider#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Organisation Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NNNNNN-NNNN with a Luhn check digit; empty for a foster home, which has none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisation Number</em>' attribute.
	 * @see #setOrganisationNumber(String)
	 * @see se.isu.model.IsuPackage#getProvider_OrganisationNumber()
	 * @model
	 * @generated
	 */
	String getOrganisationNumber();

	/**
	 * Sets the value of the '{@link se.isu.model.Provider#getOrganisationNumber <em>Organisation Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation Number</em>' attribute.
	 * @see #getOrganisationNumber()
	 * @generated
	 */
	void setOrganisationNumber(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link se.isu.model.ProviderKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see se.isu.model.ProviderKind
	 * @see #setKind(ProviderKind)
	 * @see se.isu.model.IsuPackage#getProvider_Kind()
	 * @model required="true"
	 * @generated
	 */
	ProviderKind getKind();

	/**
	 * Sets the value of the '{@link se.isu.model.Provider#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see se.isu.model.ProviderKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ProviderKind value);

	/**
	 * Returns the value of the '<em><b>External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for a provider outside the municipality (bought), false for its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External</em>' attribute.
	 * @see #setExternal(boolean)
	 * @see se.isu.model.IsuPackage#getProvider_External()
	 * @model
	 * @generated
	 */
	boolean isExternal();

	/**
	 * Sets the value of the '{@link se.isu.model.Provider#isExternal <em>External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External</em>' attribute.
	 * @see #isExternal()
	 * @generated
	 */
	void setExternal(boolean value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An inactive provider is no longer offered for new interventions; the ones that name it keep it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see se.isu.model.IsuPackage#getProvider_Active()
	 * @model default="true"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link se.isu.model.Provider#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

} // Provider
