package se.isu.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.isu.core.ValidationException;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.model.valueset.ValueSets;

/** A REDCap data dictionary becomes a questionnaire for the types that map, and refuses the rest by row, all or nothing. */
class RedcapDictionaryTest {

	private static final String HEADER = "Variable / Field Name,Form Name,Section Header,Field Type,Field Label,"
			+ "\"Choices, Calculations, OR Slider Labels\",Field Note,Text Validation Type OR Show Slider Number,"
			+ "Text Validation Min,Text Validation Max,Identifier?,Branching Logic (Show field only if...),Required Field?\n";

	private static InstrumentDefinition read(String rows) {
		return RedcapDictionary.read(new StringReader(HEADER + rows), "Uppföljning HVB");
	}

	@Test
	void theTypesThatMapBecomeItemsWithTheirChoicesRangesAndRules() {
		InstrumentDefinition d = read("""
				boende,uppfoljning,Boendet,radio,Var bor du nu?,"1, Eget boende | 2, HVB | 3, Annat",,,,,,,y
				trygg,uppfoljning,,yesno,Känner du dig trygg?,,,,,,,,
				sant,uppfoljning,,truefalse,Stämmer planen?,,,,,,,,
				stod,uppfoljning,,checkbox,Vilket stöd?,"1, Samtal | 2, Boendestöd | 3, Arbete",,,,,,,
				annat,uppfoljning,,text,Vilket annat boende?,,,,,,,[boende] = '3',
				dagar,uppfoljning,Dagar,text,Dagar i boendet,,,integer,0,365,,,y
				vikt,uppfoljning,,text,Andel,,,number,0,1,,[stod(2)] = '1' and [trygg] <> '0',
				datum,uppfoljning,,text,Datum för samtalet,,,date_ymd,,,,,
				fri,uppfoljning,,notes,Övrigt,,Skriv fritt,,,,,,
				val,uppfoljning,,dropdown,Hur ofta?,"1, Sällan | 2, Ofta",,,,,,,
				""");
		assertEquals(List.of("Boendet", "Dagar"), d.getSections().stream().map(s -> s.getLabel()).toList());
		List<Item> items = d.getSections().stream().flatMap(s -> s.getItems().stream()).toList();
		assertEquals(List.of(ItemType.SINGLE_CHOICE, ItemType.YES_NO, ItemType.YES_NO, ItemType.MULTI_CHOICE, ItemType.TEXT,
				ItemType.INTEGER, ItemType.DECIMAL, ItemType.DATE, ItemType.TEXT, ItemType.SINGLE_CHOICE),
				items.stream().map(Item::getType).toList());
		assertEquals("annat", items.get(4).getId());
		assertEquals("boende = 3", items.get(4).getVisibleWhen());
		assertEquals("stod = 2 and trygg != 0", items.get(6).getVisibleWhen());
		assertEquals(Integer.valueOf(365), items.get(5).getMax());
		assertTrue(items.get(0).isRequired());
		assertEquals(List.of("1", "2", "3"), d.getChoiceSets().get(0).getChoices().stream().map(c -> c.getCode()).toList());
		assertEquals("HVB", d.getChoiceSets().get(0).getChoices().get(1).getLabel());
		assertEquals("Skriv fritt", items.get(8).getHelp());
		// and it is a sound definition the form can use
		assertEquals(List.of(), new DefinitionValidator(ValueSets.standard()::find).problems(d));
	}

	@Test
	void rowsThatDoNotMapAreRefusedByLineAndReasonAndNothingIsImported() {
		ValidationException refused = assertThrows(ValidationException.class, () -> read("""
				boende,uppfoljning,,radio,Var bor du nu?,"1, Eget | 2, HVB",,,,,,,
				summa,uppfoljning,,calc,Summa,[a]+[b],,,,,,,
				epost,uppfoljning,,text,E-post,,,email,,,,,
				bild,uppfoljning,,file,Bifoga,,,,,,,,
				skala,uppfoljning,,slider,Hur mår du?,,,,,,,,
				regel,uppfoljning,,text,Regel,,,,,,,datediff([a]; 'today') > 3,
				"""));
		List<String> messages = refused.violations().stream().map(ValidationException.Violation::message).toList();
		assertEquals(5, messages.size(), messages.toString());
		assertTrue(messages.get(0).startsWith("Rad 3 (summa): beräknade fält (calc)"), messages.get(0));
		assertTrue(messages.get(1).startsWith("Rad 4 (epost): valideringen email"), messages.get(1));
		assertTrue(messages.get(2).startsWith("Rad 5 (bild): fälttypen file"), messages.get(2));
		assertTrue(messages.get(3).startsWith("Rad 6 (skala): fälttypen slider"), messages.get(3));
		assertTrue(messages.get(4).startsWith("Rad 7 (regel): förgreningslogiken"), messages.get(4));
	}

	@Test
	void aFileWithoutTheDictionarysColumnsIsRefusedNamingTheColumn() {
		ValidationException wrong = assertThrows(ValidationException.class,
				() -> RedcapDictionary.read(new StringReader("namn;typ\nA;text\n"), "x"));
		assertTrue(wrong.getMessage().contains("Variable / Field Name"), wrong.getMessage());
	}
}
