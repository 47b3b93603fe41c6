package se.isu.core.instrument;

import java.util.List;

import se.isu.model.instrument.InstrumentDefinition;

/**
 * What an instrument plugin registers (as a DS service) to make its forms available: the definitions it ships,
 * usually loaded with {@link InstrumentDefinitions#load}. The registry validates each one; an invalid definition
 * is reported and not offered.
 */
public interface InstrumentContribution {

	List<InstrumentDefinition> definitions();
}
