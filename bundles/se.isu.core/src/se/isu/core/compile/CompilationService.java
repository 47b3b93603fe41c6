package se.isu.core.compile;

import java.util.List;
import java.util.Optional;

import se.isu.model.query.CompilationQuery;
import se.isu.model.query.PairQuery;

/**
 * Group compilations for every surface (compile view, reports, CLI): computed in the database, small cells
 * suppressed here, before a figure leaves core. Requires the right to see compilations; nothing in a result
 * names a person or a case.
 */
public interface CompilationService {

	/**
	 * Compiles a measure by rows and columns.
	 *
	 * @throws IllegalArgumentException naming the dimension or value that cannot be compiled
	 */
	CompiledTable compile(CompilationQuery query);

	/** How paired change is judged: a change smaller than {@code threshold} counts as unchanged. */
	record ChangeRule(double threshold, boolean higherIsBetter) {
		public ChangeRule {
			if (threshold < 0 || Double.isNaN(threshold)) {
				throw new IllegalArgumentException("The change threshold must be zero or more, was " + threshold);
			}
		}
	}

	/** Change of an item or score between two measurements of the same cases, with dropout. */
	PairedChange pairedChange(PairQuery query, ChangeRule rule);

	/** The suppression rule in force (the installation's setting, else {@link SmallCellRule#DEFAULT}). */
	SmallCellRule rule();

	/** Changes the installation's suppression rule (system administrators). */
	void changeRule(SmallCellRule rule);

	/** A compilation saved under a name, in the text form {@link CompilationText} reads. */
	record SavedCompilation(String name, CompilationQuery query) {
	}

	List<SavedCompilation> saved();

	Optional<SavedCompilation> saved(String name);

	/**
	 * Saves (or replaces) a named compilation for everyone at the installation.
	 *
	 * @throws IllegalArgumentException when the name is empty or longer than 60 characters
	 */
	void save(String name, CompilationQuery query);

	void deleteSaved(String name);
}
