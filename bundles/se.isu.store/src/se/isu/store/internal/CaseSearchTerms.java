package se.isu.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The case list's search terms (table {@code ISU_CASE_SEARCH}, migration V005): what a person types is matched as a
 * prefix of normalised terms through an index, instead of {@code LOWER(…) LIKE '%…%'} over four columns of every
 * row. The terms are written here, in the same transaction as the case or client they come from.
 */
final class CaseSearchTerms {

	/** At most this many words of a search are used; each must match a term of the case. */
	static final int MAX_WORDS = 5;

	private static final int MAX_TERM = 100;

	/** How often {@link #INSERT} names its condition. */
	private static final int BRANCHES = 10;

	/** The terms of the cases {@code c} selected by {@code where}: the statement V005 ran for the cases then stored. */
	private static final String INSERT = "INSERT INTO ISU_CASE_SEARCH (CASE_ID, TERM)"
			+ " SELECT c.ID, LOWER(c.CASE_NUMBER) FROM ISU_CASE c WHERE %1$s"
			+ " UNION ALL SELECT c.ID, SUBSTR(c.CASE_NUMBER, LOCATE('-', c.CASE_NUMBER) + 1, 4) || SUBSTR(c.CASE_NUMBER, LOCATE('-', c.CASE_NUMBER) + 6) FROM ISU_CASE c WHERE %1$s AND LENGTH(c.CASE_NUMBER) > LOCATE('-', c.CASE_NUMBER) + 6"
			+ " UNION ALL SELECT c.ID, SUBSTR(c.CASE_NUMBER, LOCATE('-', c.CASE_NUMBER) + 6) FROM ISU_CASE c WHERE %1$s AND LENGTH(c.CASE_NUMBER) > LOCATE('-', c.CASE_NUMBER) + 6"
			+ " UNION ALL SELECT c.ID, SUBSTR(k.PERSONAL_ID, 1, 8) || SUBSTR(k.PERSONAL_ID, 10, 4) FROM ISU_CASE c JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID WHERE %1$s"
			+ " UNION ALL SELECT c.ID, SUBSTR(k.PERSONAL_ID, 3, 6) || SUBSTR(k.PERSONAL_ID, 10, 4) FROM ISU_CASE c JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID WHERE %1$s"
			+ " UNION ALL SELECT c.ID, SUBSTR(k.PERSONAL_ID, 10, 4) FROM ISU_CASE c JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID WHERE %1$s"
			+ " UNION ALL SELECT c.ID, LOWER(TRIM(k.GIVEN_NAME)) FROM ISU_CASE c JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID WHERE %1$s AND LENGTH(TRIM(k.GIVEN_NAME)) > 0"
			+ " UNION ALL SELECT c.ID, LOWER(TRIM(k.FAMILY_NAME)) FROM ISU_CASE c JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID WHERE %1$s AND LENGTH(TRIM(k.FAMILY_NAME)) > 0"
			+ " UNION ALL SELECT c.ID, LOWER(SUBSTR(TRIM(k.GIVEN_NAME), LOCATE(' ', TRIM(k.GIVEN_NAME)) + 1)) FROM ISU_CASE c JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID WHERE %1$s AND LOCATE(' ', TRIM(k.GIVEN_NAME)) > 0"
			+ " UNION ALL SELECT c.ID, LOWER(SUBSTR(TRIM(k.FAMILY_NAME), LOCATE(' ', TRIM(k.FAMILY_NAME)) + 1)) FROM ISU_CASE c JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID WHERE %1$s AND LOCATE(' ', TRIM(k.FAMILY_NAME)) > 0";

	private CaseSearchTerms() {
	}

	/** Writes the terms of newly stored cases (flushed, so they have ids). */
	static void addFor(EntityManager em, Collection<Long> caseIds) {
		List<Long> ids = List.copyOf(caseIds);
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			String in = "c.ID IN (" + String.join(", ", chunk.stream().map(id -> "?").toList()) + ")";
			// the condition appears once per branch of the union, so the ids are bound once per branch
			Query insert = em.createNativeQuery(String.format(INSERT, in));
			int position = 1;
			for (int branch = 0; branch < BRANCHES; branch++) {
				for (Long id : chunk) {
					insert.setParameter(position++, id);
				}
			}
			insert.executeUpdate();
		}
	}

	/** Rewrites the terms of every case of a client whose name or personnummer may have changed. */
	static void refreshClient(EntityManager em, long clientId) {
		em.createNativeQuery("DELETE FROM ISU_CASE_SEARCH WHERE CASE_ID IN (SELECT ID FROM ISU_CASE WHERE CLIENT_ID = ?)")
				.setParameter(1, clientId).executeUpdate();
		Query insert = em.createNativeQuery(String.format(INSERT, "c.CLIENT_ID = ?"));
		for (int position = 1; position <= BRANCHES; position++) {
			insert.setParameter(position, clientId);
		}
		insert.executeUpdate();
	}

	/**
	 * The LIKE patterns of a search text: one per word, lower case, matched as a prefix, with {@code %}, {@code _}
	 * and the escape character taken literally. A word of digits and dashes is a personnummer or part of one and is
	 * matched by its digits ("900630-4563" finds 19900630-4563).
	 */
	static List<String> patterns(String text) {
		List<String> patterns = new ArrayList<>();
		if (text == null) {
			return patterns;
		}
		for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
			if (word.matches("[0-9+-]+") && word.matches(".*[0-9].*")) {
				word = word.replaceAll("[^0-9]", "");
			}
			if (word.isEmpty() || patterns.size() == MAX_WORDS) {
				continue;
			}
			if (word.length() > MAX_TERM) {
				word = word.substring(0, MAX_TERM);
			}
			patterns.add(escape(word) + "%");
		}
		return patterns;
	}

	/** Escapes LIKE's wildcards with the escape character {@code \}. */
	static String escape(String word) {
		StringBuilder escaped = new StringBuilder(word.length() + 4);
		for (char ch : word.toCharArray()) {
			if (ch == '\\' || ch == '%' || ch == '_') {
				escaped.append('\\');
			}
			escaped.append(ch);
		}
		return escaped.toString();
	}
}
