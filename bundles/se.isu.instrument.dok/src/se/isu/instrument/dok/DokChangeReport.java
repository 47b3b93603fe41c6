package se.isu.instrument.dok;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.instrument.api.report.GroupReport;
import se.isu.instrument.api.report.PairedChanges;

/** DOK's change per life area in the report gallery (see {@link DokFamilyChangeReport}). */
@Component(service = GroupReport.class)
public class DokChangeReport extends DokFamilyChangeReport {

	public DokChangeReport() {
		super("dok", true);
	}

	@Reference
	void setChanges(PairedChanges changes) {
		bindChanges(changes);
	}

	@Override
	public String title() {
		return Messages.change_dok_title;
	}

	@Override
	public String description() {
		return Messages.change_dok_description;
	}
}
