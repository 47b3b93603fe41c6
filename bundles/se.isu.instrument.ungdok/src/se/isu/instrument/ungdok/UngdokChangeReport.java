package se.isu.instrument.ungdok;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.instrument.api.report.GroupReport;
import se.isu.instrument.api.report.PairedChanges;
import se.isu.instrument.api.report.ReportParameters;
import se.isu.instrument.dok.common.LifeAreaChange;
import se.isu.instrument.dok.common.LifeAreaChange.Area;
import se.isu.instrument.dok.common.LifeAreaChange.Comparison;

/**
 * UngDOK's change per life area (the DOK family's shared report): intake against discharge and against the
 * follow-up three months later, one item per area, for the same clients, with dropout and its reasons.
 */
@Component(service = GroupReport.class)
public class UngdokChangeReport implements GroupReport {

	/**
	 * UngDOK's areas and the item that tells each one's situation, asked with the same id at every interview. Yes/no
	 * and 1–5 ratings change by whole steps; days away from school or work count from three days.
	 */
	static List<Area> areas() {
		return List.of(new Area("boende", Messages.area_boende, "boende_oro30", false, 1),
				new Area("sysselsattning", Messages.area_sysselsattning, "sysselsattning_franvaro30", false, 3),
				new Area("droger", Messages.area_droger, "droger_oro30", false, 1),
				new Area("kriminalitet", Messages.area_kriminalitet, "kriminalitet_brott30", false, 1),
				new Area("familj", Messages.area_familj, "familj_relation", true, 1),
				new Area("fysisk", Messages.area_fysisk, "fysisk_halsa", true, 1),
				new Area("psykisk", Messages.area_psykisk, "psykisk_symptom30", false, 1));
	}

	static LifeAreaChange.Spec spec() {
		return new LifeAreaChange.Spec(UngdokContribution.INSKRIVNING,
				List.of(new Comparison(UngdokContribution.UTSKRIVNING, Messages.occasion_discharge),
						new Comparison(UngdokContribution.UPPFOLJNING, Messages.occasion_followUp)),
				areas());
	}

	@Reference
	PairedChanges changes;

	@Override
	public String id() {
		return "ungdok.change";
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
		return LifeAreaChange.openDesign();
	}

	@Override
	public Map<String, List<Map<String, Object>>> rows(ReportParameters parameters) {
		return LifeAreaChange.rows(changes, spec(), parameters);
	}
}
