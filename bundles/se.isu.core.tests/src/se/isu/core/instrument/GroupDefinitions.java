package se.isu.core.instrument;

import se.isu.model.instrument.ChoiceSet;
import se.isu.model.instrument.ComponentTransform;
import se.isu.model.instrument.GroupKind;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemGroup;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.MissingScoreRule;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.RowAggregate;
import se.isu.model.instrument.ScoreCombination;
import se.isu.model.instrument.ScoreComponent;
import se.isu.model.instrument.Section;

/**
 * A small form with a repeating group and a grid, shaped as UngDOK's substances and FREDA's behaviours (labels our
 * own): section F — F1 any use (yes/no), then per substance (group drug, 0–20 rows): substance, days in the last
 * 30 (required), debut age, route, needle shared (shown only in a row whose route is 3, injected), primary (yes/no);
 * section G — a grid freda of five behaviours on ja 1 / nej 2 / vet ej 9. Scores over the rows and the grid.
 */
final class GroupDefinitions {

	private static final se.isu.model.instrument.InstrumentFactory F = TestDefinitions.F;

	private GroupDefinitions() {
	}

	static InstrumentDefinition substancesAndBehaviours() {
		InstrumentDefinition d = F.createInstrumentDefinition();
		d.setId("test.groups");
		d.setVersion("1");
		d.setName("Grupper och rutnät");
		d.getRespondents().add(Respondent.CLIENT);
		d.getMissingCodes().add(TestDefinitions.missing("X", "Ej besvarad"));
		d.getChoiceSets().add(choices("subst", "1", "Alkohol", "2", "Cannabis", "3", "Amfetamin", "4", "Opioider"));
		d.getChoiceSets().add(choices("route", "1", "Röka", "2", "Svälja", "3", "Injicera"));
		d.getChoiceSets().add(choices("jnv", "1", "Ja", "2", "Nej", "9", "Vet ej"));

		Section f = TestDefinitions.section("F", "Alkohol och droger");
		f.getItems().add(TestDefinitions.item("F1", ItemType.YES_NO));
		ItemGroup drug = F.createItemGroup();
		drug.setId("drug");
		drug.setKind(GroupKind.REPEATING);
		drug.setLabel("Substanser");
		drug.setRowLabel("substans");
		drug.setMaxRows(20);
		f.getGroups().add(drug);
		f.getItems().add(member(TestDefinitions.item("substance", ItemType.SINGLE_CHOICE), "drug", "subst"));
		Item days = member(TestDefinitions.item("days", ItemType.DAY_COUNT), "drug", null);
		days.setRequired(true);
		f.getItems().add(days);
		f.getItems().add(member(TestDefinitions.item("debut", ItemType.AGE), "drug", null));
		f.getItems().add(member(TestDefinitions.item("route", ItemType.SINGLE_CHOICE), "drug", "route"));
		Item needle = member(TestDefinitions.item("needle", ItemType.YES_NO), "drug", null);
		needle.setVisibleWhen("route = 3");
		f.getItems().add(needle);
		f.getItems().add(member(TestDefinitions.item("primary", ItemType.YES_NO), "drug", null));
		d.getSections().add(f);

		Section g = TestDefinitions.section("G", "Beteenden");
		ItemGroup freda = F.createItemGroup();
		freda.setId("freda");
		freda.setKind(GroupKind.GRID);
		freda.setLabel("Har det hänt");
		freda.setChoiceSet("jnv");
		g.getGroups().add(freda);
		for (int i = 1; i <= 5; i++) {
			g.getItems().add(member(TestDefinitions.item("B" + i, ItemType.SINGLE_CHOICE), "freda", null));
		}
		d.getSections().add(g);

		d.getScores().add(over("drug.rows", "substance", ComponentTransform.VALUE, RowAggregate.ROWS, null));
		d.getScores().add(over("drug.maxdays", "days", ComponentTransform.VALUE, RowAggregate.MAX, null));
		d.getScores().add(over("drug.sumdays", "days", ComponentTransform.VALUE, RowAggregate.SUM, null));
		d.getScores().add(over("drug.cannabis", "substance", ComponentTransform.MATCHES, RowAggregate.COUNT, "2"));
		d.getScores().add(over("drug.primary", "primary", ComponentTransform.YES_NO, RowAggregate.ANY, null));
		d.getScores().add(over("freda.ja", "freda", ComponentTransform.MATCHES, RowAggregate.COUNT, "1"));
		// the same count the long way, one MATCHES component per behaviour (what a definition did before grids)
		ScoreComponent[] each = new ScoreComponent[5];
		for (int i = 1; i <= 5; i++) {
			each[i - 1] = TestDefinitions.component("B" + i, ComponentTransform.MATCHES, 0);
			each[i - 1].setCode("1");
		}
		d.getScores().add(TestDefinitions.score("freda.sum", ScoreCombination.SUM, MissingScoreRule.ANY_MISSING, each));
		return d;
	}

	static Item member(Item item, String group, String choiceSet) {
		item.setGroup(group);
		item.setChoiceSet(choiceSet);
		return item;
	}

	static se.isu.model.instrument.ScoreDefinition over(String id, String itemId, ComponentTransform transform,
			RowAggregate aggregate, String code) {
		ScoreComponent c = TestDefinitions.component(itemId, transform, 0);
		c.setOver(aggregate);
		c.setCode(code);
		return TestDefinitions.score(id, ScoreCombination.SUM, MissingScoreRule.ANY_MISSING, c);
	}

	static ChoiceSet choices(String id, String... codesAndLabels) {
		ChoiceSet set = F.createChoiceSet();
		set.setId(id);
		for (int i = 0; i < codesAndLabels.length; i += 2) {
			se.isu.model.instrument.Choice c = F.createChoice();
			c.setCode(codesAndLabels[i]);
			c.setLabel(codesAndLabels[i + 1]);
			set.getChoices().add(c);
		}
		return set;
	}
}
