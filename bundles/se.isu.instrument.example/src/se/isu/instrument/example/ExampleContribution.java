package se.isu.instrument.example;

import java.net.URL;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.InstrumentContribution;

/** The example's one form: a short follow-up three months after closure (docs/adding-an-instrument.md). */
@Component(service = InstrumentContribution.class)
public class ExampleContribution implements InstrumentContribution {

	public static final String UPPFOLJNING = "example.uppfoljning";

	@Override
	public List<URL> definitions() {
		// every released version stays in this list (docs/adding-an-instrument.md, §4)
		return List.of(ExampleContribution.class.getResource("/definitions/example-uppfoljning.xmi"));
	}
}
