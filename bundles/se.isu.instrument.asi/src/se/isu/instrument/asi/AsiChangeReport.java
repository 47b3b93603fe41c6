package se.isu.instrument.asi;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.instrument.api.report.GroupReport;
import se.isu.instrument.api.report.PairedChanges;
import se.isu.instrument.api.report.PairedChanges.Figures;
import se.isu.instrument.api.report.PairedChanges.Measured;
import se.isu.instrument.api.report.ReportParameters;

/**
 * ASI change between Grund and Uppföljning for the same clients, per life area's composite score: paired n and
 * dropout with reasons, improved / unchanged / worse, mean change, and the Grund scores of those followed up
 * against those who dropped out (so a unit sees whether its follow-ups are a biased group).
 */
@Component(service = GroupReport.class)
public class AsiChangeReport implements GroupReport {

	/**
	 * A change of a composite score smaller than this counts as unchanged. Composite scores run from 0 to 1 and have
	 * no agreed clinical threshold (docs/instruments/asi.md); a tenth of the scale is a cautious, visible step.
	 */
	static final double THRESHOLD = 0.1;

	@Reference
	PairedChanges changes;

	@Override
	public String id() {
		return "asi.change";
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
		return AsiChangeReport.class.getClassLoader().getResourceAsStream("templates/asi-change.rptdesign");
	}

	@Override
	public Map<String, List<Map<String, Object>>> rows(ReportParameters parameters) {
		List<Map<String, Object>> change = new ArrayList<>();
		Figures first = null;
		for (AsiArea area : AsiArea.values()) {
			// Lower composite scores are better; the baseline date is limited to the report's period. Dropout is
			// ASI's own: the occasions where Uppföljning is due, not any follow-up of the case (decision 78).
			Figures paired = changes.pairedChange(new PairedChanges.Request(AsiContribution.GRUND, null,
					AsiContribution.UPPFOLJNING, null, Measured.SCORE, area.compositeScore, parameters, THRESHOLD, false)
					.dropoutOf(AsiContribution.UPPFOLJNING));
			first = first == null ? paired : first;
			change.add(row("area", area.label(), "baseline", paired.baseline(), "paired", paired.paired(),
					"dropouts", paired.dropouts(), "pending", paired.pending(), "improved", paired.improvedShare(), "unchanged",
					paired.unchangedShare(), "worse", paired.worseShare(), "meanChange",
					paired.meanChange(), "completers", paired.completersBaselineMean(), "dropoutsBaseline",
					paired.dropoutsBaselineMean()));
		}
		List<Map<String, Object>> reasons = new ArrayList<>();
		first.dropoutReasons().forEach(r -> reasons.add(row("label", r.label(), "count", r.count())));
		List<Map<String, Object>> notes = new ArrayList<>();
		notes.add(row("text", org.eclipse.osgi.util.NLS.bind(Messages.change_note, parameters.describe())));
		first.notes().forEach(note -> notes.add(row("text", note)));
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		rows.put("change", change);
		rows.put("reasons", reasons);
		rows.put("notes", notes);
		return rows;
	}

	private static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> map = new java.util.HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
