package se.isu.instrument.dok.common;

import java.net.URL;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.InstrumentContribution;

/**
 * AUDIT and DUDIT as forms of their own, given beside UngDOK and DOK at intake, discharge and follow-up. One copy of
 * this bundle serves both families' features (p2 installs it once; removing one family keeps it for the other).
 */
@Component(service = InstrumentContribution.class)
public class DokCommonContribution implements InstrumentContribution {

	public static final String AUDIT = "audit";
	public static final String DUDIT = "dudit";

	@Override
	public List<URL> definitions() {
		// every released version stays in this list (docs/adding-an-instrument.md, §4)
		return List.of(DokCommonContribution.class.getResource("/definitions/audit.xmi"),
				DokCommonContribution.class.getResource("/definitions/dudit.xmi"));
	}
}
