package se.isu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import se.isu.model.ProcessStep;

/** The seven process steps have one home for their names: core's NLS files, Swedish and English. */
class ProcessStepsTest {

	@Test
	void everyStepIsNamedInSwedishAndEnglishAndTheNamesDiffer() throws IOException {
		for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties texts = new Properties();
			try (Reader in = new InputStreamReader(ProcessSteps.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
				texts.load(in);
			}
			long distinct = Arrays.stream(ProcessStep.values()).map(step -> texts.getProperty("step_" + step.getName()))
					.peek(name -> assertTrue(name != null && !name.isBlank(), file + " names every step"))
					.distinct().count();
			assertEquals(ProcessStep.values().length, distinct, file);
		}
	}

	@Test
	void theValidatorNamesTheStepWithTheSameWordsTheWindowShows() {
		// it had its own hard-coded Swedish names, so an English workbench showed Swedish steps in its messages
		assertEquals(Messages.step_FOLJA_UPP, ProcessSteps.label(ProcessStep.FOLJA_UPP));
		assertEquals("Följa upp", ProcessSteps.label(ProcessStep.FOLJA_UPP), "the suite runs in Swedish");
	}
}
