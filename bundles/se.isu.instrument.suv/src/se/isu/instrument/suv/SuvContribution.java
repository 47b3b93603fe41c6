package se.isu.instrument.suv;

import java.net.URL;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.InstrumentContribution;

/**
 * Socialstyrelsen's SU-verktyg for violence in close relationships (SUV-våldsutsatthet, SUV-våldsutövande) and the
 * three FREDA instruments as forms of their own in the same plugin (decision 127). Every score is declarative: FREDA's
 * risk assessment is the number of "ja", which a component list expresses, so there is no scorer.
 */
@Component(service = InstrumentContribution.class)
public class SuvContribution implements InstrumentContribution {

	public static final String VICTIM = "suv.utsatt";
	public static final String PERPETRATOR = "suv.utovande";
	public static final String FREDA_SHORT = "freda.kortfragor";
	public static final String FREDA_DESCRIPTION = "freda.beskrivning";
	public static final String FREDA_RISK = "freda.farlighet";

	@Override
	public List<URL> definitions() {
		// every released version stays in this list (docs/adding-an-instrument.md §4)
		return List.of(resource("suv-utsatt.xmi"), resource("suv-utovande.xmi"), resource("freda-kortfragor.xmi"),
				resource("freda-beskrivning.xmi"), resource("freda-farlighet.xmi"));
	}

	private static URL resource(String file) {
		return SuvContribution.class.getResource("/definitions/" + file);
	}
}
