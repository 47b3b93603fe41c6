package se.isu.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The newest version is the one offered: versions order by number, not as text ("10" after "9"). */
class InstrumentVersionOrderTest {

	@Test
	void versionsCompareNumericallyPartByPart() {
		List<String> versions = new ArrayList<>(List.of("2022.10", "2022.9", "10", "9", "2022.1", "2019", "2022.1-b"));
		versions.sort(DefaultInstrumentRegistry::compareVersions);
		assertEquals(List.of("9", "10", "2019", "2022.1", "2022.1-b", "2022.9", "2022.10"), versions);
	}
}
