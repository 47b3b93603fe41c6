package se.isu.instrument.dok;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.isu.instrument.api.report.GroupReport;
import se.isu.instrument.api.report.PairedChanges;
import se.isu.instrument.api.report.ReportParameters;
import se.isu.instrument.dok.common.LifeAreaChange;
import se.isu.instrument.dok.common.LifeAreaChange.Area;
import se.isu.instrument.dok.common.LifeAreaChange.Comparison;

/**
 * A DOK family's change per life area, on the report UngDOK shares (dok.common's {@link LifeAreaChange}): the
 * family's table in {@link DokLifeAreas}, intake against discharge and, where the family has one, follow-up. One
 * component per family ({@link DokChangeReport}, {@link SpeldokChangeReport}, {@link BoendedokChangeReport}) so
 * each has its own place in the report gallery.
 */
abstract class DokFamilyChangeReport implements GroupReport {

	/** Day counts change by three days or more; yes/no, ratings and counts of contacts by one step. */
	static final double DAYS = 3;
	static final double STEP = 1;

	private final String family;
	private final boolean followUp;
	private PairedChanges changes;

	DokFamilyChangeReport(String family, boolean followUp) {
		this.family = family;
		this.followUp = followUp;
	}

	void bindChanges(PairedChanges pairedChanges) {
		this.changes = pairedChanges;
	}

	/** The family's table as the shared report takes it. */
	LifeAreaChange.Spec spec() {
		List<Area> areas = new ArrayList<>();
		for (DokLifeAreas.Area a : DokLifeAreas.of(family)) {
			areas.add(new Area(a.code(), Messages.area(family, a.code()), a.itemId(), a.better() == DokLifeAreas.Better.HIGHER,
					a.itemId().contains("dagar") || a.itemId().contains("konflikt") ? DAYS : STEP));
		}
		List<Comparison> comparisons = new ArrayList<>();
		comparisons.add(new Comparison(family + ".utskrivning", Messages.occasion_discharge));
		if (followUp) {
			comparisons.add(new Comparison(family + ".uppfoljning", Messages.occasion_followUp));
		}
		return new LifeAreaChange.Spec(family + ".inskrivning", comparisons, areas);
	}

	@Override
	public String id() {
		return family + ".change";
	}

	@Override
	public InputStream openDesign() {
		return LifeAreaChange.openDesign();
	}

	@Override
	public Map<String, List<Map<String, Object>>> rows(ReportParameters parameters) {
		return LifeAreaChange.rows(changes, spec(), parameters);
	}
}
