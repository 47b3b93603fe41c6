package se.isu.instrument.dok;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.instrument.api.report.GroupReport;
import se.isu.instrument.api.report.PairedChanges;

/** SpelDOK's change per life area in the report gallery (see {@link DokFamilyChangeReport}). */
@Component(service = GroupReport.class)
public class SpeldokChangeReport extends DokFamilyChangeReport {

	public SpeldokChangeReport() {
		super("speldok", true);
	}

	@Reference
	void setChanges(PairedChanges changes) {
		bindChanges(changes);
	}

	@Override
	public String title() {
		return Messages.change_speldok_title;
	}

	@Override
	public String description() {
		return Messages.change_speldok_description;
	}
}
