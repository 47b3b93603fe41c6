package se.isu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;

import se.isu.core.CaseService;
import se.isu.core.instrument.AssessmentService;
import se.isu.model.IsuCase;
import se.isu.model.instrument.Assessment;
import se.isu.model.query.CaseFilter;
import se.isu.provisioning.InstrumentProvisioning;
import se.isu.provisioning.InstrumentProvisioning.Feature;
import se.isu.provisioning.InstrumentProvisioning.Outcome;
import se.isu.provisioning.UnitProfile;

/**
 * {@code ./isu plugins …} on {@link InstrumentProvisioning} (system administrators), and {@code ./isu assessments},
 * which prints stored assessments as they read, so a removal and reinstall can be checked from the command line.
 */
final class PluginCommands {

	static final String USAGE = "plugins list [--available] | install ID | update [ID] | remove ID | apply PROFILFIL"
			+ " | [--repository PLATS]";

	private final Services services;
	private final PrintStream out;

	PluginCommands(Services services, PrintStream out) {
		this.services = services;
		this.out = out;
	}

	/**
	 * The plugins command takes a feature id after its sub-command and a bare {@code --available}: turned into the
	 * {@code --id} and {@code --available yes} flags every other command's parser understands.
	 */
	static List<String> normalise(List<String> args) {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--available")) {
				result.add(arg);
				result.add("yes");
			} else if (i == 1 && !arg.startsWith("--") && !args.get(0).startsWith("--")) {
				result.add("--id");
				result.add(arg);
			} else {
				result.add(arg);
				if (arg.startsWith("--") && i + 1 < args.size()) {
					result.add(args.get(++i));
				}
			}
		}
		return result;
	}

	int plugins(Flags flags) throws IOException {
		InstrumentProvisioning provisioning = services.get(InstrumentProvisioning.class);
		String repository = flags.optional("repository");
		if (repository != null) {
			URI added = provisioning.addRepository(repository);
			out.println("Förråd inställt / repository configured: " + added);
		}
		String sub = flags.optional("");
		if (sub == null) {
			if (repository == null) {
				throw new IllegalArgumentException("användning / usage: " + USAGE);
			}
			provisioning.repositories().forEach(uri -> out.println(uri));
			return CliApplication.OK;
		}
		NullProgressMonitor monitor = new NullProgressMonitor();
		return switch (sub) {
		case "list" -> list(provisioning, flags.optional("available") != null);
		case "install" -> report(provisioning.install(List.of(flags.required("id")), monitor), "installerat / installed");
		case "update" -> report(provisioning.update(flags.optional("id") == null ? List.of() : List.of(flags.optional("id")),
				monitor), "uppdaterat / updated");
		case "remove" -> report(provisioning.remove(List.of(flags.required("id")), monitor), "borttaget / removed");
		case "apply" -> report(provisioning.apply(UnitProfile.read(Path.of(flags.required("id"))), monitor),
				"ändrat / changed");
		default -> throw new IllegalArgumentException("användning / usage: " + USAGE);
		};
	}

	private int list(InstrumentProvisioning provisioning, boolean available) {
		List<Feature> installed = provisioning.installed();
		out.println("installerat / installed:");
		installed.forEach(f -> out.println("  " + f.id() + "\t" + f.version() + "\t" + f.name()));
		if (installed.isEmpty()) {
			out.println("  (inga instrument / no instruments)");
		}
		if (available) {
			out.println("tillgängligt / available (" + provisioning.repositories().stream().map(URI::toString)
					.collect(Collectors.joining(", ")) + "):");
			String category = null;
			for (Feature f : provisioning.available(new NullProgressMonitor())) {
				if (!java.util.Objects.equals(category, f.category())) {
					category = f.category();
					out.println("  [" + category + "]");
				}
				boolean have = installed.stream().anyMatch(i -> i.id().equals(f.id()) && i.version().equals(f.version()));
				out.println("  " + f.id() + "\t" + f.version() + "\t" + f.name() + (have ? "\t(installerat / installed)" : "")
						+ (f.description().isEmpty() ? "" : "\n      " + f.description()));
			}
		}
		return CliApplication.OK;
	}

	private int report(Outcome outcome, String what) {
		if (outcome.nothingChanged()) {
			out.println("Inget att ändra / nothing to change");
			return CliApplication.OK;
		}
		outcome.changed().forEach(line -> out.println(what + ": " + line));
		if (outcome.restartNeeded()) {
			out.println("Starta om arbetsbänken för att ändringen ska gälla / restart the workbench for the change to take effect");
		}
		return CliApplication.OK;
	}

	/**
	 * One line per stored assessment: case, instrument and the version it was answered on, status, the answers
	 * (item=value or item=missing code, sorted) and the stored scores, and which form version it opens on now.
	 */
	int assessments(Flags flags, PrintStream err) {
		CaseService cases = services.get(CaseService.class);
		AssessmentService assessments = services.get(AssessmentService.class);
		String caseNumber = flags.optional("case");
		String instrument = flags.optional("instrument");
		List<IsuCase> found = cases.findCases(new CaseFilter(caseNumber, null, null, null, flags.integer("limit", 500)));
		out.println("ärende/case\tinstrument\tversion\tstatus\tsvar/answers\tpoäng/scores\töppnas i/opens on");
		int protectedSkipped = 0;
		for (IsuCase c : found) {
			if (caseNumber != null && !caseNumber.equals(c.getCaseNumber())) {
				continue;
			}
			Commands.giveReadReason(services.get(se.isu.core.protection.ProtectedIdentities.class), c.getCaseNumber(), flags);
			List<Assessment> ofCase;
			try {
				ofCase = assessments.forCase(c.getId());
			} catch (se.isu.core.protection.ReadReasonRequiredException e) {
				if (caseNumber != null) {
					throw e; // asked for this case: say what is missing
				}
				protectedSkipped++; // a listing of many cases passes over what needs a reason (decision 89)
				continue;
			}
			for (Assessment a : ofCase) {
				if (instrument != null && !instrument.equals(a.getInstrumentId())) {
					continue;
				}
				Map<String, String> answers = new TreeMap<>();
				a.getAnswers().forEach(x -> answers.put(x.getItemId(), x.getValue() != null ? x.getValue() : "[" + x.getMissingCode() + "]"));
				Map<String, String> scores = new TreeMap<>();
				a.getScores().forEach(s -> scores.put(s.getScoreId(), String.valueOf(s.getValue())));
				String opensOn = assessments.formFor(a).map(f -> f.definition().getVersion())
						.orElse("ej installerat / not installed");
				out.println(c.getCaseNumber() + "\t" + a.getInstrumentId() + "\t" + a.getInstrumentVersion() + "\t" + a.getStatus()
						+ "\t" + answers + "\t" + scores + "\t" + opensOn);
			}
		}
		if (protectedSkipped > 0) {
			err.println("Ärenden med skyddade personuppgifter som inte visas: " + protectedSkipped + "; läs ett i taget med"
					+ " --case NR --reason \"…\" / cases with protected personal data not listed: " + protectedSkipped
					+ "; read one at a time with --case NR --reason \"…\"");
		}
		return CliApplication.OK;
	}

	/**
	 * {@code ./isu assessments import --instrument ID --file F.csv}: complete assessments from a CSV file, all or
	 * nothing (TAM-R scores as the licensor exports them, decision 114). Each bad line is printed with its column and
	 * rule, and nothing is stored.
	 */
	int importAssessments(Flags flags, PrintStream err) throws java.io.IOException {
		String instrument = flags.required("instrument");
		Path file = Path.of(flags.required("file"));
		AssessmentService.ImportResult result;
		try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
			result = services.get(AssessmentService.class).importCsv(instrument, in);
		}
		if (!result.ok()) {
			result.problems().forEach(p -> err.println(p));
			err.println(org.eclipse.osgi.util.NLS.bind(se.isu.core.Messages.importNothing,
					result.problems().stream().mapToLong(AssessmentService.ImportProblem::line).distinct().count()));
			return CliApplication.FAILED;
		}
		out.println(result.imported() + " bedömningar importerade / assessments imported (" + instrument + ")");
		return CliApplication.OK;
	}
}
