package se.isu.instrument.mst.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.core.CaseService;
import se.isu.core.DemoDataService;
import se.isu.core.instrument.AssessmentService;
import se.isu.instrument.api.AssessmentImport;
import se.isu.model.IsuCase;
import se.isu.model.query.CaseFilter;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;

/**
 * Uppföljning › Importera TAM-R… after the file is chosen: the import runs as a job on the real services and Derby,
 * and its dialog opens in a real Shell with the count imported, or with every bad line by line and column and nothing
 * stored.
 */
class TamrImportWindowTest {

	private static final String HEADER = "arende;datum;T1;T2;T3;T4;T5\n";

	private Display display;
	private Shell shell;
	private SwtDriver driver;

	@BeforeAll
	static void demoFamilies() {
		TestUsers.as(Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(80, 31));
		TestUsers.logout();
	}

	@BeforeEach
	void openShell() {
		TestUsers.caseWorker("MST");
		display = Display.getDefault();
		driver = new SwtDriver(display);
		shell = new Shell(display);
		shell.setText("ISU Workbench");
		shell.setSize(900, 600);
		shell.open();
	}

	@AfterEach
	void close() {
		for (Shell open : display.getShells()) {
			open.dispose();
		}
		TestUsers.logout();
	}

	@Test
	void aGoodFileIsImportedInAJobAndTheDialogSaysHowMany(@TempDir Path folder) throws IOException {
		List<IsuCase> families = families(2);
		String month = LocalDate.now().minusMonths(1).toString().substring(0, 7);
		Path file = folder.resolve("tamr.csv");
		Files.writeString(file, HEADER
				+ line(families.get(0), month, "terapeut.anna", "uppf.bo", "0,734")
				+ line(families.get(1), month, "terapeut.cecilia", "uppf.bo", "0,52"), StandardCharsets.UTF_8);
		long before0 = tamr(families.get(0));
		long before1 = tamr(families.get(1));

		Job job = TamrImport.start(shell, file, OsgiServices.get(AssessmentImport.class));
		Shell dialog = driver.waitForShell("Import av TAM-R");

		assertEquals(Job.NONE, job.getState(), "the job has ended");
		assertEquals("2 TAM-R-poäng importerades från tamr.csv.", driver.find(dialog, TamrImport.SUMMARY, Label.class).getText());
		assertThrows(AssertionError.class, () -> driver.find(dialog, TamrImport.PROBLEMS, Text.class), "no list of problems");
		assertEquals(before0 + 1, tamr(families.get(0)));
		assertEquals(before1 + 1, tamr(families.get(1)));
		driver.screenshot(dialog, Path.of("target", "screenshots", "tamr-import-done.png"));
	}

	@Test
	void aFileWithBadLinesImportsNothingAndTheDialogNamesEachLineAndColumn(@TempDir Path folder) throws IOException {
		List<IsuCase> families = families(3);
		String month = LocalDate.now().minusMonths(1).toString().substring(0, 7);
		Path file = folder.resolve("tamr-fel.csv");
		Files.writeString(file, HEADER
				+ line(families.get(0), month, "terapeut.anna", "uppf.bo", "0,80")
				+ line(families.get(1), month, "terapeut.anna", "Terapeut.Anna", "0,70") // the therapist collected it
				+ line(families.get(2), month, "terapeut.bo", "uppf.bo", "1,4") // outside 0–1
				+ "FINNS-INTE;" + LocalDate.now() + ";" + month + ";terapeut.bo;uppf.bo;1;0,5\n", StandardCharsets.UTF_8);
		long before = tamr(families.get(0));

		TamrImport.start(shell, file, OsgiServices.get(AssessmentImport.class));
		Shell dialog = driver.waitForShell("Import av TAM-R");

		assertEquals("Inget importerades: 3 rader har fel. Rätta dem i filen och importera den igen.",
				driver.find(dialog, TamrImport.SUMMARY, Label.class).getText());
		String problems = driver.find(dialog, TamrImport.PROBLEMS, Text.class).getText();
		assertTrue(problems.contains("Rad 3, kolumn T3: TAM-R får inte samlas in av familjens behandlare"), problems);
		assertTrue(problems.contains("Rad 4, kolumn T5: "), problems);
		assertTrue(problems.contains("Rad 5, kolumn arende: ärendet FINNS-INTE finns inte."), problems);
		assertTrue(!problems.contains("Rad 2,"), "the good line is not a problem: " + problems);
		assertEquals(before, tamr(families.get(0)), "nothing stored, not even the good line");
		driver.screenshot(dialog, Path.of("target", "screenshots", "tamr-import-refused.png"));
	}

	@Test
	void aFileThatCannotBeReadIsSaidSo(@TempDir Path folder) {
		TamrImport.start(shell, folder.resolve("finns-inte.csv"), OsgiServices.get(AssessmentImport.class));
		Shell dialog = driver.waitForShell("Import av TAM-R");
		assertTrue(driver.find(dialog, TamrImport.SUMMARY, Label.class).getText().startsWith("Filen finns-inte.csv kunde inte läsas"));
	}

	private static List<IsuCase> families(int count) {
		List<IsuCase> found = OsgiServices.get(CaseService.class).findCases(new CaseFilter(null, null, "MST", null, 500));
		assertTrue(found.size() >= count, "the demo has MST families: " + found.size());
		return found.subList(0, count);
	}

	private static String line(IsuCase family, String month, String therapist, String collector, String score) {
		return family.getCaseNumber() + ";" + LocalDate.now() + ";" + month + ";" + therapist + ";" + collector + ";1;"
				+ score + "\n";
	}

	private static long tamr(IsuCase family) {
		return OsgiServices.get(AssessmentService.class).forCase(family.getId()).stream()
				.filter(a -> a.getInstrumentId().equals(TamrImport.INSTRUMENT)).count();
	}
}
