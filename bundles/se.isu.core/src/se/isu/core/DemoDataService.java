package se.isu.core;

/**
 * Fills the database with synthetic cases so a newcomer sees a living workbench and benchmarks have volume.
 * Synthetic personnummer are valid but recognisable: their serial number (NNN of NNNN) is always 980–999,
 * and every demo client's family name ends in "(demo)".
 */
public interface DemoDataService {

	/** Suffix of every synthetic family name: a person can tell demo data at a glance. */
	String DEMO_MARK = "(demo)";

	/**
	 * Adds {@code cases} synthetic cases; the same seed gives the same data.
	 *
	 * @return the number of cases added
	 */
	int generate(int cases, long seed);

	/** Adds a small demo set only when the database holds no case at all. */
	int seedIfEmpty();
}
