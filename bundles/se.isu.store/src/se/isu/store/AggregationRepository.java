package se.isu.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import se.isu.model.query.CompilationQuery;
import se.isu.model.query.Dimension;
import se.isu.model.query.PairQuery;

/**
 * Group figures computed in the database. Returns raw, unsuppressed numbers: only core's compilation services may
 * call it, and they suppress small cells before anything reaches a person (docs/compilation.md).
 */
public interface AggregationRepository {

	/**
	 * One group: its key (one text per grouping dimension, {@code null} where the variable is not recorded), the
	 * number of subjects (or of values, for a mean or median) and, for a value measure, their mean and median.
	 */
	record Group(List<String> key, long n, Double mean, Double median) {
	}

	/** Groups of {@code query}'s measure by {@code groupBy} (a subset of its dimensions; empty for the total). */
	List<Group> aggregate(CompilationQuery query, List<Dimension> groupBy);

	/** The SQL {@link #aggregate} runs, with its parameters, so a benchmark can run it raw. */
	record Sql(String text, List<Object> parameters) {
	}

	Sql sql(CompilationQuery query, List<Dimension> groupBy);

	/** Whether a dimension can put one subject in several groups (several problems per case, …). */
	boolean multiValued(CompilationQuery query, Dimension dimension);

	/**
	 * One case with a baseline measurement, and what became of its follow-up: the value when it was measured,
	 * else the follow-up occasion's status ({@code NOT_DONE} with a reason, {@code PLANNED} with its date) or
	 * {@code null} when no follow-up occasion exists.
	 */
	record Pair(long caseId, String unitCode, Integer legalSex, boolean caseClosed, double baseline,
			LocalDate baselineDate, Double followUp, String occasionStatus, Integer notDoneReason,
			LocalDate plannedDate) {
	}

	/** Every case with a baseline, in case order, streamed. */
	void forEachPair(PairQuery query, Consumer<Pair> consumer);

	/** The SQL statements {@link #forEachPair} runs and merges, for the benchmark. */
	List<Sql> pairSql(PairQuery query);

	/**
	 * An occasion that is due, overdue or was missed, with the case, the client's name as the case list shows it and
	 * the staff member responsible; one per form due at it ({@code instrumentId}), a case-level occasion bound to no
	 * form once with {@code instrumentId} null. A form already complete at a planned occasion is not listed.
	 * {@code protectedIdentity}: the client has skyddade personuppgifter (core masks the name for all but the
	 * responsible).
	 */
	record DueOccasion(String caseNumber, String unitCode, String staffUserName, String staffName, String kind,
			LocalDate plannedDate, String status, Integer notDoneReason, long occasionId, String clientName,
			String instrumentId, boolean protectedIdentity) {
	}

	/** The first {@code limit} occasions of one part of the due list, and how many there are in all. */
	record DueGroup(List<DueOccasion> newest, long total) {
		public DueGroup {
			newest = List.copyOf(newest);
		}
	}

	/**
	 * Occasions with {@code status} (PLANNED, NOT_DONE) planned from {@code from} to {@code to} (either open when
	 * null), of cases in {@code units} (all units when null) and, when {@code staffUserName} is given, that person's
	 * cases: the first {@code limit} by planned date (latest first when {@code latestFirst}) and the count of all.
	 */
	DueGroup dueOccasions(String status, LocalDate from, LocalDate to, boolean latestFirst, Set<String> units,
			String staffUserName, int limit);
}
