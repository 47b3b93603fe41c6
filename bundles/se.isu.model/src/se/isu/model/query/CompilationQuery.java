package se.isu.model.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One group compilation: a measure split by row and column dimensions, limited by filters and a period. The period
 * ({@code from}, {@code to}, both inclusive, either open) applies to {@code periodDate}, aktualisering unless said
 * otherwise. {@code withinUnits}, when not null, limits the compilation to those units; compilations are not limited
 * to a person's units today (they are suppressed instead), so core leaves it null — it is there for a unit-scoped
 * permission, should one be needed.
 */
public record CompilationQuery(Measure measure, List<Dimension> rows, List<Dimension> columns, List<Filter> filters,
		LocalDate from, LocalDate to, DateVariable periodDate, Set<String> withinUnits) {

	/** Only subjects whose value of {@code dimension} is one of {@code values} (codes, as the dimension shows them). */
	public record Filter(Dimension dimension, Set<String> values) {
		public Filter {
			Objects.requireNonNull(dimension, "dimension");
			if (values == null || values.isEmpty()) {
				throw new IllegalArgumentException("A filter on " + dimension + " needs at least one value");
			}
			values = Set.copyOf(values);
		}
	}

	public CompilationQuery {
		Objects.requireNonNull(measure, "measure");
		rows = rows == null ? List.of() : List.copyOf(rows);
		columns = columns == null ? List.of() : List.copyOf(columns);
		filters = filters == null ? List.of() : List.copyOf(filters);
		periodDate = periodDate == null ? DateVariable.ACTUALISATION : periodDate;
		withinUnits = withinUnits == null ? null : Set.copyOf(withinUnits);
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
		}
		if (rows.size() + columns.size() > 4) {
			throw new IllegalArgumentException("At most four dimensions in rows and columns together");
		}
	}

	public CompilationQuery(Measure measure, List<Dimension> rows, List<Dimension> columns) {
		this(measure, rows, columns, List.of(), null, null, null, null);
	}

	public CompilationQuery withFilter(Dimension dimension, String... values) {
		List<Filter> more = new java.util.ArrayList<>(filters);
		more.add(new Filter(dimension, Set.of(values)));
		return new CompilationQuery(measure, rows, columns, more, from, to, periodDate, withinUnits);
	}

	public CompilationQuery withPeriod(LocalDate from, LocalDate to) {
		return new CompilationQuery(measure, rows, columns, filters, from, to, periodDate, withinUnits);
	}

	public CompilationQuery withPeriodDate(DateVariable date) {
		return new CompilationQuery(measure, rows, columns, filters, from, to, date, withinUnits);
	}

	/** The same query limited to {@code units}. */
	public CompilationQuery within(Set<String> units) {
		return new CompilationQuery(measure, rows, columns, filters, from, to, periodDate, units);
	}

	/** Every dimension the query groups by, rows first. */
	public List<Dimension> groupBy() {
		List<Dimension> all = new java.util.ArrayList<>(rows);
		all.addAll(columns);
		return all;
	}
}
