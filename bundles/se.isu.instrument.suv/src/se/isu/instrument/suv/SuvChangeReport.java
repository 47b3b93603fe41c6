package se.isu.instrument.suv;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.instrument.api.report.GroupReport;
import se.isu.instrument.api.report.PairedChanges;
import se.isu.instrument.api.report.PairedChanges.Figures;
import se.isu.instrument.api.report.PairedChanges.Measured;
import se.isu.instrument.api.report.ReportParameters;

/**
 * Change before → after the intervention for the same clients: each SUV form registered at the start (INTAKE) and at
 * closure (DISCHARGE), and FREDA's number of "ja" at intake and closure, with dropout from the occasions where the
 * form was due at closure (decision 78) and its reasons, one line per measure.
 */
@Component(service = GroupReport.class)
public class SuvChangeReport implements GroupReport {

	/** The scores' steps are whole numbers (forms of violence, 1–10 ratings, number of ja): a change below 1 is none. */
	static final double THRESHOLD = 1.0;

	/** One line of the report: which form's score, and which direction is better. */
	record Measure(String instrument, String score, boolean higherIsBetter, String label) {
	}

	static List<Measure> measures() {
		return List.of(new Measure(SuvContribution.VICTIM, "suv.valdsformer", false, Messages.change_victimForms),
				new Measure(SuvContribution.VICTIM, "suv.trygghet", true, Messages.change_victimSafety),
				new Measure(SuvContribution.PERPETRATOR, "suv.valdsformer", false, Messages.change_perpetratorForms),
				new Measure(SuvContribution.PERPETRATOR, "suv.avstar", true, Messages.change_perpetratorRefrain),
				new Measure(SuvContribution.FREDA_RISK, "freda.ja", false, Messages.change_fredaYes));
	}

	@Reference
	PairedChanges changes;

	@Override
	public String id() {
		return "suv.change";
	}

	@Override
	public String title() {
		return Messages.change_title;
	}

	@Override
	public String description() {
		return Messages.change_description;
	}

	@Override
	public InputStream openDesign() {
		return SuvChangeReport.class.getClassLoader().getResourceAsStream("templates/suv-change.rptdesign");
	}

	@Override
	public Map<String, List<Map<String, Object>>> rows(ReportParameters parameters) {
		List<Map<String, Object>> change = new ArrayList<>();
		List<Map<String, Object>> reasons = new ArrayList<>();
		List<Map<String, Object>> notes = new ArrayList<>();
		notes.add(row("text", NLS.bind(Messages.change_note, parameters.describe())));
		for (Measure m : measures()) {
			Figures f = changes.pairedChange(new PairedChanges.Request(m.instrument(), "INTAKE", m.instrument(),
					"DISCHARGE", Measured.SCORE, m.score(), parameters, THRESHOLD, m.higherIsBetter())
					.dropoutOf(m.instrument()));
			change.add(row("area", m.label(), "baseline", f.baseline(), "paired", f.paired(), "dropouts", f.dropouts(),
					"pending", f.pending(), "improved", f.improvedShare(), "unchanged", f.unchangedShare(), "worse",
					f.worseShare(), "meanChange", f.meanChange(), "completers", f.completersBaselineMean(),
					"dropoutsBaseline", f.dropoutsBaselineMean()));
			// the reasons are the same for every score of one form: list them once per form, named
			if (m.score().equals("suv.valdsformer") || m.instrument().equals(SuvContribution.FREDA_RISK)) {
				f.dropoutReasons().forEach(r -> reasons.add(row("label", m.label() + ": " + r.label(), "count", r.count())));
			}
			f.notes().forEach(note -> notes.add(row("text", note)));
		}
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		rows.put("change", change);
		rows.put("reasons", reasons);
		rows.put("notes", notes.stream().distinct().toList());
		return rows;
	}

	private static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
