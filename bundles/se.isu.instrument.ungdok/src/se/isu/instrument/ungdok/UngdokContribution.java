package se.isu.instrument.ungdok;

import java.net.URL;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.InstrumentContribution;

/**
 * UngDOK's forms: Inskrivning (A–N), Utskrivning (A–I) with its section J (the practitioner's interventions) as a
 * form of its own for the staff respondent, and Uppföljning (A–I) three months after discharge. AUDIT and DUDIT,
 * given at the same occasions, come from se.isu.instrument.dok.common.
 */
@Component(service = InstrumentContribution.class)
public class UngdokContribution implements InstrumentContribution {

	public static final String INSKRIVNING = "ungdok.inskrivning";
	public static final String UTSKRIVNING = "ungdok.utskrivning";
	public static final String INSATSER = "ungdok.insatser";
	public static final String UPPFOLJNING = "ungdok.uppfoljning";
	public static final String VERSION = "2017.1";

	@Override
	public List<URL> definitions() {
		// every released version stays in this list (docs/adding-an-instrument.md, §4)
		return List.of(url("ungdok-inskrivning.xmi"), url("ungdok-utskrivning.xmi"), url("ungdok-insatser.xmi"),
				url("ungdok-uppfoljning.xmi"));
	}

	private static URL url(String file) {
		return UngdokContribution.class.getResource("/definitions/" + file);
	}
}
