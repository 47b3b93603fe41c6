package se.isu.instrument.clientquestions;

import java.net.URL;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.InstrumentContribution;

/**
 * SKL's client questions B1a-B5 (Bilaga 2, 2019) as an instrument like any other: answered at discharge and
 * follow-up, with the value sets of the model. No scorer: the answers are the result.
 */
@Component(service = InstrumentContribution.class)
public class ClientQuestionsContribution implements InstrumentContribution {

	@Override
	public List<URL> definitions() {
		return List.of(ClientQuestionsContribution.class.getResource("/definitions/klientfragor.xmi"));
	}
}
