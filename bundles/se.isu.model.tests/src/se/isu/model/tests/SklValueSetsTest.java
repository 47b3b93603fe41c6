package se.isu.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.isu.model.IsuPackage;
import se.isu.model.ValueSet;
import se.isu.model.ValueSetEntry;
import se.isu.model.valueset.ValueSets;

/**
 * The shipped value sets against the text of SKL's Bilaga 1 and 2 (fixtures/skl-bilaga-1-2.txt, copied from the
 * source document): every code and label, the multiple-choice flags, and the counts.
 */
class SklValueSetsTest {

	/** What the source document says about one variable. */
	record SourceVariable(String variable, boolean multiple, Map<Integer, String> labels) {
	}

	private static Map<String, SourceVariable> source;

	@BeforeAll
	static void parseSource() throws IOException {
		source = parse(readFixture());
	}

	@Test
	void theSourceHas153CodesIn19CodedVariables() {
		assertEquals(19, source.size(), source.keySet().toString());
		assertEquals(153, source.values().stream().mapToInt(v -> v.labels().size()).sum());
	}

	@Test
	void everyCodedVariableOfTheSourceHasAValueSetWithTheSameCodesLabelsAndChoiceMode() {
		for (SourceVariable expected : source.values()) {
			ValueSet set = ValueSets.standard().all().stream()
					.filter(s -> expected.variable().equals(s.getVariable()) && s.getId().startsWith("skl.")).findFirst()
					.orElseThrow(() -> new AssertionError("no value set for variable " + expected.variable()));
			Map<Integer, String> actual = new LinkedHashMap<>();
			for (ValueSetEntry entry : set.getEntries()) {
				actual.put(entry.getCode(), entry.getLabel());
			}
			assertEquals(expected.labels(), actual, "variable " + expected.variable());
			assertEquals(expected.multiple(), set.isMultiple(), "multiple choice of variable " + expected.variable());
		}
	}

	@Test
	void theSklCatalogHasNoValueSetTheSourceLacks() {
		long skl = ValueSets.standard().all().stream().filter(s -> s.getId().startsWith("skl.")).count();
		assertEquals(source.size(), skl);
	}

	@Test
	void dontKnowAnswersAreValuesMarkedUnknown() {
		assertTrue(ValueSets.entry(ValueSets.standard().get("skl.tidigareKontakt"), 4).orElseThrow().isUnknown());
		assertTrue(ValueSets.entry(ValueSets.standard().get("skl.ursprung"), 5).orElseThrow().isUnknown());
		assertFalse(ValueSets.entry(ValueSets.standard().get("skl.tidigareKontakt"), 1).orElseThrow().isUnknown());
		assertTrue(ValueSets.entry(ValueSets.standard().get("skl.b5"), 5).orElseThrow().isUnknown());
	}

	@Test
	void everyCodedModelAttributeNamesAShippedValueSet() {
		List<String> coded = new ArrayList<>();
		for (EClassifier classifier : IsuPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				for (EAttribute attribute : eClass.getEAttributes()) {
					ValueSets.valueSetOf(attribute).ifPresent(id -> {
						coded.add(id);
						assertTrue(ValueSets.standard().find(id).isPresent(), eClass.getName() + "." + attribute.getName() + " names " + id);
						// Insatstyp (12) is multiple per case through several interventions of one type each.
						if (!id.equals("skl.insatstyp")) {
							assertEquals(ValueSets.standard().get(id).isMultiple(), attribute.isMany(),
									"multiplicity of " + eClass.getName() + "." + attribute.getName());
						}
					});
				}
			}
		}
		// 13 SKL sets (variable 4 on Client, 2 6 7 8 9 19 20 on the case, 12 on interventions, 14-17 on follow-ups)
		// and the occasion's not-done reason. B1a-B5 are items of the client-questions instrument, which takes its
		// choices from the same value sets (ClientQuestionsFormTest).
		assertEquals(14, coded.size(), coded.toString());
	}

	private static String readFixture() throws IOException {
		try (InputStream in = SklValueSetsTest.class.getClassLoader().getResourceAsStream("fixtures/skl-bilaga-1-2.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static final Pattern HEADER = Pattern.compile("^\\s*(\\d{1,2}|B\\d[ab]?)\\.\\s+\\S.*");
	private static final Pattern CODE = Pattern.compile("^\\s*Värdemängd (\\d+)\\s*(.*?)\\s*$");
	private static final Pattern PAGE_FOOTER = Pattern.compile("^\\s*Verksamhetssystem som stöd för systematisk uppföljning \\d+\\s*$");

	/**
	 * Reads variables, "Möjlighet till flera val" and "Värdemängd N label" lines. Where the source breaks a long label,
	 * the "Värdemängd N" line is empty and the label follows on the next lines, up to the next code or variable.
	 */
	static Map<String, SourceVariable> parse(String text) {
		Map<String, SourceVariable> variables = new LinkedHashMap<>();
		String current = null;
		boolean multiple = false;
		Map<Integer, String> labels = new LinkedHashMap<>();
		Integer collecting = null;
		for (String line : text.split("\\R")) {
			if (line.startsWith("#") || PAGE_FOOTER.matcher(line).matches()) {
				continue;
			}
			Matcher header = HEADER.matcher(line);
			Matcher code = CODE.matcher(line);
			if (code.matches()) {
				Integer number = Integer.valueOf(code.group(1));
				labels.put(number, code.group(2));
				collecting = code.group(2).isEmpty() ? number : null;
			} else if (header.matches()) {
				if (current != null && !labels.isEmpty()) {
					variables.put(current, new SourceVariable(current, multiple, labels));
				}
				current = header.group(1);
				multiple = false;
				labels = new LinkedHashMap<>();
				collecting = null;
			} else if (line.contains("Möjlighet till flera val")) {
				multiple = true;
			} else if (collecting != null && !line.isBlank()) {
				labels.merge(collecting, line.strip(), (sofar, more) -> sofar.isEmpty() ? more : sofar + " " + more);
			}
		}
		if (current != null && !labels.isEmpty()) {
			variables.put(current, new SourceVariable(current, multiple, labels));
		}
		variables.values().forEach(v -> v.labels().replaceAll((k, label) -> label.replaceAll("\\s+", " ").strip()));
		return variables;
	}
}
