package se.isu.testplugin.instrument;

import java.net.URL;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.InstrumentContribution;

/**
 * The test plugin's form: the family's ratings on a 1–10 ladder, answered by the family (issue 13, "Done when").
 * It lives in the test tree only and is added to test runtimes by name, never to a feature or the product.
 */
@Component(service = InstrumentContribution.class)
public class FamilyRatingContribution implements InstrumentContribution {

	public static final String ID = "test.familjeskattning";

	@Override
	public List<URL> definitions() {
		return List.of(FamilyRatingContribution.class.getResource("/definitions/familjeskattning.xmi"));
	}
}
