/**
 */
package se.isu.model.instrument;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Component Transform</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How one answer becomes a component value: SCALED = value/max; YES_NO = 1 for yes (code 1), 0 for no; LOG_MONEY = ln(min(value,max)+1)/ln(max+1); VALUE = the answer itself; MATCHES = 1 when the answer equals the component code, else 0.
 * <!-- end-model-doc -->
 * @see se.isu.model.instrument.InstrumentPackage#getComponentTransform()
 * @model
 * @generated
 */
public enum ComponentTransform implements Enumerator {
	/**
	 * The '<em><b>SCALED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCALED_VALUE
	 * @generated
	 * @ordered
	 */
	SCALED(0, "SCALED", "SCALED"),

	/**
	 * The '<em><b>YES NO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YES_NO_VALUE
	 * @generated
	 * @ordered
	 */
	YES_NO(1, "YES_NO", "YES_NO"),

	/**
	 * The '<em><b>LOG MONEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOG_MONEY_VALUE
	 * @generated
	 * @ordered
	 */
	LOG_MONEY(2, "LOG_MONEY", "LOG_MONEY"),

	/**
	 * The '<em><b>VALUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALUE_VALUE
	 * @generated
	 * @ordered
	 */
	VALUE(3, "VALUE", "VALUE"),

	/**
	 * The '<em><b>MATCHES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATCHES_VALUE
	 * @generated
	 * @ordered
	 */
	MATCHES(4, "MATCHES", "MATCHES");

	/**
	 * The '<em><b>SCALED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCALED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCALED_VALUE = 0;

	/**
	 * The '<em><b>YES NO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YES_NO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int YES_NO_VALUE = 1;

	/**
	 * The '<em><b>LOG MONEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOG_MONEY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOG_MONEY_VALUE = 2;

	/**
	 * The '<em><b>VALUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VALUE_VALUE = 3;

	/**
	 * The '<em><b>MATCHES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATCHES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MATCHES_VALUE = 4;

	/**
	 * An array of all the '<em><b>Component Transform</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ComponentTransform[] VALUES_ARRAY =
		new ComponentTransform[] {
			SCALED,
			YES_NO,
			LOG_MONEY,
			VALUE,
			MATCHES,
		};

	/**
	 * A public read-only list of all the '<em><b>Component Transform</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ComponentTransform> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Component Transform</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComponentTransform get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComponentTransform result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Component Transform</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComponentTransform getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComponentTransform result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Component Transform</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComponentTransform get(int value) {
		switch (value) {
			case SCALED_VALUE: return SCALED;
			case YES_NO_VALUE: return YES_NO;
			case LOG_MONEY_VALUE: return LOG_MONEY;
			case VALUE_VALUE: return VALUE;
			case MATCHES_VALUE: return MATCHES;
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
	private ComponentTransform(int value, String name, String literal) {
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
	
} //ComponentTransform
