package se.isu.ui.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.isu.model.query.DateVariable;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;
import se.isu.model.valueset.ValueSets;
import se.isu.ui.Messages;

/** What the compile view offers in its lists, label by label, in the order a person looks for them. */
final class Choices {

	/** Labels and the values they stand for, in list order. */
	record Options<T>(List<String> labels, List<T> values) {
	}

	static final Options<Measure.Kind> MEASURES = new Options<>(
			List.of(Messages.compile_measureCount, Messages.compile_measureShare, Messages.compile_measureMean,
					Messages.compile_measureMedian),
			List.of(Measure.Kind.COUNT, Measure.Kind.SHARE, Measure.Kind.MEAN, Measure.Kind.MEDIAN));

	static final Options<Measure.Subject> SUBJECTS = new Options<>(
			List.of(Messages.compile_subjectCases, Messages.compile_subjectClients, Messages.compile_subjectInterventions,
					Messages.compile_subjectAssessments, Messages.compile_subjectOccasions),
			List.of(Measure.Subject.CASES, Measure.Subject.CLIENTS, Measure.Subject.INTERVENTIONS,
					Measure.Subject.ASSESSMENTS, Measure.Subject.OCCASIONS));

	static final Options<Measure.Value> VALUES = new Options<>(
			List.of(Messages.compile_valueActualisationDecision, Messages.compile_valueDecisionImplementation,
					Messages.compile_valueImplementationClosure, Messages.compile_valueActualisationClosure,
					Messages.compile_valueAge),
			List.of(Measure.Value.duration(DateVariable.ACTUALISATION, DateVariable.DECISION),
					Measure.Value.duration(DateVariable.DECISION, DateVariable.IMPLEMENTATION),
					Measure.Value.duration(DateVariable.IMPLEMENTATION, DateVariable.CLOSURE),
					Measure.Value.duration(DateVariable.ACTUALISATION, DateVariable.CLOSURE), Measure.Value.age()));

	/**
	 * Case variables offered as rows and columns: every coded variable of the model (decision 64), by SKL number,
	 * except legal sex, which is the Kön dimension.
	 */
	private static final List<String> VARIABLES = se.isu.model.valueset.CaseVariables.all().stream()
			.map(se.isu.model.valueset.CaseVariables.CaseVariable::valueSet).filter(id -> !id.equals("skl.juridisktKon"))
			.toList();

	private static final Map<String, Dimension> DIMENSIONS = dimensions();

	private Choices() {
	}

	private static Map<String, Dimension> dimensions() {
		Map<String, Dimension> dimensions = new LinkedHashMap<>();
		dimensions.put(Messages.compile_dimUnit, Dimension.unit());
		dimensions.put(Messages.compile_dimSex, Dimension.sex());
		dimensions.put(Messages.compile_dimAgeGroup, Dimension.ageGroup());
		dimensions.put(Messages.compile_dimStaff, Dimension.of(Dimension.Kind.STAFF));
		dimensions.put(Messages.compile_dimProvider, Dimension.provider());
		dimensions.put(Messages.compile_dimYear, Dimension.period("YEAR"));
		dimensions.put(Messages.compile_dimQuarter, Dimension.period("QUARTER"));
		dimensions.put(Messages.compile_dimMonth, Dimension.period("MONTH"));
		dimensions.put(Messages.compile_dimStatus, Dimension.of(Dimension.Kind.STATUS));
		dimensions.put(Messages.compile_dimStep, Dimension.of(Dimension.Kind.STEP));
		for (String id : VARIABLES) {
			ValueSets.standard().find(id).ifPresent(set -> dimensions.put(
					(set.getVariable() == null ? "" : set.getVariable() + " ") + set.getName(), Dimension.variable(id)));
		}
		dimensions.put(Messages.compile_dimOccasionKind, Dimension.of(Dimension.Kind.OCCASION_KIND));
		dimensions.put(Messages.compile_dimOccasionOutcome, Dimension.of(Dimension.Kind.OCCASION_OUTCOME));
		return dimensions;
	}

	/** The dimension labels, with "(ingen)" first when the choice may be left empty. */
	static List<String> dimensionLabels(boolean optional) {
		List<String> labels = new ArrayList<>();
		if (optional) {
			labels.add(Messages.compile_none);
		}
		labels.addAll(DIMENSIONS.keySet());
		return labels;
	}

	/**
	 * The dimension of a label in the lists, or of a dimension typed in its text form (as {@code ./isu compile} and
	 * saved compilations write it); {@code field} names the list in the message when it is neither.
	 */
	static Dimension dimension(String label, String field) {
		Dimension dimension = DIMENSIONS.get(label);
		if (dimension != null) {
			return dimension;
		}
		try {
			return Dimension.parse(label.strip());
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.compile_badDimension,
					new Object[] { field.replace(":", ""), label.strip(), e.getMessage() }), e);
		}
	}

	/** Whether an optional list has a dimension chosen or typed (not empty, not "(ingen)"). */
	static boolean chosen(String text) {
		return !text.isBlank() && !text.equals(Messages.compile_none);
	}

	/** The label of a dimension in the lists; a dimension the lists do not offer shows as its text form. */
	static String label(Dimension dimension) {
		return DIMENSIONS.entrySet().stream().filter(e -> e.getValue().equals(dimension)).map(Map.Entry::getKey)
				.findFirst().orElse(dimension.toString());
	}
}
