package se.isu.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import se.isu.core.Messages;
import se.isu.core.instrument.ScoreScale;
import se.isu.model.CaseStatus;
import se.isu.model.OccasionKind;
import se.isu.model.ProcessStep;
import se.isu.model.Unit;
import se.isu.model.query.DateVariable;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;
import se.isu.model.valueset.ValueSets;
import se.isu.store.CaseRepository;

/** Headers and titles of compilations: codes to the labels of their value sets, bands and periods to words. */
final class KeyLabels {

	/** Keys in a sensible order: numbers as numbers, text as text, "not recorded" last. */
	static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int order = compare(a.get(i), b.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(a.size(), b.size());
	};

	private static int compare(String a, String b) {
		if (a == null || b == null) {
			return a == null ? (b == null ? 0 : 1) : -1;
		}
		try {
			return new BigDecimal(a).compareTo(new BigDecimal(b));
		} catch (NumberFormatException e) {
			return a.compareTo(b);
		}
	}

	private final CaseRepository cases;
	private Map<String, String> unitNames;
	private final Locale locale = Locale.getDefault();

	KeyLabels(CaseRepository cases) {
		this.cases = cases;
	}

	String label(List<Dimension> dimensions, List<String> key) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < dimensions.size(); i++) {
			parts.add(label(dimensions.get(i), key.get(i)));
		}
		return String.join(" / ", parts);
	}

	String label(Dimension dimension, String key) {
		if (key == null) {
			return Messages.compile_notRecorded;
		}
		try {
			return switch (dimension.kind()) {
			case SEX -> ValueSets.standard().label("skl.juridisktKon", Integer.parseInt(key), locale);
			case VARIABLE -> ValueSets.standard().label(dimension.parameter(), Integer.parseInt(key), locale);
			case UNIT -> unitName(key);
			case AGE_GROUP -> ageBand(key);
			case PERIOD -> period(key);
			case STATUS -> CaseStatus.OPEN.getName().equals(key) ? Messages.compile_open : Messages.compile_closed;
			case STEP -> stepLabel(key);
			case OCCASION_KIND -> occasionKind(key);
			case OCCASION_OUTCOME -> switch (key) {
			case "DONE" -> Messages.compile_outcomeDone;
			case "NOT_DONE" -> Messages.compile_outcomeNotDone;
			case "OVERDUE" -> Messages.compile_outcomeOverdue;
			default -> Messages.compile_outcomeUpcoming;
			};
			// the band's width and decimals come with the dimension, from the score's definition (decision 59)
			case SCORE -> ScoreScale.fromParameter(dimension.parameter()).map(s -> s.bandLabel(new BigDecimal(key)))
					.orElse(key);
			case STAFF, ITEM, PROVIDER -> key;
			};
		} catch (NumberFormatException e) {
			return key;
		}
	}

	/** {@code 018-024} → 18–24, {@code 000-017} → –17, {@code 065-} → 65–. */
	static String ageBand(String key) {
		String[] parts = key.split("-", -1);
		int lower = Integer.parseInt(parts[0]);
		String upper = parts.length < 2 || parts[1].isEmpty() ? "" : Integer.toString(Integer.parseInt(parts[1]));
		return (lower == 0 ? "" : Integer.toString(lower)) + "–" + upper;
	}

	/** 2025 → 2025, 20252 → 2025 kv 2, 202503 → 2025-03. */
	static String period(String key) {
		return switch (key.length()) {
		case 5 -> NLS.bind(Messages.compile_quarter, key.substring(0, 4), key.substring(4));
		case 6 -> key.substring(0, 4) + "-" + key.substring(4);
		default -> key;
		};
	}

	static String occasionKind(String key) {
		OccasionKind kind = OccasionKind.getByName(key);
		if (kind == null) {
			return key;
		}
		return switch (kind) {
		case INTAKE -> Messages.compile_occasionIntake;
		case INTERIM -> Messages.compile_occasionInterim;
		case DISCHARGE -> Messages.compile_occasionDischarge;
		case FOLLOW_UP -> Messages.compile_occasionFollowUp;
		};
	}

	private static String stepLabel(String key) {
		ProcessStep step = ProcessStep.getByName(key);
		return step == null ? key : step.getValue() + " " + key.charAt(0) + key.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private String unitName(String code) {
		if (unitNames == null) {
			unitNames = cases.findUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName, (a, b) -> a));
		}
		return unitNames.getOrDefault(code, code);
	}

	String dimension(Dimension dimension) {
		return switch (dimension.kind()) {
		case SEX -> Messages.compile_dimSex;
		case AGE_GROUP -> Messages.compile_dimAgeGroup;
		case UNIT -> Messages.compile_dimUnit;
		case STAFF -> Messages.compile_dimStaff;
		case PERIOD -> Messages.compile_dimPeriod;
		case STATUS -> Messages.compile_dimStatus;
		case STEP -> Messages.compile_dimStep;
		case VARIABLE -> ValueSets.standard().find(dimension.parameter()).map(set -> se.isu.model.valueset.Bilingual.pick(set.getName(),
				set.getNameEn(), locale)).orElse(dimension.parameter());
		case ITEM, SCORE -> ScoreScale.baseOf(dimension.parameter());
		case OCCASION_KIND -> Messages.compile_dimOccasionKind;
		case OCCASION_OUTCOME -> Messages.compile_dimOccasionOutcome;
		case PROVIDER -> Messages.compile_dimProvider;
		};
	}

	String measure(Measure measure) {
		String subject = switch (measure.subject()) {
		case CASES -> Messages.compile_subjectCases;
		case CLIENTS -> Messages.compile_subjectClients;
		case INTERVENTIONS -> Messages.compile_subjectInterventions;
		case ASSESSMENTS -> Messages.compile_subjectAssessments;
		case OCCASIONS -> Messages.compile_subjectOccasions;
		};
		return switch (measure.kind()) {
		case COUNT -> NLS.bind(Messages.compile_count, subject);
		case SHARE -> NLS.bind(Messages.compile_share, subject);
		case MEAN -> NLS.bind(Messages.compile_mean, value(measure.value()));
		case MEDIAN -> NLS.bind(Messages.compile_median, value(measure.value()));
		};
	}

	String value(Measure.Value value) {
		return switch (value.kind()) {
		case AGE -> Messages.compile_valueAge;
		case DURATION -> NLS.bind(Messages.compile_valueDuration, date(value.from()), date(value.to()));
		case SCORE, ITEM -> value.source();
		};
	}

	static String date(DateVariable variable) {
		return switch (variable) {
		case ACTUALISATION -> Messages.compile_dateActualisation;
		case DECISION -> Messages.compile_dateDecision;
		case IMPLEMENTATION -> Messages.compile_dateImplementation;
		case FOLLOW_UP -> Messages.compile_dateFollowUp;
		case CLOSURE -> Messages.compile_dateClosure;
		case OCCASION -> Messages.compile_dateOccasion;
		};
	}

	/** The label of a code of a value set, or the code when the set does not know it. */
	String code(String valueSet, Integer code) {
		return code == null ? Messages.compile_notRecorded : ValueSets.standard().label(valueSet, code, locale);
	}
}
