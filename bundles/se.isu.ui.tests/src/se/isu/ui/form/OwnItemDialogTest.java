package se.isu.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.model.instrument.ItemType;
import se.isu.testkit.SwtDriver;
import se.isu.ui.WidgetIds;

/** The dialog for a unit's own question, in Swedish, refusing what is not a question with the rule. */
class OwnItemDialogTest {

	private Shell parent;
	private OwnItemDialog dialog;
	private SwtDriver driver;

	@BeforeEach
	void open() {
		Display display = Display.getDefault();
		driver = new SwtDriver(display);
		parent = new Shell(display);
		parent.setBounds(0, 0, 800, 600);
		parent.open();
		dialog = new OwnItemDialog(parent, "SPG");
		dialog.setBlockOnOpen(false);
		dialog.open();
		driver.flush();
	}

	@AfterEach
	void close() {
		dialog.close();
		parent.dispose();
	}

	private <W extends org.eclipse.swt.widgets.Widget> W find(String id, Class<W> type) {
		return driver.find(dialog.getShell(), id, type);
	}

	@Test
	void theAnswerTypesAreNamedInSwedishNeverByTheirEnumNames() {
		Combo type = find(WidgetIds.OWN_ITEM_TYPE, Combo.class);
		assertEquals(6, type.getItemCount());
		for (String item : type.getItems()) {
			assertFalse(item.matches("^[A-Z_]+$"), "raw enum name shown: " + item + " in " + Arrays.toString(type.getItems()));
		}
		assertEquals("Ja/nej", type.getItem(0));
		assertEquals("Avbryt", find(WidgetIds.OWN_ITEM_CANCEL, Button.class).getText());
	}

	@Test
	void theChosenSwedishTypeBecomesTheItemsType() {
		find(WidgetIds.OWN_ITEM_ID, Text.class).setText("SPG_DAGAR");
		find(WidgetIds.OWN_ITEM_LABEL, Text.class).setText("Dagar i öppenvård");
		driver.select(find(WidgetIds.OWN_ITEM_TYPE, Combo.class), "Antal dagar");
		find(WidgetIds.OWN_ITEM_MIN, Text.class).setText("0");
		find(WidgetIds.OWN_ITEM_MAX, Text.class).setText("90");
		driver.click(find(WidgetIds.OWN_ITEM_OK, Button.class));
		assertEquals(ItemType.DAY_COUNT, dialog.item().getType());
		assertEquals(90, dialog.item().getMax());
	}

	@Test
	void aRangeThatIsNoWholeNumberOrTheWrongWayRoundIsRefusedWithTheRule() {
		find(WidgetIds.OWN_ITEM_ID, Text.class).setText("SPG_ANTAL");
		find(WidgetIds.OWN_ITEM_LABEL, Text.class).setText("Antal besök");
		Text min = find(WidgetIds.OWN_ITEM_MIN, Text.class);
		Text max = find(WidgetIds.OWN_ITEM_MAX, Text.class);
		Button ok = find(WidgetIds.OWN_ITEM_OK, Button.class);
		min.setText("1e309");
		driver.click(ok);
		assertNull(dialog.item());
		assertTrue(find(WidgetIds.OWN_ITEM_PROBLEM, Label.class).getText().contains("heltal"));
		min.setText("10");
		max.setText("2");
		driver.click(ok);
		assertNull(dialog.item(), "min above max is not a range");
		assertTrue(find(WidgetIds.OWN_ITEM_PROBLEM, Label.class).getText().contains("större"));
		assertEquals(min, Display.getDefault().getFocusControl(), "the cursor where the rule is broken");
	}

	@Test
	void malformedTextInEveryFieldIsRefusedWithARuleAndNeverRaisesAnError() {
		List<String> fields = List.of(WidgetIds.OWN_ITEM_ID, WidgetIds.OWN_ITEM_LABEL, WidgetIds.OWN_ITEM_MIN,
				WidgetIds.OWN_ITEM_MAX);
		for (String malformed : se.isu.ui.MalformedInputTest.MALFORMED) {
			for (String field : fields) {
				dialog.close();
				dialog = new OwnItemDialog(parent, "SPG");
				dialog.setBlockOnOpen(false);
				dialog.open();
				find(WidgetIds.OWN_ITEM_LABEL, Text.class).setText("Egen fråga");
				find(field, Text.class).setText(malformed);
				driver.click(find(WidgetIds.OWN_ITEM_OK, Button.class)); // an exception here fails the test
				if (dialog.item() == null) {
					assertFalse(find(WidgetIds.OWN_ITEM_PROBLEM, Label.class).getText().isBlank(),
							field + " refused with the rule: " + malformed);
				} else {
					// accepted: then it is a plain question within the limits
					assertTrue(dialog.item().getId().matches("[A-Z][A-Z0-9_]*") && dialog.item().getId().length() <= 40,
							dialog.item().getId());
					assertTrue(dialog.item().getLabel().length() <= 500 && dialog.item().getLabel().codePoints()
							.noneMatch(c -> Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL),
							dialog.item().getLabel());
				}
			}
		}
	}
}
