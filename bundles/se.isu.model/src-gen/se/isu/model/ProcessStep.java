/**
 */
package se.isu.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Process Step</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The seven process steps of Socialstyrelsen's process model with SKL's seventh step Avsluta. No SKL variable belongs to UTFORMA_UPPDRAG, but the step exists.
 * <!-- end-model-doc -->
 * @see se.isu.model.IsuPackage#getProcessStep()
 * @model
 * @generated
 */
public enum ProcessStep implements Enumerator {
	/**
	 * The '<em><b>AKTUALISERA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AKTUALISERA_VALUE
	 * @generated
	 * @ordered
	 */
	AKTUALISERA(1, "AKTUALISERA", "AKTUALISERA"),

	/**
	 * The '<em><b>UTREDA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UTREDA_VALUE
	 * @generated
	 * @ordered
	 */
	UTREDA(2, "UTREDA", "UTREDA"),

	/**
	 * The '<em><b>BESLUTA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BESLUTA_VALUE
	 * @generated
	 * @ordered
	 */
	BESLUTA(3, "BESLUTA", "BESLUTA"),

	/**
	 * The '<em><b>UTFORMA UPPDRAG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UTFORMA_UPPDRAG_VALUE
	 * @generated
	 * @ordered
	 */
	UTFORMA_UPPDRAG(4, "UTFORMA_UPPDRAG", "UTFORMA_UPPDRAG"),

	/**
	 * The '<em><b>GENOMFORA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENOMFORA_VALUE
	 * @generated
	 * @ordered
	 */
	GENOMFORA(5, "GENOMFORA", "GENOMFORA"),

	/**
	 * The '<em><b>FOLJA UPP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLJA_UPP_VALUE
	 * @generated
	 * @ordered
	 */
	FOLJA_UPP(6, "FOLJA_UPP", "FOLJA_UPP"),

	/**
	 * The '<em><b>AVSLUTA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AVSLUTA_VALUE
	 * @generated
	 * @ordered
	 */
	AVSLUTA(7, "AVSLUTA", "AVSLUTA");

	/**
	 * The '<em><b>AKTUALISERA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AKTUALISERA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AKTUALISERA_VALUE = 1;

	/**
	 * The '<em><b>UTREDA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UTREDA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UTREDA_VALUE = 2;

	/**
	 * The '<em><b>BESLUTA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BESLUTA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BESLUTA_VALUE = 3;

	/**
	 * The '<em><b>UTFORMA UPPDRAG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UTFORMA_UPPDRAG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UTFORMA_UPPDRAG_VALUE = 4;

	/**
	 * The '<em><b>GENOMFORA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENOMFORA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GENOMFORA_VALUE = 5;

	/**
	 * The '<em><b>FOLJA UPP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLJA_UPP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOLJA_UPP_VALUE = 6;

	/**
	 * The '<em><b>AVSLUTA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AVSLUTA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AVSLUTA_VALUE = 7;

	/**
	 * An array of all the '<em><b>Process Step</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProcessStep[] VALUES_ARRAY =
		new ProcessStep[] {
			AKTUALISERA,
			UTREDA,
			BESLUTA,
			UTFORMA_UPPDRAG,
			GENOMFORA,
			FOLJA_UPP,
			AVSLUTA,
		};

	/**
	 * A public read-only list of all the '<em><b>Process Step</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProcessStep> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Process Step</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProcessStep get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProcessStep result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Process Step</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProcessStep getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProcessStep result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Process Step</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProcessStep get(int value) {
		switch (value) {
			case AKTUALISERA_VALUE: return AKTUALISERA;
			case UTREDA_VALUE: return UTREDA;
			case BESLUTA_VALUE: return BESLUTA;
			case UTFORMA_UPPDRAG_VALUE: return UTFORMA_UPPDRAG;
			case GENOMFORA_VALUE: return GENOMFORA;
			case FOLJA_UPP_VALUE: return FOLJA_UPP;
			case AVSLUTA_VALUE: return AVSLUTA;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ProcessStep(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ProcessStep
