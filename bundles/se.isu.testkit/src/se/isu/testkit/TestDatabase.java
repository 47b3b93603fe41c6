package se.isu.testkit;

/**
 * Which database this test run's store is on. {@code ./isu test} runs the store, core and CLI fragments twice: on
 * embedded Derby, and with {@code -Disu.test.database=postgresql} against a throwaway PostgreSQL cluster whose
 * connection file is in the run's ISU home (docs/testing.md, "Both databases").
 */
public final class TestDatabase {

	/** The system property that selects the database of a test run. */
	public static final String PROPERTY = "isu.test.database";

	private TestDatabase() {
	}

	/** True in the PostgreSQL run. */
	public static boolean postgresql() {
		return "postgresql".equals(System.getProperty(PROPERTY));
	}
}
