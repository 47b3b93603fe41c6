package se.isu.core.protection;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * When data in the follow-up compilation is culled (gallring).
 *
 * <p>The law: SoL (2001:453) 12 kap. 1 § — data in a compilation is culled {@code years} (5) after the circumstances
 * it concerns ended, and culling is done at the latest during the calendar year after the duty arose. The new
 * Socialtjänstlag (2025:400), in force 1 July 2025, replaced SoL and carried the rule over; because chapter and section
 * numbers moved, the rule is a parameter here rather than code. The circumstances ended at the case's last entry
 * (the latest of closure, intervention end, follow-up, occasion and assessment dates).
 *
 * @param years             years after the last entry (default 5)
 * @param followingYear     true (default): cull during the calendar year after the duty arose, so in year Y everything
 *                          whose last entry is on or before 31 Dec of Y − years − 1; false: as soon as the years passed
 * @param exemptBirthDays   research exception (SoF 7 kap. 2 §, persons born on day 5, 15 and 25 in the regions it
 *                          applies to): clients born on these days of the month are kept; empty where it does not apply
 */
public record RetentionRule(int years, boolean followingYear, Set<Integer> exemptBirthDays) {

	public static final RetentionRule DEFAULT = new RetentionRule(5, true, Set.of());

	public RetentionRule {
		if (years < 1 || years > 100) {
			throw new IllegalArgumentException("Gallringsfrist: 1–100 år, inte " + years + ". / Retention years: 1–100.");
		}
		for (int day : exemptBirthDays) {
			if (day < 1 || day > 31) {
				throw new IllegalArgumentException("Undantagna födelsedagar: 1–31, inte " + day + ". / Exempt birth days: 1–31.");
			}
		}
		exemptBirthDays = Set.copyOf(exemptBirthDays);
	}

	/** The latest last-entry date culled on {@code today}. */
	public LocalDate cutoff(LocalDate today) {
		return followingYear ? LocalDate.of(today.getYear() - years - 1, 12, 31) : today.minusYears(years);
	}

	public boolean exempt(LocalDate birthDate) {
		return birthDate != null && exemptBirthDays.contains(birthDate.getDayOfMonth());
	}

	/** The rule in words, for the preview and the culling log. */
	public String describe() {
		return years + " år efter sista anteckningen" + (followingYear ? ", under följande kalenderår" : "")
				+ (exemptBirthDays.isEmpty() ? ""
						: ", utom födda dag " + new TreeSet<>(exemptBirthDays).stream().map(String::valueOf)
								.collect(Collectors.joining(", ")))
				+ " (SoL 2001:453 12 kap. 1 §, överförd till socialtjänstlagen 2025:400)";
	}
}
