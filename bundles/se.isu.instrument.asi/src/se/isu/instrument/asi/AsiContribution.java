package se.isu.instrument.asi;

import java.net.URL;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.InstrumentContribution;

/** ASI Grund (intake) and ASI Uppföljning (follow-up, needs a Grund within 24 months), revision 2022. */
@Component(service = InstrumentContribution.class)
public class AsiContribution implements InstrumentContribution {

	public static final String GRUND = "asi.grund";
	public static final String UPPFOLJNING = "asi.uppfoljning";

	@Override
	public List<URL> definitions() {
		return List.of(AsiContribution.class.getResource("/definitions/asi-grund.xmi"),
				AsiContribution.class.getResource("/definitions/asi-uppfoljning.xmi"));
	}
}
