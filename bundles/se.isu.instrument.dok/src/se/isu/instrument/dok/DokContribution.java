package se.isu.instrument.dok;

import java.net.URL;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.InstrumentContribution;

/**
 * The DOK family of IKM (Linnéuniversitetet) as forms of one plugin: DOK at intake, review, discharge and follow-up,
 * SpelDOK at intake, discharge and follow-up, boendeDOK 2020 at intake, review and discharge (decision 107 says why
 * one plugin). The definitions are written by tools/generate_definitions.py; their texts are in the properties files
 * beside them.
 */
@Component(service = InstrumentContribution.class)
public class DokContribution implements InstrumentContribution {

	public static final String VERSION = "2026.1";

	/** Every form of the family, by instrument id; each is definitions/&lt;family&gt;-&lt;occasion&gt;.xmi. */
	public static final List<String> FORMS = List.of("dok.inskrivning", "dok.avstamning", "dok.utskrivning",
			"dok.uppfoljning", "speldok.inskrivning", "speldok.utskrivning", "speldok.uppfoljning",
			"boendedok.inskrivning", "boendedok.avstamning", "boendedok.utskrivning");

	@Override
	public List<URL> definitions() {
		// every released version stays in this list (adding-an-instrument.md §4)
		return FORMS.stream().map(id -> DokContribution.class.getResource("/definitions/" + id.replace('.', '-') + ".xmi"))
				.toList();
	}
}
