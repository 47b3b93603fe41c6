package se.isu.store.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import se.isu.model.valueset.CaseVariables;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.DateVariable;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;
import se.isu.model.query.Measure.Subject;
import se.isu.store.AggregationRepository.Sql;

/**
 * Writes the SQL of one compilation. The inner select yields one row per subject (case, client, intervention,
 * assessment or occasion) and group, with the group keys as {@code K0..Kn}; the outer select counts them, or, for a
 * mean or median, returns the values ordered by group so they can be streamed. Joins that can give a subject several
 * rows (problems, interventions, follow-ups, occasions, answers) are made once per dimension and counted with
 * DISTINCT; without them the count is a plain COUNT(*), which is what a person would write by hand.
 * <p>
 * Identifiers in the SQL come from this class only; every value a user chose (codes, units, dates, instrument ids)
 * is a bound parameter, except dates already parsed as {@link LocalDate}.
 */
final class CompilationSql {

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
	/** An item in any row of a repeating group: {@code group[*].item}. */
	private static final Pattern ANY_ROW = Pattern.compile("([^\\[\\]/]+)\\[\\*\\]\\.(.+)");
	/**
	 * An item in the rows of a repeating group whose other item has a given code: {@code group[flag=1].item}, e.g.
	 * the substance of the row marked primary (decision 133).
	 */
	private static final Pattern WHERE_ROW = Pattern.compile("([^\\[\\]/]+)\\[([^\\[\\]=]+)=([^\\[\\]=]+)\\]\\.(.+)");

	/** LIKE's wildcards in an id taken literally (ids may hold _). */
	private static String likeLiteral(String id) {
		return id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** Coded case variables by value set: the column, the table it lives in, and whether it is one per case. */
	private record Variable(String table, String column, boolean multiple) {
	}

	/**
	 * Where each model attribute that holds a coded variable is stored (a persistence mapping, like the entities):
	 * the variables themselves come from the model ({@link CaseVariables}, decision 64).
	 */
	private static final Map<String, Variable> COLUMNS = Map.ofEntries(
			Map.entry("Client.legalSex", new Variable("ISU_CLIENT", "LEGAL_SEX", false)),
			Map.entry("IsuCase.actualisationReasons", new Variable("ISU_CASE_REASON", "CODE", true)),
			Map.entry("IsuCase.origin", new Variable("ISU_CASE", "ORIGIN", false)),
			Map.entry("IsuCase.householdType", new Variable("ISU_CASE", "HOUSEHOLD_TYPE", false)),
			Map.entry("IsuCase.previousContact", new Variable("ISU_CASE", "PREVIOUS_CONTACT", false)),
			Map.entry("IsuCase.problems", new Variable("ISU_CASE_PROBLEM", "CODE", true)),
			Map.entry("Intervention.interventionType", new Variable("ISU_INTERVENTION", "TYPE_CODE", true)),
			Map.entry("FollowUp.cooperation", new Variable("ISU_FOLLOW_UP_COOPERATION", "CODE", true)),
			Map.entry("FollowUp.coordinatedPlan", new Variable("ISU_FOLLOW_UP", "COORDINATED_PLAN", true)),
			Map.entry("FollowUp.parallelInterventions", new Variable("ISU_FOLLOW_UP", "PARALLEL_INTERVENTIONS", true)),
			Map.entry("FollowUp.goalAttainment", new Variable("ISU_FOLLOW_UP", "GOAL_ATTAINMENT", true)),
			Map.entry("IsuCase.implementationVsPlan", new Variable("ISU_CASE", "IMPLEMENTATION_VS_PLAN", false)),
			Map.entry("IsuCase.closureReason", new Variable("ISU_CASE", "CLOSURE_REASON", false)),
			Map.entry("Occasion.notDoneReason", new Variable("ISU_OCCASION", "NOT_DONE_REASON", true)));

	/** The model's coded variables by value set id, each with its column; one the store cannot map stops it here. */
	private static final Map<String, Variable> VARIABLES = variables();

	private static Map<String, Variable> variables() {
		Map<String, Variable> variables = new java.util.LinkedHashMap<>();
		for (CaseVariables.CaseVariable v : CaseVariables.all()) {
			Variable column = COLUMNS.get(v.feature());
			if (column == null) {
				throw new IllegalStateException("The coded variable " + v.valueSet() + " (" + v.feature()
						+ ") has no column in CompilationSql.COLUMNS");
			}
			variables.put(v.valueSet(), column);
		}
		return java.util.Collections.unmodifiableMap(variables);
	}

	private final CompilationQuery query;
	private final List<Dimension> groupBy;
	/** Join clauses by a key, so a dimension used as group and filter is joined once. */
	private final Map<String, String> joins = new LinkedHashMap<>();
	private final List<Object> joinParameters = new ArrayList<>();
	private final List<Object> whereParameters = new ArrayList<>();
	private boolean multiplies;
	private int aliases;

	private CompilationSql(CompilationQuery query, List<Dimension> groupBy) {
		this.query = query;
		this.groupBy = groupBy;
	}

	static Sql of(CompilationQuery query, List<Dimension> groupBy) {
		return new CompilationSql(query, groupBy).build();
	}

	/** Whether the dimension can put a subject in several groups under this query's subject. */
	static boolean multiValued(CompilationQuery query, Dimension dimension) {
		CompilationSql sql = new CompilationSql(query, List.of());
		sql.subject();
		sql.expression(dimension);
		return sql.multiplies;
	}

	private Sql build() {
		String subjectId = subject();
		List<String> keys = new ArrayList<>();
		for (Dimension dimension : groupBy) {
			keys.add(expression(dimension));
		}
		// A margin or total of a table split by an answer counts the subjects in the table: the answer's join stays
		// when the answer is not grouped (without it a total of "clients by primary substance" also counted those
		// with no such answer, and a share by answer divided by them; decision 133)
		for (Dimension dimension : query.groupBy()) {
			if (!groupBy.contains(dimension)
					&& (dimension.kind() == Dimension.Kind.ITEM || dimension.kind() == Dimension.Kind.SCORE)) {
				expression(dimension);
			}
		}
		List<String> where = new ArrayList<>();
		for (CompilationQuery.Filter filter : query.filters()) {
			String expression = expression(filter.dimension());
			boolean numeric = numeric(filter.dimension());
			List<String> marks = new ArrayList<>();
			for (String value : filter.values().stream().sorted().toList()) {
				marks.add("?");
				whereParameters.add(numeric ? number(filter.dimension(), value) : value);
			}
			where.add(expression + " IN (" + String.join(", ", marks) + ")");
		}
		if (query.withinUnits() != null) {
			if (query.withinUnits().isEmpty()) {
				where.add("1 = 0");
			} else {
				where.add("u.CODE IN (" + String.join(", ", query.withinUnits().stream().map(u -> "?").toList()) + ")");
				whereParameters.addAll(query.withinUnits().stream().sorted().toList());
			}
		}
		if (query.from() != null || query.to() != null) {
			String date = date(query.periodDate());
			if (query.from() != null) {
				where.add(date + " >= ?");
				whereParameters.add(java.sql.Date.valueOf(query.from()));
			}
			if (query.to() != null) {
				where.add(date + " <= ?");
				whereParameters.add(java.sql.Date.valueOf(query.to()));
			}
		}
		Measure measure = query.measure();
		boolean valued = measure.kind() == Measure.Kind.MEAN || measure.kind() == Measure.Kind.MEDIAN;
		String value = valued ? value(measure.value()) : null;
		StringBuilder inner = new StringBuilder(multiplies ? "SELECT DISTINCT " : "SELECT ").append(subjectId)
				.append(" AS SID");
		if (valueAssessment != null) {
			// the value's own assessment keeps equal values of two assessments of one case apart
			inner.append(", ").append(valueAssessment).append(".ID AS SID2");
		}
		if (valued) {
			where.add(value + " IS NOT NULL");
		}
		for (int i = 0; i < keys.size(); i++) {
			inner.append(", ").append(keys.get(i)).append(" AS K").append(i);
		}
		if (valued) {
			inner.append(", ").append(value).append(" AS V");
		}
		inner.append(" FROM ISU_CASE c JOIN ISU_CLIENT cl ON cl.ID = c.CLIENT_ID JOIN ISU_UNIT u ON u.ID = c.UNIT_ID");
		for (String join : joins.values()) {
			inner.append(' ').append(join);
		}
		if (!where.isEmpty()) {
			inner.append(" WHERE ").append(String.join(" AND ", where));
		}
		List<Object> parameters = new ArrayList<>(joinParameters);
		parameters.addAll(whereParameters);

		String keyList = String.join(", ", java.util.stream.IntStream.range(0, keys.size()).mapToObj(i -> "t.K" + i).toList());
		StringBuilder outer = new StringBuilder("SELECT ");
		if (valued) {
			// the subject id comes along so that n counts subjects, not values (a case with two assessments is one)
			outer.append(keyList.isEmpty() ? "" : keyList + ", ").append("t.V, t.SID FROM (").append(inner).append(") t");
			outer.append(" ORDER BY ").append(keyList.isEmpty() ? "" : keyList + ", ").append("t.V");
		} else {
			outer.append(keyList.isEmpty() ? "" : keyList + ", ").append(multiplies ? "COUNT(DISTINCT t.SID)" : "COUNT(*)")
					.append(" FROM (").append(inner).append(") t");
			if (!keyList.isEmpty()) {
				outer.append(" GROUP BY ").append(keyList);
			}
		}
		return new Sql(outer.toString(), List.copyOf(parameters));
	}

	/** The assessment a mean's or median's item or score is taken from. */
	private String valueAssessment;
	private final Map<String, String> answerAliases = new java.util.HashMap<>();

	/** Joins what the subject needs and returns the expression of its id. */
	private String subject() {
		return switch (query.measure().subject()) {
		case CASES -> "c.ID";
		case CLIENTS -> {
			multiplies = true; // a client with two cases is one client
			yield "c.CLIENT_ID";
		}
		case INTERVENTIONS -> {
			joins.put("subject", "JOIN ISU_INTERVENTION iv ON iv.CASE_ID = c.ID");
			yield "iv.ID";
		}
		case ASSESSMENTS -> {
			joins.put("subject", "JOIN ISU_ASSESSMENT asm ON asm.CASE_ID = c.ID AND asm.STATUS = 'COMPLETE'");
			yield "asm.ID";
		}
		case OCCASIONS -> {
			joins.put("subject", "JOIN ISU_OCCASION oc ON oc.CASE_ID = c.ID");
			yield "oc.ID";
		}
		};
	}

	private String alias(String prefix) {
		return prefix + (++aliases);
	}

	/** The SQL expression of a dimension's key, joining what it needs. */
	String expression(Dimension dimension) {
		String parameter = dimension.parameter();
		switch (dimension.kind()) {
		case SEX:
			return "cl.LEGAL_SEX";
		case UNIT:
			return "u.CODE";
		case STATUS:
			return "c.STATUS";
		case STEP:
			return "c.CURRENT_STEP";
		case STAFF:
			joins.put("staff", "LEFT JOIN ISU_STAFF st ON st.ID = c.RESPONSIBLE_STAFF_ID");
			return "st.USER_NAME";
		case AGE_GROUP:
			return ageGroup(parameter == null ? Dimension.DEFAULT_AGE_BANDS : parameter);
		case PERIOD:
			return period(parameter);
		case VARIABLE:
			return variable(parameter);
		case OCCASION_KIND:
			return occasion() + ".KIND";
		case PROVIDER: {
			// the intervention counted, or every intervention of the case (a case with two providers counts under both)
			String intervention = "iv";
			if (query.measure().subject() != Subject.INTERVENTIONS) {
				multiplies = true;
				joins.putIfAbsent("intervention", "JOIN ISU_INTERVENTION i0 ON i0.CASE_ID = c.ID");
				intervention = "i0";
			}
			joins.putIfAbsent("provider", "LEFT JOIN ISU_PROVIDER pv ON pv.ID = " + intervention + ".PROVIDER_ID");
			return "pv.NAME";
		}
		case OCCASION_OUTCOME: {
			String o = occasion();
			return "CASE WHEN " + o + ".STATUS = 'DONE' THEN 'DONE' WHEN " + o + ".STATUS = 'NOT_DONE' THEN 'NOT_DONE'"
					+ " WHEN " + o + ".PLANNED_DATE < CURRENT_DATE THEN 'OVERDUE' ELSE 'UPCOMING' END";
		}
		case ITEM:
			return "CAST(" + answer(parameter, true) + ".NUMBER_VALUE AS DECIMAL(12, 3))";
		case SCORE: {
			// instrumentId/scoreId[:step[:decimals]]: core adds the step the score's definition declares; the store
			// assumes no range. The epsilon keeps 0.3 / 0.1 = 2.9999… in the band of 0.3 (FLOOR and DECIMAL are the
			// same in Derby and PostgreSQL).
			String[] scale = parameter.split(":");
			String value = answer(scale[0], false) + ".SCORE_VALUE";
			if (scale.length < 2) {
				return "CAST(" + value + " AS DECIMAL(12, 3))";
			}
			String step = step(scale[1]);
			return "CAST(FLOOR(" + value + " / " + step + " + 0.000001) * " + step + " AS DECIMAL(12, 3))";
		}
		default:
			throw new IllegalArgumentException("Unsupported dimension " + dimension);
		}
	}

	/** A band width as an SQL literal: parsed as a positive number, so nothing else reaches the statement. */
	private static String step(String text) {
		java.math.BigDecimal step;
		try {
			step = new java.math.BigDecimal(text.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("A score's band width must be a number, was '" + text + "'");
		}
		if (step.signum() <= 0) {
			throw new IllegalArgumentException("A score's band width must be above zero, was " + text);
		}
		return step.toPlainString();
	}

	/** Whether a filter's values on this dimension are numbers (codes) rather than text. */
	static boolean numeric(Dimension dimension) {
		return switch (dimension.kind()) {
		case SEX, VARIABLE, PERIOD, ITEM, SCORE -> true;
		default -> false;
		};
	}

	private static Object number(Dimension dimension, String value) {
		try {
			return dimension.kind() == Dimension.Kind.ITEM || dimension.kind() == Dimension.Kind.SCORE
					? (Object) new java.math.BigDecimal(value.strip())
					: (Object) Integer.valueOf(value.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("Filter " + dimension + ": '" + value + "' is not a code (a number)");
		}
	}

	private String occasion() {
		if (query.measure().subject() == Subject.OCCASIONS) {
			return "oc";
		}
		multiplies = true;
		joins.putIfAbsent("occasion", "JOIN ISU_OCCASION o0 ON o0.CASE_ID = c.ID");
		return "o0";
	}

	private String variable(String valueSet) {
		Variable variable = VARIABLES.get(valueSet);
		if (variable == null) {
			throw new IllegalArgumentException("No case variable has the value set '" + valueSet + "'; known: "
					+ new java.util.TreeSet<>(VARIABLES.keySet()));
		}
		switch (variable.table()) {
		case "ISU_CASE":
			return "c." + variable.column();
		case "ISU_CLIENT":
			return "cl." + variable.column();
		case "ISU_INTERVENTION":
			if (query.measure().subject() == Subject.INTERVENTIONS) {
				return "iv." + variable.column();
			}
			multiplies = true;
			joins.putIfAbsent("intervention", "JOIN ISU_INTERVENTION i0 ON i0.CASE_ID = c.ID");
			return "i0." + variable.column();
		case "ISU_OCCASION":
			return occasion() + "." + variable.column();
		case "ISU_FOLLOW_UP":
			multiplies = true;
			joins.putIfAbsent("followUp", "JOIN ISU_FOLLOW_UP f0 ON f0.CASE_ID = c.ID");
			return "f0." + variable.column();
		case "ISU_FOLLOW_UP_COOPERATION":
			multiplies = true;
			joins.putIfAbsent("followUp", "JOIN ISU_FOLLOW_UP f0 ON f0.CASE_ID = c.ID");
			joins.putIfAbsent("cooperation", "JOIN ISU_FOLLOW_UP_COOPERATION fc0 ON fc0.FOLLOW_UP_ID = f0.ID");
			return "fc0." + variable.column();
		default: {
			multiplies = true;
			String alias = "v_" + variable.table().substring(9).toLowerCase(Locale.ROOT);
			joins.putIfAbsent(valueSet, "JOIN " + variable.table() + " " + alias + " ON " + alias + ".CASE_ID = c.ID");
			return alias + "." + variable.column();
		}
		}
	}

	/**
	 * Joins an item's answer ({@code item}) or a score of complete assessments of the instrument and returns the
	 * answer or score table's alias. Under the subject ASSESSMENTS it is the counted assessment's own answer.
	 */
	private String answer(String instrumentAndId, boolean item) {
		String[] parts = instrumentAndId.split("/", 2);
		String instrument = safe(parts[0]);
		// group[*].item: the item in any row of a repeating group (answers stored as group[row].item); an
		// assessment then counts once under each answer its rows give
		java.util.regex.Matcher anyRow = ANY_ROW.matcher(parts[1]);
		java.util.regex.Matcher whereRow = WHERE_ROW.matcher(parts[1]);
		boolean filtered = item && !anyRow.matches() && whereRow.matches();
		if (filtered) {
			anyRow = ANY_ROW.matcher(whereRow.group(1) + "[*]." + whereRow.group(4));
			anyRow.matches();
		}
		boolean rows = item && anyRow.matches();
		Double rowCode = filtered ? rowCode(parts[1], whereRow.group(3)) : null;
		String id = rows ? safe(anyRow.group(1)) + (filtered ? "[" + safe(whereRow.group(2)) + "=" + rowCode + "]." : "[*].")
				+ safe(anyRow.group(2)) : safe(parts[1]);
		String key = (item ? "item:" : "score:") + instrument + "/" + id;
		String existing = answerAliases.get(key);
		if (existing != null) {
			lastAssessment = answerAssessments.get(key);
			return existing;
		}
		String table = item ? "ISU_ASSESSMENT_ANSWER" : "ISU_ASSESSMENT_SCORE";
		String idColumn = item ? "ITEM_ID" : "SCORE_ID";
		String assessment;
		if (query.measure().subject() == Subject.ASSESSMENTS) {
			assessment = "asm";
		} else {
			multiplies = true;
			assessment = alias("a");
			joins.put("assessment:" + key, "JOIN ISU_ASSESSMENT " + assessment + " ON " + assessment
					+ ".CASE_ID = c.ID AND " + assessment + ".STATUS = 'COMPLETE'");
		}
		String alias = alias(item ? "an" : "sc");
		joins.put(key, "JOIN " + table + " " + alias + " ON " + alias + ".ASSESSMENT_ID = " + assessment + ".ID AND "
				+ alias + "." + idColumn + (rows ? " LIKE ? ESCAPE '\\'" : " = ?") + " AND " + assessment + ".INSTRUMENT_ID = ?");
		if (rows) {
			multiplies = true; // several rows of one assessment: count the subject once per answer
			joinParameters.add(likeLiteral(anyRow.group(1)) + "[%]." + likeLiteral(anyRow.group(2)));
		} else {
			joinParameters.add(id);
		}
		joinParameters.add(instrument);
		if (filtered) {
			// the same row's other item: its id is this answer's id with the item's name swapped
			// (substanser[2].substans -> substanser[2].primar), plain string functions in Derby and PostgreSQL
			String flag = alias("rf");
			int itemLength = anyRow.group(2).length();
			joins.put(key, joins.get(key) + " JOIN ISU_ASSESSMENT_ANSWER " + flag + " ON " + flag + ".ASSESSMENT_ID = "
					+ alias + ".ASSESSMENT_ID AND " + flag + ".ITEM_ID = SUBSTR(" + alias + ".ITEM_ID, 1, LENGTH(" + alias
					+ ".ITEM_ID) - " + itemLength + ") || CAST(? AS VARCHAR(64)) AND " + flag + ".NUMBER_VALUE = ?");
			joinParameters.add(safe(whereRow.group(2)));
			joinParameters.add(rowCode);
		}
		answerAliases.put(key, alias);
		answerAssessments.put(key, assessment);
		lastAssessment = assessment;
		return alias;
	}

	/** The code a row filter asks for, as the number answers are stored as. */
	private static Double rowCode(String itemId, String code) {
		try {
			return Double.valueOf(code.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + itemId + "': the row filter [item=code] needs a numeric code, was '" + code + "'");
		}
	}

	private String lastAssessment;
	private final Map<String, String> answerAssessments = new java.util.HashMap<>();

	private static String safe(String id) {
		if (!SAFE_ID.matcher(id).matches()) {
			throw new IllegalArgumentException("'" + id + "' is not an instrument, item or score id");
		}
		return id;
	}

	/** Age in whole years at aktualisering, or at a fixed date ({@code bands@2025-12-31}). */
	private static String age(String at) {
		String ref = at == null ? "c.ACTUALISATION_DATE" : "DATE('" + LocalDate.parse(at.strip()) + "')";
		return "(YEAR(" + ref + ") - YEAR(cl.BIRTH_DATE) - CASE WHEN MONTH(" + ref + ") * 100 + DAY(" + ref
				+ ") < MONTH(cl.BIRTH_DATE) * 100 + DAY(cl.BIRTH_DATE) THEN 1 ELSE 0 END)";
	}

	/** Bands as labels that sort in order: lower bounds after the first, e.g. 18,25,45,65. */
	static List<int[]> bands(String parameter) {
		String bounds = parameter.contains("@") ? parameter.substring(0, parameter.indexOf('@')) : parameter;
		List<int[]> bands = new ArrayList<>();
		int lower = 0;
		for (String part : bounds.split(",")) {
			int bound;
			try {
				bound = Integer.parseInt(part.strip());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("Age bands are lower bounds in years, e.g. 18,25,45,65; was '" + parameter + "'");
			}
			if (bound <= lower || bound > 130) {
				throw new IllegalArgumentException("Age bands must rise and stay between 1 and 130; was '" + parameter + "'");
			}
			bands.add(new int[] { lower, bound - 1 });
			lower = bound;
		}
		bands.add(new int[] { lower, -1 });
		return bands;
	}

	private static String ageGroup(String parameter) {
		String at = parameter.contains("@") ? parameter.substring(parameter.indexOf('@') + 1) : null;
		String age = age(at);
		StringBuilder sql = new StringBuilder("CASE WHEN cl.BIRTH_DATE IS NULL THEN NULL");
		List<int[]> bands = bands(parameter);
		for (int[] band : bands) {
			String label = bandLabel(band);
			sql.append(band[1] < 0 ? " ELSE '" + label + "'" : " WHEN " + age + " <= " + band[1] + " THEN '" + label + "'");
		}
		return sql.append(" END").toString();
	}

	/** {@code 000-017}, {@code 018-024}, {@code 065-}: zero-padded so that the keys sort as the bands do. */
	static String bandLabel(int[] band) {
		return String.format("%03d-", band[0]) + (band[1] < 0 ? "" : String.format("%03d", band[1]));
	}

	private String period(String parameter) {
		String granularity = parameter == null ? "QUARTER" : parameter;
		DateVariable from = DateVariable.ACTUALISATION;
		int colon = granularity.indexOf(':');
		if (colon >= 0) {
			from = DateVariable.parse(granularity.substring(colon + 1));
			granularity = granularity.substring(0, colon);
		}
		String date = date(from);
		return switch (granularity.strip().toUpperCase(Locale.ROOT)) {
		case "YEAR" -> "YEAR(" + date + ")";
		case "QUARTER" -> "(YEAR(" + date + ") * 10 + (MONTH(" + date + ") + 2) / 3)";
		case "MONTH" -> "(YEAR(" + date + ") * 100 + MONTH(" + date + "))";
		default -> throw new IllegalArgumentException("A period is YEAR, QUARTER or MONTH, was '" + parameter + "'");
		};
	}

	/** The SQL of a dated variable. */
	private String date(DateVariable variable) {
		return switch (variable) {
		case ACTUALISATION -> "c.ACTUALISATION_DATE";
		case DECISION -> "c.DECISION_DATE";
		case CLOSURE -> "c.CLOSURE_DATE";
		case IMPLEMENTATION -> query.measure().subject() == Subject.INTERVENTIONS ? "iv.START_DATE"
				: "(SELECT MIN(ix.START_DATE) FROM ISU_INTERVENTION ix WHERE ix.CASE_ID = c.ID)";
		case FOLLOW_UP -> "(SELECT MIN(fx.FOLLOW_UP_DATE) FROM ISU_FOLLOW_UP fx WHERE fx.CASE_ID = c.ID)";
		case OCCASION -> occasion() + ".PLANNED_DATE";
		};
	}

	/** The SQL of a measure's value, one per subject (or per assessment for items and scores). */
	private String value(Measure.Value value) {
		return switch (value.kind()) {
		case AGE -> age(null);
		case DURATION -> "{fn TIMESTAMPDIFF(SQL_TSI_DAY, CAST(" + date(value.from()) + " AS TIMESTAMP), CAST("
				+ date(value.to()) + " AS TIMESTAMP))}";
		case ITEM, SCORE -> {
			if (value.source().contains("[*]") || WHERE_ROW.matcher(value.source().substring(value.source().indexOf('/') + 1)).matches()) {
				// a value per row, not per assessment: a mean over rows would weigh clients by their number of rows
				throw new IllegalArgumentException("'" + value.source() + "': an item over a group's rows can be a row or column, not the value of a mean or median");
			}
			String alias = answer(value.source(), value.kind() == Measure.ValueKind.ITEM);
			valueAssessment = lastAssessment;
			yield alias + (value.kind() == Measure.ValueKind.ITEM ? ".NUMBER_VALUE" : ".SCORE_VALUE");
		}
		};
	}
}
