package se.isu.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.isu.model.instrument.InstrumentDefinition;

/** Definition texts kept in properties files beside the XMI, Swedish by default and English beside. */
class DefinitionTextsTest {

	@Test
	void percentKeysTakeSwedishFromThePropertiesFileAndEnglishFromTheEnFile() {
		InstrumentDefinition d = InstrumentDefinitions.load(DefinitionTextsTest.class, "definitions/localised.xmi");
		assertEquals("Lokaliserad", d.getName());
		assertEquals("Localised", d.getNameEn());
		assertEquals("Texterna står i egna filer.", d.getDescription());
		assertEquals("Har du fått stöd?", d.getSections().get(0).getItems().get(0).getLabel());
		assertEquals("Have you had support?", d.getSections().get(0).getItems().get(0).getLabelEn());
		assertEquals("Räkna all hjälp", d.getSections().get(0).getItems().get(0).getHelp());
		assertEquals("Skriven direkt i definitionen", d.getSections().get(0).getItems().get(1).getLabel(),
				"a text written in the XMI stays as it is");

		Form swedish = new Form(d, id -> Optional.empty(), Locale.forLanguageTag("sv"), 0);
		Form english = new Form(d, id -> Optional.empty(), Locale.ENGLISH, 0);
		assertEquals("Ja", swedish.field("A1").orElseThrow().optionLabel("1"));
		assertEquals("Yes", english.field("A1").orElseThrow().optionLabel("1"));
		assertEquals("Have you had support?", english.field("A1").orElseThrow().label());
	}

	@Test
	void aKeyMissingFromTheSwedishFileRefusesTheDefinitionNamingKeyAndFile() {
		UncheckedIOException refused = assertThrows(UncheckedIOException.class,
				() -> InstrumentDefinitions.load(DefinitionTextsTest.class, "definitions/missing-key.xmi"));
		String message = refused.getCause().getMessage();
		assertTrue(message.contains("missing-key.properties") && message.contains("%A1") && message.contains("%A2"),
				message);
	}

	@Test
	void keysWithoutAPropertiesFileRefuseTheDefinitionNamingTheFile() {
		UncheckedIOException refused = assertThrows(UncheckedIOException.class,
				() -> InstrumentDefinitions.load(DefinitionTextsTest.class, "definitions/no-file.xmi"));
		assertTrue(refused.getCause().getMessage().contains("no-file.properties is missing"),
				refused.getCause().getMessage());
	}
}
