/**
 */
package se.isu.model.instrument;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Item Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How an item is answered and stored. DECIMAL is a number with decimals, e.g. an external score such as MST TAM-R (0-1) entered as it was reported. MONTH_YEAR is a month, stored YYYY-MM (debut, last treatment). AGE is whole years, 0-120 unless min/max say otherwise (debut age). MONEY is a whole amount in the currency the item names in unit (kr unless stated).
 * <!-- end-model-doc -->
 * @see se.isu.model.instrument.InstrumentPackage#getItemType()
 * @model
 * @generated
 */
public enum ItemType implements Enumerator {
	/**
	 * The '<em><b>INTEGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGER_VALUE
	 * @generated
	 * @ordered
	 */
	INTEGER(0, "INTEGER", "INTEGER"),

	/**
	 * The '<em><b>DAY COUNT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAY_COUNT_VALUE
	 * @generated
	 * @ordered
	 */
	DAY_COUNT(1, "DAY_COUNT", "DAY_COUNT"),

	/**
	 * The '<em><b>MONEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONEY_VALUE
	 * @generated
	 * @ordered
	 */
	MONEY(2, "MONEY", "MONEY"),

	/**
	 * The '<em><b>DATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATE_VALUE
	 * @generated
	 * @ordered
	 */
	DATE(3, "DATE", "DATE"),

	/**
	 * The '<em><b>YES NO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YES_NO_VALUE
	 * @generated
	 * @ordered
	 */
	YES_NO(4, "YES_NO", "YES_NO"),

	/**
	 * The '<em><b>SINGLE CHOICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_CHOICE_VALUE
	 * @generated
	 * @ordered
	 */
	SINGLE_CHOICE(5, "SINGLE_CHOICE", "SINGLE_CHOICE"),

	/**
	 * The '<em><b>MULTI CHOICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTI_CHOICE_VALUE
	 * @generated
	 * @ordered
	 */
	MULTI_CHOICE(6, "MULTI_CHOICE", "MULTI_CHOICE"),

	/**
	 * The '<em><b>SCALE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCALE_VALUE
	 * @generated
	 * @ordered
	 */
	SCALE(7, "SCALE", "SCALE"),

	/**
	 * The '<em><b>TEXT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEXT_VALUE
	 * @generated
	 * @ordered
	 */
	TEXT(8, "TEXT", "TEXT"),

	/**
	 * The '<em><b>COMPUTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPUTED_VALUE
	 * @generated
	 * @ordered
	 */
	COMPUTED(9, "COMPUTED", "COMPUTED"),

	/**
	 * The '<em><b>DECIMAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECIMAL_VALUE
	 * @generated
	 * @ordered
	 */
	DECIMAL(10, "DECIMAL", "DECIMAL"),

	/**
	 * The '<em><b>MONTH YEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONTH_YEAR_VALUE
	 * @generated
	 * @ordered
	 */
	MONTH_YEAR(11, "MONTH_YEAR", "MONTH_YEAR"),

	/**
	 * The '<em><b>AGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_VALUE
	 * @generated
	 * @ordered
	 */
	AGE(12, "AGE", "AGE");

	/**
	 * The '<em><b>INTEGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTEGER_VALUE = 0;

	/**
	 * The '<em><b>DAY COUNT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAY_COUNT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DAY_COUNT_VALUE = 1;

	/**
	 * The '<em><b>MONEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONEY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MONEY_VALUE = 2;

	/**
	 * The '<em><b>DATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DATE_VALUE = 3;

	/**
	 * The '<em><b>YES NO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YES_NO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int YES_NO_VALUE = 4;

	/**
	 * The '<em><b>SINGLE CHOICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_CHOICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SINGLE_CHOICE_VALUE = 5;

	/**
	 * The '<em><b>MULTI CHOICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTI_CHOICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MULTI_CHOICE_VALUE = 6;

	/**
	 * The '<em><b>SCALE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCALE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCALE_VALUE = 7;

	/**
	 * The '<em><b>TEXT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEXT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TEXT_VALUE = 8;

	/**
	 * The '<em><b>COMPUTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPUTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPUTED_VALUE = 9;

	/**
	 * The '<em><b>DECIMAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECIMAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECIMAL_VALUE = 10;

	/**
	 * The '<em><b>MONTH YEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONTH_YEAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MONTH_YEAR_VALUE = 11;

	/**
	 * The '<em><b>AGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGE_VALUE = 12;

	/**
	 * An array of all the '<em><b>Item Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ItemType[] VALUES_ARRAY =
		new ItemType[] {
			INTEGER,
			DAY_COUNT,
			MONEY,
			DATE,
			YES_NO,
			SINGLE_CHOICE,
			MULTI_CHOICE,
			SCALE,
			TEXT,
			COMPUTED,
			DECIMAL,
			MONTH_YEAR,
			AGE,
		};

	/**
	 * A public read-only list of all the '<em><b>Item Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ItemType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Item Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ItemType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ItemType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Item Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ItemType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ItemType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Item Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ItemType get(int value) {
		switch (value) {
			case INTEGER_VALUE: return INTEGER;
			case DAY_COUNT_VALUE: return DAY_COUNT;
			case MONEY_VALUE: return MONEY;
			case DATE_VALUE: return DATE;
			case YES_NO_VALUE: return YES_NO;
			case SINGLE_CHOICE_VALUE: return SINGLE_CHOICE;
			case MULTI_CHOICE_VALUE: return MULTI_CHOICE;
			case SCALE_VALUE: return SCALE;
			case TEXT_VALUE: return TEXT;
			case COMPUTED_VALUE: return COMPUTED;
			case DECIMAL_VALUE: return DECIMAL;
			case MONTH_YEAR_VALUE: return MONTH_YEAR;
			case AGE_VALUE: return AGE;
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
	private ItemType(int value, String name, String literal) {
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
	
} //ItemType
