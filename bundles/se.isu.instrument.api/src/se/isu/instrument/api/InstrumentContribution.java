package se.isu.instrument.api;

import java.net.URL;
import java.util.List;

/**
 * What an instrument plugin registers (as a DS service) to make its forms available: the definitions it ships, as
 * XMI resources of its own bundle, e.g. {@code List.of(getClass().getResource("/definitions/x.xmi"))}. The workbench
 * reads and validates each one; a definition that cannot be read or is invalid is listed as refused
 * ({@code ./isu instruments}) and not offered.
 */
public interface InstrumentContribution {

	List<URL> definitions();
}
