package se.isu.instrument.asi;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.isu.core.instrument.InstrumentContribution;
import se.isu.core.instrument.InstrumentDefinitions;
import se.isu.model.instrument.InstrumentDefinition;

/** ASI Grund (intake) and ASI Uppföljning (follow-up, needs a Grund within 24 months), revision 2022. */
@Component(service = InstrumentContribution.class)
public class AsiContribution implements InstrumentContribution {

	public static final String GRUND = "asi.grund";
	public static final String UPPFOLJNING = "asi.uppfoljning";

	@Override
	public List<InstrumentDefinition> definitions() {
		return List.of(InstrumentDefinitions.load(AsiContribution.class, "definitions/asi-grund.xmi"),
				InstrumentDefinitions.load(AsiContribution.class, "definitions/asi-uppfoljning.xmi"));
	}
}
