package se.isu.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.FormCustomisationService;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.ui.WidgetIds;

/** Seed 003's walk-through: methods staff at "Spången" hide shipped items and add their own, without code. */
class FormCustomisationPartTest {


	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);
	private final FormCustomisationService customisation = OsgiServices.get(FormCustomisationService.class);
	private Shell shell;
	private SwtDriver driver;
	private FormCustomisationPart part;

	@BeforeEach
	void open() {
		// A case worker's case makes the unit exist; the form is then customised by methods staff.
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
		cases.openCase(new NewCase("19700101-1233", "Test", "Anpassning", "SPG", "Spången", LocalDate.of(2026, 2, 1)));
		se.isu.testkit.TestUsers.as(se.isu.security.Role.METHODS_STAFF);
		Display display = Display.getDefault();
		driver = new SwtDriver(display);
		shell = new Shell(display);
		shell.setText("FormCustomisationPartTest");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1000, 800);
		part = new FormCustomisationPart(customisation, registry, cases);
		part.create(shell);
		shell.open();
		part.select("SPG", "asi.grund");
		driver.flush();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private static Item own(String id, Integer min, Integer max) {
		Item item = InstrumentFactory.eINSTANCE.createItem();
		item.setId(id);
		item.setLabel("Har brukaren kontakt med Spångens öppenvård?");
		item.setType(min == null ? ItemType.YES_NO : ItemType.INTEGER);
		item.setMin(min);
		item.setMax(max);
		return item;
	}

	@Test
	void hiddenAndOwnItemsAreSavedAsANewVersionAndTheUnitsFormFollows() {
		part.setHidden("A5", true);
		part.addOwnItem(own("SPG_OPPENVARD", null, null), "A4");
		driver.find(shell, WidgetIds.CUSTOMISE_COMMENT, org.eclipse.swt.widgets.Text.class).setText("Tolkfrågan behövs inte");
		assertTrue(part.save());
		driver.screenshot(shell, Path.of("target", "screenshots", "form-customisation.png"));

		String history = driver.find(shell, WidgetIds.CUSTOMISE_HISTORY, Label.class).getText();
		assertTrue(history.startsWith("Version 1,") && history.contains("Tolkfrågan behövs inte"), history);
		Form unitForm = registry.form("asi.grund", "2022.1", "SPG").orElseThrow();
		List<String> ids = unitForm.fields().stream().map(Form.Field::id).toList();
		assertFalse(ids.contains("A5"));
		assertEquals(ids.indexOf("A4") + 1, ids.indexOf("SPG_OPPENVARD"));
		assertTrue(registry.form("asi.grund", "2022.1", null).orElseThrow().field("A5").isPresent(), "shipped form unchanged");
	}

	@Test
	void anOwnItemThatBreaksARuleIsRefusedWithTheRuleAndNothingIsStored() {
		int versions = customisation.overlayHistory("SPG", "asi.grund").size();
		part.addOwnItem(own("SPG_ANTAL", 10, 2), null);
		assertFalse(part.save());
		String message = driver.find(shell, WidgetIds.CUSTOMISE_MESSAGE, Label.class).getText();
		assertTrue(message.contains("SPG_ANTAL") && message.contains("min 10 is above max 2"), message);
		assertEquals(versions, customisation.overlayHistory("SPG", "asi.grund").size());
	}

	@Test
	void aPastedPageAsTheVersionCommentIsCutAtWhatTheHistoryHoldsAndSavesWithoutAnInternalError() {
		// a unit of its own: the other tests count SPG's versions
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
		cases.openCase(new NewCase("19700101-1233", "Test", "Anpassning", "SPA", "Spa", LocalDate.of(2026, 2, 1)));
		se.isu.testkit.TestUsers.as(se.isu.security.Role.METHODS_STAFF);
		// the part lists the units that exist when it is made: made again now that SPA exists
		shell.dispose();
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1000, 800);
		part = new FormCustomisationPart(customisation, registry, cases);
		part.create(shell);
		shell.open();
		part.select("SPA", "asi.grund");
		part.setHidden("A5", true);
		org.eclipse.swt.widgets.Text comment = driver.find(shell, WidgetIds.CUSTOMISE_COMMENT, org.eclipse.swt.widgets.Text.class);
		driver.focus(comment);
		comment.insert("x".repeat(10_000)); // as a paste arrives; the column holds 1000 (it raised a raw Derby error)
		assertTrue(part.save());
		String stored = customisation.overlayHistory("SPA", "asi.grund").get(0).getComment();
		assertEquals(1000, stored.length());
	}
}
