package se.isu.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The case list's search terms (table {@code ISU_CASE_SEARCH}, migration V005): what a person types is matched as a
 * prefix of normalised terms through an index, instead of {@code LOWER(…) LIKE '%…%'} over four columns of every
 * row. The terms are computed and written here, in the same transaction as the case or client they come from.
 */
final class CaseSearchTerms {

	/** At most this many words of a search are used; each must match a term of the case. */
	static final int MAX_WORDS = 5;

	private static final int MAX_TERM = 100;

	/** Rows per INSERT statement: two parameters each, well inside what Derby and PostgreSQL take. */
	private static final int ROWS_PER_INSERT = 400;

	private CaseSearchTerms() {
	}

	/**
	 * The search terms of one case, the rules V005 applied to the cases stored then: the case number in lower case,
	 * its year and serial as digits (202600012) and its serial (00012); the personnummer as 12 digits, 10 digits and
	 * its last four; given and family name in lower case, and what follows their first space.
	 */
	static Set<String> termsOf(String caseNumber, String personalId, String givenName, String familyName) {
		Set<String> terms = new LinkedHashSet<>();
		if (caseNumber != null) {
			terms.add(caseNumber.toLowerCase(Locale.ROOT));
			int dash = caseNumber.indexOf('-');
			if (caseNumber.length() > dash + 7) {
				String serial = caseNumber.substring(dash + 6);
				terms.add(caseNumber.substring(dash + 1, dash + 5) + serial);
				terms.add(serial);
			}
		}
		if (personalId != null && personalId.length() >= 13) {
			String lastFour = personalId.substring(9, 13);
			terms.add(personalId.substring(0, 8) + lastFour);
			terms.add(personalId.substring(2, 8) + lastFour);
			terms.add(lastFour);
		}
		for (String name : new String[] { givenName, familyName }) {
			String trimmed = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
			if (!trimmed.isEmpty()) {
				terms.add(trimmed);
				int space = trimmed.indexOf(' ');
				if (space > 0) {
					terms.add(trimmed.substring(space + 1).strip());
				}
			}
		}
		Set<String> fitting = new LinkedHashSet<>();
		terms.forEach(term -> fitting.add(term.length() > MAX_TERM ? term.substring(0, MAX_TERM) : term));
		return fitting;
	}

	/**
	 * Writes the terms of newly stored cases (flushed, so they have ids), computed here from the entities in memory:
	 * an {@code INSERT … SELECT} over the cases by id list scanned the whole case table for every batch, so bulk
	 * writes slowed with the size of the database (issue 19).
	 */
	static void addFor(EntityManager em, Collection<CaseEntity> cases) {
		List<Object[]> rows = new ArrayList<>();
		for (CaseEntity c : cases) {
			ClientEntity k = c.client;
			for (String term : termsOf(c.caseNumber, k.personalId, k.givenName, k.familyName)) {
				rows.add(new Object[] { c.id, term });
			}
		}
		insert(em, rows);
	}

	/** Rewrites the terms of every case of a client whose name or personnummer may have changed. */
	static void refreshClient(EntityManager em, ClientEntity client) {
		em.createNativeQuery("DELETE FROM ISU_CASE_SEARCH WHERE CASE_ID IN (SELECT ID FROM ISU_CASE WHERE CLIENT_ID = ?)")
				.setParameter(1, client.id).executeUpdate();
		List<Object[]> rows = new ArrayList<>();
		for (Object row : em.createNativeQuery("SELECT ID, CASE_NUMBER FROM ISU_CASE WHERE CLIENT_ID = ?")
				.setParameter(1, client.id).getResultList()) {
			Object[] idAndNumber = (Object[]) row;
			long caseId = ((Number) idAndNumber[0]).longValue();
			for (String term : termsOf((String) idAndNumber[1], client.personalId, client.givenName, client.familyName)) {
				rows.add(new Object[] { caseId, term });
			}
		}
		insert(em, rows);
	}

	private static void insert(EntityManager em, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
			Query insert = em.createNativeQuery("INSERT INTO ISU_CASE_SEARCH (CASE_ID, TERM) VALUES "
					+ String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?)")));
			int position = 1;
			for (Object[] row : chunk) {
				insert.setParameter(position++, row[0]);
				insert.setParameter(position++, row[1]);
			}
			insert.executeUpdate();
		}
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
