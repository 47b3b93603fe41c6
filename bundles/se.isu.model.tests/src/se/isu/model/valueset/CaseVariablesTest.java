package se.isu.model.valueset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The coded case variables have one home, the model's annotations; each names a shipped value set. */
class CaseVariablesTest {

	@Test
	void theModelNamesSklsCodedVariablesInOrderAndTheWorkbenchsOwnLast() {
		List<Integer> numbers = CaseVariables.all().stream().map(CaseVariables.CaseVariable::number).toList();
		assertEquals(java.util.Arrays.asList(2, 4, 6, 7, 8, 9, 12, 14, 15, 16, 17, 19, 20, null), numbers);
		assertEquals("IsuCase.origin", CaseVariables.of("skl.ursprung").orElseThrow().feature());
		assertEquals("isu.ejGenomford", CaseVariables.all().get(CaseVariables.all().size() - 1).valueSet());
	}

	@Test
	void everyVariableNamesAValueSetThatIsShipped() {
		for (CaseVariables.CaseVariable v : CaseVariables.all()) {
			assertTrue(ValueSets.standard().find(v.valueSet()).isPresent(), v.valueSet());
		}
	}
}
