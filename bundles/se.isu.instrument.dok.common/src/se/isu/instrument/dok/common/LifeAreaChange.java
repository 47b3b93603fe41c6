package se.isu.instrument.dok.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.isu.instrument.api.report.PairedChanges;
import se.isu.instrument.api.report.PairedChanges.Figures;
import se.isu.instrument.api.report.PairedChanges.Measured;
import se.isu.instrument.api.report.ReportParameters;

/**
 * The DOK family's change report per life area, shared by UngDOK and DOK (issue 14's shared design): for each area a
 * family declares, its item at intake against the same item at discharge and at follow-up, for the same clients —
 * paired n, dropout with reasons (from the occasions where the later form is due, decision 78), completers against
 * dropouts at intake, shares improved / unchanged / worse. A family's {@code GroupReport} component holds a
 * {@link Spec} and returns {@link #rows} and {@link #openDesign()}; the template is this bundle's.
 */
public final class LifeAreaChange {

	/**
	 * One life area: its code (the section id, e.g. {@code boende}), its label in the user's language, what is
	 * compared (an item asked with the same id at every occasion, or a score with the same id), which way is better,
	 * and the smallest change that counts.
	 */
	public record Area(String code, String label, Measured measured, String id, boolean higherIsBetter, double threshold) {

		/** An area measured on an item. */
		public Area(String code, String label, String itemId, boolean higherIsBetter, double threshold) {
			this(code, label, Measured.ITEM, itemId, higherIsBetter, threshold);
		}
	}

	/** A later occasion compared with intake: the form asked there and what the report calls it. */
	public record Comparison(String instrumentId, String label) {
	}

	/** A family's table: its intake form, the later forms compared with it, and its areas. */
	public record Spec(String intakeInstrument, List<Comparison> comparisons, List<Area> areas) {
		public Spec {
			comparisons = List.copyOf(comparisons);
			areas = List.copyOf(areas);
		}
	}

	private LifeAreaChange() {
	}

	/** The shared BIRT template (data sets change, reasons, notes). */
	public static InputStream openDesign() {
		return LifeAreaChange.class.getClassLoader().getResourceAsStream("templates/dok-area-change.rptdesign");
	}

	/** The report's rows, already suppressed by the workbench: one line per area and comparison. */
	public static Map<String, List<Map<String, Object>>> rows(PairedChanges changes, Spec spec, ReportParameters parameters) {
		List<Map<String, Object>> change = new ArrayList<>();
		List<Map<String, Object>> reasons = new ArrayList<>();
		List<Map<String, Object>> notes = new ArrayList<>();
		notes.add(row("text", NLS.bind(Messages.change_note, parameters.describe())));
		for (Comparison comparison : spec.comparisons()) {
			Figures widest = null;
			for (Area area : spec.areas()) {
				Figures paired = changes.pairedChange(new PairedChanges.Request(spec.intakeInstrument(), null,
						comparison.instrumentId(), null, area.measured(), area.id(), parameters, area.threshold(),
						area.higherIsBetter()).dropoutOf(comparison.instrumentId()));
				widest = widest == null || count(paired.baseline()) > count(widest.baseline()) ? paired : widest;
				change.add(row("area", area.label() + " (" + comparison.label() + ")", "baseline", paired.baseline(),
						"paired", paired.paired(), "dropouts", paired.dropouts(), "pending", paired.pending(), "improved",
						paired.improvedShare(), "unchanged", paired.unchangedShare(), "worse", paired.worseShare(),
						"meanChange", paired.meanChange(), "completers", paired.completersBaselineMean(),
						"dropoutsBaseline", paired.dropoutsBaselineMean()));
			}
			if (widest != null) {
				// the reasons once per comparison, from the area most clients answered at intake (an area whose item
				// was skipped at intake has fewer clients, and so fewer dropouts, than the comparison really had)
				for (PairedChanges.Reason r : widest.dropoutReasons()) {
					reasons.add(row("label", comparison.label() + ": " + r.label(), "count", r.count()));
				}
				widest.notes().forEach(note -> notes.add(row("text", note)));
			}
		}
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		rows.put("change", change);
		rows.put("reasons", reasons);
		rows.put("notes", notes);
		return rows;
	}

	/** A figure as shown: a number, or -1 for a hidden or small one ({@code <5}, {@code x}). */
	private static int count(String shown) {
		return shown != null && shown.matches("\\d+") ? Integer.parseInt(shown) : -1;
	}

	static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
