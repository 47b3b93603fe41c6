package se.isu.core.instrument;

import java.util.Locale;

import se.isu.model.instrument.ChoiceSet;
import se.isu.model.instrument.ComponentTransform;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.MissingCode;
import se.isu.model.instrument.MissingScoreRule;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.ScoreCombination;
import se.isu.model.instrument.ScoreComponent;
import se.isu.model.instrument.ScoreDefinition;
import se.isu.model.instrument.Section;
import se.isu.model.valueset.ValueSets;

/** Small definitions built in code, one item type of each kind, for tests of the framework itself. */
final class TestDefinitions {

	static final InstrumentFactory F = InstrumentFactory.eINSTANCE;

	private TestDefinitions() {
	}

	/**
	 * Section S: N1 integer 0-99, D1 day count, M1 money, Y1 yes/no, Y2 text shown when Y1 = 1, C1 single choice
	 * (own list 1-3), V1 single choice from model value set skl.b3, K1 multi choice, SC scale 0-4 with bands, DT date,
	 * T1 text, CP computed D1 + N1. Missing codes X and N (N not allowed on N1).
	 */
	/**
	 * Definitions as a plugin ships them (XMI resources, here in temporary files), for an
	 * {@link se.isu.instrument.api.InstrumentContribution} registered by a test.
	 */
	static java.util.List<java.net.URL> urls(InstrumentDefinition... definitions) {
		java.util.List<java.net.URL> urls = new java.util.ArrayList<>();
		for (InstrumentDefinition d : definitions) {
			try {
				java.nio.file.Path file = java.nio.file.Files.createTempFile(d.getId() + "-", ".xmi");
				file.toFile().deleteOnExit();
				java.nio.file.Files.writeString(file, InstrumentDefinitions.toXmi(d));
				urls.add(file.toUri().toURL());
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		return urls;
	}

	/** Puts an answer on an assessment as the form would: a single letter is a missing code, anything else a value. */
	static void answer(se.isu.model.instrument.Assessment a, String item, String value) {
		a.getAnswers().removeIf(x -> x.getItemId().equals(item));
		se.isu.model.instrument.Answer answer = F.createAnswer();
		answer.setItemId(item);
		if (value.length() == 1 && Character.isLetter(value.charAt(0))) {
			answer.setMissingCode(value);
		} else {
			answer.setValue(value);
		}
		a.getAnswers().add(answer);
	}

	/** A stored score's value (null when missing); fails when the assessment has no such score. */
	static Double score(se.isu.model.instrument.Assessment a, String id) {
		return a.getScores().stream().filter(s -> s.getScoreId().equals(id)).findFirst().orElseThrow().getValue();
	}

	static InstrumentDefinition everyType() {
		InstrumentDefinition d = F.createInstrumentDefinition();
		d.setId("test.all");
		d.setVersion("1");
		d.setName("Alla typer");
		d.getRespondents().add(Respondent.CLIENT);
		d.getMissingCodes().add(missing("X", "Ej besvarad"));
		d.getMissingCodes().add(missing("N", "Ej relevant"));
		ChoiceSet own = F.createChoiceSet();
		own.setId("tre");
		for (int i = 1; i <= 3; i++) {
			se.isu.model.instrument.Choice c = F.createChoice();
			c.setCode(Integer.toString(i));
			c.setLabel("Val " + i);
			own.getChoices().add(c);
		}
		d.getChoiceSets().add(own);
		ChoiceSet fromModel = F.createChoiceSet();
		fromModel.setId("nojd");
		fromModel.setValueSet("skl.b3");
		d.getChoiceSets().add(fromModel);
		ChoiceSet scale = F.createChoiceSet();
		scale.setId("skala");
		for (int i = 0; i <= 4; i++) {
			se.isu.model.instrument.Choice c = F.createChoice();
			c.setCode(Integer.toString(i));
			c.setLabel(Integer.toString(i));
			scale.getChoices().add(c);
		}
		scale.getBands().add(band(0, 1, "Litet"));
		scale.getBands().add(band(2, 4, "Stort"));
		d.getChoiceSets().add(scale);
		Section s = section("S", "Avsnitt");
		Item n1 = item("N1", ItemType.INTEGER);
		n1.setMin(0);
		n1.setMax(99);
		n1.setRequired(true);
		n1.getMissingCodes().add("X");
		s.getItems().add(n1);
		s.getItems().add(item("D1", ItemType.DAY_COUNT));
		s.getItems().add(item("M1", ItemType.MONEY));
		s.getItems().add(item("Y1", ItemType.YES_NO));
		Item y2 = item("Y2", ItemType.TEXT);
		y2.setVisibleWhen("Y1 = 1");
		y2.setRequired(true);
		s.getItems().add(y2);
		Item c1 = item("C1", ItemType.SINGLE_CHOICE);
		c1.setChoiceSet("tre");
		s.getItems().add(c1);
		Item v1 = item("V1", ItemType.SINGLE_CHOICE);
		v1.setChoiceSet("nojd");
		s.getItems().add(v1);
		Item k1 = item("K1", ItemType.MULTI_CHOICE);
		k1.setChoiceSet("tre");
		s.getItems().add(k1);
		Item sc = item("SC", ItemType.SCALE);
		sc.setChoiceSet("skala");
		s.getItems().add(sc);
		s.getItems().add(item("DT", ItemType.DATE));
		s.getItems().add(item("T1", ItemType.TEXT));
		Item cp = item("CP", ItemType.COMPUTED);
		cp.setExpression("D1 + N1");
		s.getItems().add(cp);
		d.getSections().add(s);
		return d;
	}

	static Form form(InstrumentDefinition d) {
		return new Form(d, ValueSets.standard()::find, new Locale("sv", "SE"), 0);
	}

	static MissingCode missing(String code, String label) {
		MissingCode m = F.createMissingCode();
		m.setCode(code);
		m.setLabel(label);
		return m;
	}

	static se.isu.model.instrument.ScaleBand band(int from, int to, String label) {
		se.isu.model.instrument.ScaleBand b = F.createScaleBand();
		b.setFrom(from);
		b.setTo(to);
		b.setLabel(label);
		return b;
	}

	static Section section(String id, String label) {
		Section s = F.createSection();
		s.setId(id);
		s.setLabel(label);
		return s;
	}

	static Item item(String id, ItemType type) {
		Item i = F.createItem();
		i.setId(id);
		i.setLabel("Fråga " + id);
		i.setType(type);
		return i;
	}

	static ScoreDefinition score(String id, ScoreCombination combination, MissingScoreRule rule, ScoreComponent... components) {
		ScoreDefinition s = F.createScoreDefinition();
		s.setId(id);
		s.setLabel(id);
		s.setCombination(combination);
		s.setMissingRule(rule);
		for (ScoreComponent c : components) {
			s.getComponents().add(c);
		}
		return s;
	}

	static ScoreComponent component(String itemId, ComponentTransform transform, double max) {
		ScoreComponent c = F.createScoreComponent();
		c.setItemId(itemId);
		c.setTransform(transform);
		c.setMax(max);
		return c;
	}
}
