package se.isu.instrument.dok.common;

import java.io.InputStream;
import java.util.ArrayList;
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
 * AUDIT and DUDIT at intake against discharge and follow-up for the same clients: the change of the total, and the
 * shift between risk zones (the zone score, decision 101: a lower zone is improved, a higher one worse). Dropout is
 * read from the case's occasions of the later kind, since AUDIT and DUDIT are given beside the family's own forms.
 */
@Component(service = GroupReport.class)
public class AuditDuditChangeReport implements GroupReport {

	/** A total that moved less than this many points counts as unchanged (both scales run in whole points). */
	static final double TOTAL_THRESHOLD = 2;

	@Reference
	PairedChanges changes;

	@Override
	public String id() {
		return "dok.zones";
	}

	@Override
	public String title() {
		return Messages.zones_title;
	}

	@Override
	public String description() {
		return Messages.zones_description;
	}

	@Override
	public InputStream openDesign() {
		return AuditDuditChangeReport.class.getClassLoader().getResourceAsStream("templates/dok-zones.rptdesign");
	}

	@Override
	public Map<String, List<Map<String, Object>>> rows(ReportParameters parameters) {
		List<Map<String, Object>> change = new ArrayList<>();
		List<Map<String, Object>> reasons = new ArrayList<>();
		List<Map<String, Object>> notes = new ArrayList<>();
		notes.add(LifeAreaChange.row("text", NLS.bind(Messages.zones_note, parameters.describe())));
		String[][] later = { { "DISCHARGE", Messages.zones_discharge }, { "FOLLOW_UP", Messages.zones_followUp } };
		for (String[] kind : later) {
			Figures first = null;
			for (String instrument : List.of(DokCommonContribution.AUDIT, DokCommonContribution.DUDIT)) {
				String name = instrument.toUpperCase(java.util.Locale.ROOT);
				Figures total = figures(instrument, kind[0], instrument + ".total", TOTAL_THRESHOLD, parameters);
				Figures zone = figures(instrument, kind[0], instrument + ".zon", 1, parameters);
				first = first == null ? total : first;
				change.add(line(NLS.bind(Messages.zones_total, name, kind[1]), total));
				change.add(line(NLS.bind(Messages.zones_zone, name, kind[1]), zone));
			}
			for (PairedChanges.Reason r : first.dropoutReasons()) {
				reasons.add(LifeAreaChange.row("label", kind[1] + ": " + r.label(), "count", r.count()));
			}
			first.notes().forEach(n -> notes.add(LifeAreaChange.row("text", n)));
		}
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		rows.put("change", change);
		rows.put("reasons", reasons);
		rows.put("notes", notes);
		return rows;
	}

	private Figures figures(String instrument, String laterKind, String scoreId, double threshold, ReportParameters parameters) {
		// lower totals and zones are better; the same instrument at intake and at the later occasion
		return changes.pairedChange(new PairedChanges.Request(instrument, "INTAKE", instrument, laterKind, Measured.SCORE,
				scoreId, parameters, threshold, false));
	}

	private static Map<String, Object> line(String label, Figures f) {
		return LifeAreaChange.row("area", label, "baseline", f.baseline(), "paired", f.paired(), "dropouts", f.dropouts(),
				"pending", f.pending(), "improved", f.improvedShare(), "unchanged", f.unchangedShare(), "worse",
				f.worseShare(), "meanChange", f.meanChange(), "completers", f.completersBaselineMean(), "dropoutsBaseline",
				f.dropoutsBaselineMean());
	}
}
