package se.isu.instrument.mst;

import java.net.URL;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.InstrumentContribution;

/**
 * MST's forms (docs/instruments/mst.md): the family's ratings at start and end and 6 and 12 months after, the team's
 * record at discharge, the team's and the consultant's assessment, and the month's TAM-R score as the licensor
 * computed it.
 */
@Component(service = InstrumentContribution.class)
public class MstContribution implements InstrumentContribution {

	/** The family's 1–10 ratings of five areas, at intake and at discharge; its own baseline at intake. */
	public static final String FAMILY = "mst.familj";
	/** The same ratings and the youth's situation 6 months after discharge. */
	public static final String FOLLOW_UP_6 = "mst.familj6";
	/** The same 12 months after discharge. */
	public static final String FOLLOW_UP_12 = "mst.familj12";
	/** The team's record at discharge: outcomes, placement, reason. */
	public static final String DISCHARGE = "mst.avslut";
	/** The team's and the external consultant's assessment at discharge. */
	public static final String TEAM = "mst.team";
	/** The month's TAM-R adherence score, entered or imported, never computed here. */
	public static final String TAMR = "mst.tamr";

	/** The five rated areas, as item ids shared by the three rating forms (pairing is by item id). */
	public static final List<String> AREAS = List.of("F1", "F2", "F3", "F4", "F5");

	@Override
	public List<URL> definitions() {
		return List.of(resource("mst-familj"), resource("mst-familj6"), resource("mst-familj12"),
				resource("mst-avslut"), resource("mst-team"), resource("mst-tamr"));
	}

	private static URL resource(String name) {
		return MstContribution.class.getResource("/definitions/" + name + ".xmi");
	}
}
