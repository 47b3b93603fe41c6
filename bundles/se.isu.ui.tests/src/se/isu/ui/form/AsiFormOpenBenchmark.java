package se.isu.ui.form;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.instrument.AssessmentService;
import se.isu.model.IsuCase;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.Respondent;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;

/**
 * Benchmark, not a test: how long opening the ~200-item ASI Grund in the assessment editor takes, from reading the
 * stored assessment to the painted part in an open window (target ≤ 300 ms warm); and the same for a form whose first
 * section holds a repeating group answered in 20 rows (issue 13: also ≤ 300 ms warm). Not in the normal suite (the class name does not
 * end in Test); run it with {@code ./isu benchmark form}. Prints the figures and writes them to
 * target/benchmarks/asi-form-open.txt; it asserts nothing about time.
 */
class AsiFormOpenBenchmark {

	@org.junit.jupiter.api.BeforeEach
	void logInAsCaseWorker() {
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
	}

	private static final int WARM_UP = 5;
	private static final int RUNS = 30;

	@Test
	void openAsiGrundAndATwentyRowGroup() throws IOException {
		CaseService cases = OsgiServices.get(CaseService.class);
		AssessmentService assessments = OsgiServices.get(AssessmentService.class);
		IsuCase c = cases.openCase(new NewCase("19700101-1233", "Bench", "Mark", "VUX", "Vuxenenheten", LocalDate.of(2026, 2, 1)));
		Assessment stored = assessments.save(assessments.start(c, null, "asi.grund", Respondent.CLIENT, "bench"), false);
		String result = open("ASI Grund", stored, assessments);

		// the substances form of the renderer tests, installed as a plugin installs it, with 20 substance rows answered
		java.net.URL groups = AsiFormOpenBenchmark.class.getClassLoader().getResource("forms/groups.xmi");
		org.osgi.framework.ServiceRegistration<?> installed = OsgiServices.context().registerService(
				se.isu.instrument.api.InstrumentContribution.class,
				(se.isu.instrument.api.InstrumentContribution) () -> List.of(groups), null);
		try {
			Assessment rows = assessments.start(c, null, "test.groups", Respondent.CLIENT, "bench");
			for (int row = 1; row <= 20; row++) {
				answer(rows, "drug[" + row + "].substance", Integer.toString(1 + row % 4));
				answer(rows, "drug[" + row + "].days", Integer.toString(row));
				answer(rows, "drug[" + row + "].debut", Integer.toString(12 + row % 6));
				answer(rows, "drug[" + row + "].route", Integer.toString(1 + row % 3));
				answer(rows, "drug[" + row + "].primary", row == 1 ? "1" : "0");
			}
			result += open("A form with a 20-row repeating group", assessments.save(rows, false), assessments);
		} finally {
			installed.unregister();
		}
		System.out.print(result);
		Path out = Path.of("target", "benchmarks", "asi-form-open.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, result);
	}

	private static void answer(Assessment a, String item, String value) {
		se.isu.model.instrument.Answer answer = se.isu.model.instrument.InstrumentFactory.eINSTANCE.createAnswer();
		answer.setItemId(item);
		answer.setValue(value);
		a.getAnswers().add(answer);
	}

	/** Opens the stored assessment in the editor WARM_UP + RUNS times and says how long it took. */
	private String open(String what, Assessment stored, AssessmentService assessments) {
		Display display = Display.getDefault();
		SwtDriver driver = new SwtDriver(display);
		List<Double> cold = new ArrayList<>();
		List<Double> warm = new ArrayList<>();
		int items = 0;
		double allSections = 0;
		// one window, as in the workbench: opening an editor fills a part in a window that is already open
		Shell window = new Shell(display);
		window.setLayout(new FillLayout());
		window.setBounds(0, 0, 1100, 1000);
		window.open();
		driver.flush();
		for (int run = 0; run < WARM_UP + RUNS; run++) {
			Composite area = new Composite(window, SWT.NONE);
			area.setLayout(new FillLayout());
			MPart part = MBasicFactory.INSTANCE.createPart();
			part.getPersistedState().put(AssessmentEditorPart.ASSESSMENT_ID, Long.toString(stored.getId()));
			long start = System.nanoTime();
			AssessmentEditorPart editor = new AssessmentEditorPart(assessments, part);
			editor.create(area);
			window.layout(true, true);
			window.update();
			driver.flush();
			double millis = (System.nanoTime() - start) / 1e6;
			if (run == WARM_UP + RUNS - 1) {
				// the rest of the interview: every other section made and shown once
				long rest = System.nanoTime();
				for (se.isu.model.instrument.Section section : editor.renderer().form().sections()) {
					editor.renderer().show(section);
					window.update();
					driver.flush();
				}
				allSections = (System.nanoTime() - rest) / 1e6;
			}
			items = editor.renderer().form().fields().size();
			(run < WARM_UP ? cold : warm).add(millis);
			area.dispose();
			driver.flush();
		}
		Collections.sort(warm);
		// where the time goes, warm: reading the assessment and its form from the services, then the widgets alone
		List<Double> services = new ArrayList<>();
		List<Double> widgets = new ArrayList<>();
		for (int run = 0; run < RUNS; run++) {
			long start = System.nanoTime();
			Assessment a = assessments.find(stored.getId()).orElseThrow();
			se.isu.core.instrument.Form form = assessments.formFor(a).orElseThrow();
			services.add((System.nanoTime() - start) / 1e6);
			Composite area = new Composite(window, SWT.NONE);
			area.setLayout(new FillLayout());
			start = System.nanoTime();
			new FormRenderer(area, form, se.isu.core.instrument.AnswerSheet.of(form, a.getAnswers()));
			window.layout(true, true);
			window.update();
			driver.flush();
			widgets.add((System.nanoTime() - start) / 1e6);
			area.dispose();
			driver.flush();
		}
		window.dispose();
		Collections.sort(services);
		Collections.sort(widgets);
		return String.format(java.util.Locale.ROOT,
				"%s (%d items, %d answers) opened in the assessment editor: first %.0f ms; warm over %d runs: median %.0f ms, "
						+ "90th percentile %.0f ms, max %.0f ms (target: <= 300 ms warm); then showing every section once: %.0f ms. Median parts: services (read assessment, build form) %.0f ms, form widgets shown %.0f ms%n",
				what, items, stored.getAnswers().size(), cold.get(0), RUNS, warm.get(RUNS / 2), warm.get((int) (RUNS * 0.9)), warm.get(RUNS - 1), allSections,
				services.get(RUNS / 2), widgets.get(RUNS / 2));
	}
}
