package se.isu.instrument.placement;

import java.net.URL;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.InstrumentContribution;

/**
 * The placement follow-up of seed 004 (Stockholm's HVB pilot): four questions to the client and the social worker's
 * assessment of the provider on four, due at the end of each placement. Everything is in the definition, made of
 * the questionnaire format alone (issue 17: a unit could have built it in the questionnaire editor); this class
 * only hands the file to the registry.
 */
@Component(service = InstrumentContribution.class)
public class PlacementFollowUpContribution implements InstrumentContribution {

	@Override
	public List<URL> definitions() {
		return List.of(PlacementFollowUpContribution.class.getResource("/definitions/placeringsuppfoljning.xmi"));
	}
}
