/**
 */
package se.isu.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Occasion Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Planned measurement occasions of a case: at intake, during the intervention, at discharge, and months after discharge.
 * <!-- end-model-doc -->
 * @see se.isu.model.IsuPackage#getOccasionKind()
 * @model
 * @generated
 */
public enum OccasionKind implements Enumerator {
	/**
	 * The '<em><b>INTAKE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTAKE_VALUE
	 * @generated
	 * @ordered
	 */
	INTAKE(1, "INTAKE", "INTAKE"),

	/**
	 * The '<em><b>INTERIM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERIM_VALUE
	 * @generated
	 * @ordered
	 */
	INTERIM(2, "INTERIM", "INTERIM"),

	/**
	 * The '<em><b>DISCHARGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCHARGE_VALUE
	 * @generated
	 * @ordered
	 */
	DISCHARGE(3, "DISCHARGE", "DISCHARGE"),

	/**
	 * The '<em><b>FOLLOW UP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP_VALUE
	 * @generated
	 * @ordered
	 */
	FOLLOW_UP(4, "FOLLOW_UP", "FOLLOW_UP");

	/**
	 * The '<em><b>INTAKE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTAKE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTAKE_VALUE = 1;

	/**
	 * The '<em><b>INTERIM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERIM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERIM_VALUE = 2;

	/**
	 * The '<em><b>DISCHARGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCHARGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISCHARGE_VALUE = 3;

	/**
	 * The '<em><b>FOLLOW UP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOLLOW_UP_VALUE = 4;

	/**
	 * An array of all the '<em><b>Occasion Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OccasionKind[] VALUES_ARRAY =
		new OccasionKind[] {
			INTAKE,
			INTERIM,
			DISCHARGE,
			FOLLOW_UP,
		};

	/**
	 * A public read-only list of all the '<em><b>Occasion Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OccasionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Occasion Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OccasionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OccasionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Occasion Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OccasionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OccasionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Occasion Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OccasionKind get(int value) {
		switch (value) {
			case INTAKE_VALUE: return INTAKE;
			case INTERIM_VALUE: return INTERIM;
			case DISCHARGE_VALUE: return DISCHARGE;
			case FOLLOW_UP_VALUE: return FOLLOW_UP;
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
	private OccasionKind(int value, String name, String literal) {
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
	
} //OccasionKind
