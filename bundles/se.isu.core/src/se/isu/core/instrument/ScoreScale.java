package se.isu.core.instrument;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.isu.model.instrument.ScoreBand;
import se.isu.model.instrument.ScoreDefinition;

/**
 * The range, compilation bands and display precision of a score, as its definition declares them (0–1 ASI
 * composites in tenths shown with two decimals, AUDIT 0–40 in fives, a 1–10 rating in ones). The one place a
 * score's scale is read: compilation, labels and reports ask this, nothing else assumes a range (decision 59).
 *
 * @param step     width of the bands a compilation groups the score by
 * @param decimals digits shown after the decimal comma
 */
public record ScoreScale(Double min, Double max, BigDecimal step, int decimals, List<Band> bands) {

	/** A named range of the score. */
	public record Band(double from, double to, String label) {
	}

	/** A score whose definition says nothing of its scale (e.g. one a plugin scorer adds): whole numbers. */
	public static final ScoreScale WHOLE_NUMBERS = new ScoreScale(null, null, BigDecimal.ONE, 0, List.of());

	public ScoreScale {
		if (step == null || step.signum() <= 0) {
			throw new IllegalArgumentException("A score's step must be above zero, was " + step);
		}
		bands = List.copyOf(bands);
	}

	/** The scale a definition declares, with its defaults: a tenth of min..max, or 1; as many decimals as the step. */
	public static ScoreScale of(ScoreDefinition d, boolean english) {
		BigDecimal step;
		if (d.getStep() != null && d.getStep() > 0) {
			step = BigDecimal.valueOf(d.getStep()).stripTrailingZeros();
		} else if (d.getMin() != null && d.getMax() != null && d.getMax() > d.getMin()) {
			step = BigDecimal.valueOf(d.getMax() - d.getMin()).divide(BigDecimal.TEN).stripTrailingZeros();
		} else {
			step = BigDecimal.ONE;
		}
		int decimals = d.getDecimals() != null && d.getDecimals() >= 0 ? d.getDecimals() : Math.max(0, step.scale());
		List<Band> bands = new ArrayList<>();
		boolean zoneScore = d.getBandsOf() != null && !d.getBandsOf().isBlank();
		for (ScoreBand b : d.getBands()) {
			String label = english && b.getLabelEn() != null ? b.getLabelEn() : b.getLabel();
			if (!zoneScore) {
				bands.add(new Band(b.getFrom(), b.getTo(), label));
			} else if (b.getZone() != null && bands.stream().noneMatch(x -> x.from() == b.getZone())) {
				// a zone score's value is the zone number: each zone is named once, whatever sex or age chose it
				bands.add(new Band(b.getZone(), b.getZone(), label));
			}
		}
		return new ScoreScale(d.getMin(), d.getMax(), step, decimals, bands);
	}

	/** The value as tables print it: decimal comma, this scale's decimals. */
	public String format(double value) {
		DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
				DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE")));
		// DecimalFormat writes the Unicode minus in Swedish; a hyphen-minus survives CSV and spreadsheets better.
		return format.format(value).replace('\u2212', '-');
	}

	/** The compilation band starting at {@code lower}, e.g. "0,30–0,40" or "5–10". */
	public String bandLabel(BigDecimal lower) {
		return format(lower.doubleValue()) + "\u2013" + format(lower.add(step).doubleValue());
	}

	/** The named band a value falls in, if the definition names bands. */
	public Optional<Band> band(double value) {
		return bands.stream().filter(b -> value >= b.from() && value <= b.to()).findFirst();
	}

	// --- a SCORE dimension carries its scale to the store and to labels: instrumentId/scoreId:step:decimals ---

	/** The dimension parameter with this scale, e.g. {@code asi.grund/cs.alkohol:0.1:2}. */
	public String parameter(String instrumentAndScore) {
		return instrumentAndScore + ":" + step.toPlainString() + ":" + decimals;
	}

	/** {@code instrumentId/scoreId} without a scale suffix. */
	public static String baseOf(String parameter) {
		int colon = parameter.indexOf(':');
		return colon < 0 ? parameter : parameter.substring(0, colon);
	}

	/** The scale a dimension parameter carries, if it carries one. */
	public static Optional<ScoreScale> fromParameter(String parameter) {
		String[] parts = parameter.split(":");
		if (parts.length < 2) {
			return Optional.empty();
		}
		try {
			BigDecimal step = new BigDecimal(parts[1].strip());
			int decimals = parts.length > 2 ? Integer.parseInt(parts[2].strip()) : Math.max(0, step.scale());
			return Optional.of(new ScoreScale(null, null, step, decimals, List.of()));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
