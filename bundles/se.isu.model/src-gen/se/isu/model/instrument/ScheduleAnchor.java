/**
 */
package se.isu.model.instrument;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Schedule Anchor</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The dated event a planned occasion is counted from.
 * <!-- end-model-doc -->
 * @see se.isu.model.instrument.InstrumentPackage#getScheduleAnchor()
 * @model
 * @generated
 */
public enum ScheduleAnchor implements Enumerator {
	/**
	 * The '<em><b>ACTUALISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTUALISATION_VALUE
	 * @generated
	 * @ordered
	 */
	ACTUALISATION(0, "ACTUALISATION", "ACTUALISATION"),

	/**
	 * The '<em><b>DECISION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECISION_VALUE
	 * @generated
	 * @ordered
	 */
	DECISION(1, "DECISION", "DECISION"),

	/**
	 * The '<em><b>INTERVENTION START</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVENTION_START_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVENTION_START(2, "INTERVENTION_START", "INTERVENTION_START"),

	/**
	 * The '<em><b>CLOSURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSURE_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSURE(3, "CLOSURE", "CLOSURE"),

	/**
	 * The '<em><b>PREVIOUS ASSESSMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREVIOUS_ASSESSMENT_VALUE
	 * @generated
	 * @ordered
	 */
	PREVIOUS_ASSESSMENT(4, "PREVIOUS_ASSESSMENT", "PREVIOUS_ASSESSMENT"),

	/**
	 * The '<em><b>INTERVENTION END</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVENTION_END_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVENTION_END(5, "INTERVENTION_END", "INTERVENTION_END");

	/**
	 * The '<em><b>ACTUALISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTUALISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTUALISATION_VALUE = 0;

	/**
	 * The '<em><b>DECISION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECISION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECISION_VALUE = 1;

	/**
	 * The '<em><b>INTERVENTION START</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVENTION_START
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERVENTION_START_VALUE = 2;

	/**
	 * The '<em><b>CLOSURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOSURE_VALUE = 3;

	/**
	 * The '<em><b>PREVIOUS ASSESSMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREVIOUS_ASSESSMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PREVIOUS_ASSESSMENT_VALUE = 4;

	/**
	 * The '<em><b>INTERVENTION END</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVENTION_END
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERVENTION_END_VALUE = 5;

	/**
	 * An array of all the '<em><b>Schedule Anchor</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ScheduleAnchor[] VALUES_ARRAY =
		new ScheduleAnchor[] {
			ACTUALISATION,
			DECISION,
			INTERVENTION_START,
			CLOSURE,
			PREVIOUS_ASSESSMENT,
			INTERVENTION_END,
		};

	/**
	 * A public read-only list of all the '<em><b>Schedule Anchor</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ScheduleAnchor> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Schedule Anchor</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScheduleAnchor get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScheduleAnchor result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Schedule Anchor</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScheduleAnchor getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScheduleAnchor result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Schedule Anchor</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScheduleAnchor get(int value) {
		switch (value) {
			case ACTUALISATION_VALUE: return ACTUALISATION;
			case DECISION_VALUE: return DECISION;
			case INTERVENTION_START_VALUE: return INTERVENTION_START;
			case CLOSURE_VALUE: return CLOSURE;
			case PREVIOUS_ASSESSMENT_VALUE: return PREVIOUS_ASSESSMENT;
			case INTERVENTION_END_VALUE: return INTERVENTION_END;
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
	private ScheduleAnchor(int value, String name, String literal) {
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
	
} //ScheduleAnchor
