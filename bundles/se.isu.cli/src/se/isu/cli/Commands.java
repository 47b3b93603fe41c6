package se.isu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Set;

import se.isu.core.CaseService;
import se.isu.core.DemoDataService;
import se.isu.core.ValidationException;
import se.isu.model.CaseStatus;
import se.isu.model.IsuCase;
import se.isu.model.ProcessStep;
import se.isu.model.query.CaseFilter;
import se.isu.core.instrument.FormCustomisationService;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.instrument.InstrumentDefinition;

/** The CLI commands; each parses its own flags and prints errors that name the flag at fault. */
final class Commands {

	static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();
	/** The flags each command knows (over all its sub-commands); anything else is refused before it runs. */
	static final Map<String, Set<String>> FLAGS = new LinkedHashMap<>();

	private static void command(String name, String description, String... flags) {
		DESCRIPTIONS.put(name, description);
		FLAGS.put(name, Set.of(flags));
	}

	static {
		command("cases", "lista ärenden / list cases [--search TEXT] [--unit KOD] [--status OPEN|CLOSED] [--step STEG] [--limit N]"
				+ " | cases protect --case NR --reason TEXT | cases lift-protection --case NR --decision TEXT"
				+ " | cases protection --case NR [--reason TEXT] (skyddade personuppgifter / protected personal data)",
				"search", "unit", "status", "step", "limit", "case", "reason", "decision");
		command("demo-data", "skapa syntetiska ärenden (och demokonton i ett nytt hem) / add synthetic cases (and the demo"
				+ " accounts in a fresh home) --cases N [--seed S]", "cases", "seed");
		command("compile", "sammanställ (csv) / compile (csv): compile --rows unit,sex [--columns agegroup] [--measure count|share|mean|median]"
				+ " [--subject cases|clients|interventions|assessments|occasions] [--value age|duration:actualisation-decision|score:INSTR/ID]"
				+ " [--filter \"unit=VUX|UNG;sex=1\"] [--from D] [--to D] [--save NAMN] | compile --saved NAMN",
				"measure", "subject", "value", "rows", "columns", "from", "to", "period", "filter", "save", "saved");
		command("report", "rendera rapport / render a report --template ID --format pdf|html|xlsx --out FILE [--from D] [--to D] [--unit KOD]",
				"template", "format", "out", "from", "to", "unit");
		command("instruments", "lista installerade instrument / list installed instruments with versions");
		command("textpack", "importera licensierade frågetexter / import a licensed text pack: textpack import --instrument ID --file FILE.properties",
				"instrument", "file");
		command("templates", "rapportmallar / report templates: templates list | export --template ID --dir DIR"
				+ " | import --template ID --file F.rptdesign | reset --template ID", "template", "dir", "file", "from", "to", "unit");
		command("suppression", "röjandekontroll / small-cell rule: suppression [--threshold N] [--rates M]", "threshold", "rates");
		command("users", "konton / accounts: users list | add --user U --name N --role ROLL [--units A,B] | passwd --user U"
				+ " | unlock --user U | require-code --user U | deactivate --user U | create-admin --user U --name N (första körningen)",
				"user", "name", "role", "units");
		command("units", "verksamheter / units: units list | add --code KOD --name NAMN | instruments --code KOD"
				+ " | use --code KOD --instruments ID,ID (enhetens instrument / the unit's instruments) | offer-all --code KOD",
				"code", "name", "instruments");
		command("log", "åtkomstloggen / access log: log check | log review [--from D] [--to D]", "from", "to");
		command("retention", "gallring / retention: retention preview [--date D] | run --confirm N | hold --case C --reason R"
				+ " | release --case C (run: datum högst i dag / date today at the latest)", "date", "confirm", "case", "reason");
		command("backup", "säkerhetskopiera / back up the database: backup DIR (tom mapp / empty folder)");
		command("restore", "återställ / restore the database: restore DIR");
		command("export", "pseudonymiserad export / pseudonymised export: export --out FILE.csv [--key NYCKELFIL]"
				+ " [--instrument ID --group GRUPP [--layout long|wide]] (en upprepad grupps rader / a repeating group's rows)",
				"out", "key", "instrument", "group", "layout");
		// Instruments as p2 features (issue 16): system administrators install, update and remove them.
		command("plugins", "instrument som tillägg / instrument plugins: " + PluginCommands.USAGE, "available", "id", "repository");
		command("assessments", "lagrade bedömningar som de läses / stored assessments as they read [--case C] [--instrument ID]"
				+ " [--limit N] | assessments import --instrument ID --file FIL.csv (allt eller inget / all or nothing;"
				+ " t.ex. / e.g. TAM-R: --instrument mst.tamr); --reason TEXT for a protected client's case",
				"case", "instrument", "limit", "file", "reason");
		// Issue 18: a unit's shared PostgreSQL database (docs/deploying.md)
		command("db", "delad PostgreSQL-databas / shared PostgreSQL database: db init --url URL --user ÄGARE --app-user ROLL"
				+ " --admin U --name N | db migrate-from-derby --url URL --user ÄGARE --app-user ROLL | db migrate --user ÄGARE"
				+ " [--sslmode verify-full] [--password-file F] [--app-password-file F]", "url", "user", "app-user", "admin",
				"name", "sslmode", "password-file", "app-password-file");
	}

	/** Every command takes {@code --debug} (or ISU_DEBUG=1): a failure prints its stack trace, not one line. */
	static final String DEBUG_FLAG = "--debug";

	/** Commands that show no data and need no login. */
	private static final java.util.Set<String> WITHOUT_LOGIN = java.util.Set.of("instruments");

	private final Services services;
	private final PrintStream out;
	private final PrintStream err;

	/** Not final: demo-data on a fresh home logs in as the demo administrator it just created. */
	private Map<String, String> env;

	Commands(Services services, PrintStream out, PrintStream err) {
		this(services, out, err, System.getenv());
	}

	/** @param env where ISU_USER, ISU_PASSWORD, ISU_CODE and ISU_NEW_PASSWORD are read from */
	Commands(Services services, PrintStream out, PrintStream err, Map<String, String> env) {
		this.services = services;
		this.out = out;
		this.err = err;
		this.env = env;
	}

	int run(List<String> arguments) {
		boolean debug = arguments.contains(DEBUG_FLAG) || "1".equals(env.get("ISU_DEBUG"));
		List<String> args = arguments.stream().filter(a -> !a.equals(DEBUG_FLAG)).toList();
		if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
			CliApplication.printUsage(out);
			return CliApplication.OK;
		}
		String command = args.get(0);
		if (!DESCRIPTIONS.containsKey(command)) {
			err.println("Okänt kommando / unknown command: " + command);
			CliApplication.printUsage(err);
			return CliApplication.USAGE;
		}
		Flags flags;
		try {
			List<String> rest = args.subList(1, args.size());
			flags = Flags.parse("plugins".equals(command) ? PluginCommands.normalise(rest) : rest);
			flags.requireKnown(command, FLAGS.get(command));
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return CliApplication.USAGE;
		}
		try {
			return dispatch(command, flags);
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return CliApplication.USAGE;
		} catch (se.isu.core.protection.ReadReasonRequiredException e) {
			err.println(e.getMessage() + " (--reason \"…\")");
			return CliApplication.FAILED;
		} catch (se.isu.security.AccessDeniedException e) {
			err.println("Nekad / denied: " + e.getMessage());
			return CliApplication.FAILED;
		} catch (se.isu.security.AccountException e) {
			err.println(e.field() + ": " + e.getMessage());
			return CliApplication.FAILED;
		} catch (se.isu.provisioning.ProvisioningException e) {
			err.println(e.getMessage());
			debugTrace(debug, e);
			return CliApplication.FAILED;
		} catch (org.eclipse.core.runtime.OperationCanceledException e) {
			err.println("Avbrutet / cancelled");
			return CliApplication.FAILED;
		} catch (se.isu.reports.TemplateRejectedException e) {
			err.println(e.getMessage());
			return CliApplication.FAILED;
		} catch (ValidationException e) {
			e.violations().forEach(v -> err.println(v.field() + ": " + v.message()));
			return CliApplication.FAILED;
		} catch (se.isu.store.StoreException | IllegalStateException e) {
			// Our own messages (database in use, wrong key, stale preview): already a sentence for the person.
			err.println(e.getMessage());
			debugTrace(debug, e);
			return CliApplication.FAILED;
		} catch (RuntimeException | IOException | Error e) {
			// Anything else is a bug or an environment failure: one line on the terminal, the trace in the log.
			LOG.log(Level.SEVERE, "./isu " + command + " failed", e);
			err.println("Misslyckades / failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
					+ (debug ? "" : " (detaljer / details: " + CliApplication.logFile() + "; --debug visar dem här / shows them here)"));
			debugTrace(debug, e);
			return CliApplication.FAILED;
		}
	}

	private void debugTrace(boolean debug, Throwable e) {
		if (debug) {
			e.printStackTrace(err);
		}
	}

	private static final Logger LOG = Logger.getLogger(Commands.class.getName());

	private int dispatch(String command, Flags flags) throws IOException {
		if ("users".equals(command) && "create-admin".equals(flags.optional(""))) {
			return createAdministrator(flags);
		}
		if ("db".equals(command)) {
			// Run by IT with the database owner's role, before any account exists: the owner's password is the gate.
			return new DatabaseCommands(services, out).run(flags, this::createAdministrator);
		}
		if ("demo-data".equals(command)) {
			// As ./isu start does in demo mode: a fresh home gets one account per role, so the README's
			// `./isu demo-data --cases 1000 --seed 7` works before anyone has logged in.
			createDemoAccountsIfFresh();
		}
		if (!WITHOUT_LOGIN.contains(command) && !new Login(services, env, err).ensure()) {
			return CliApplication.FAILED;
		}
		if (!WITHOUT_LOGIN.contains(command)) {
			// A restore that was killed is finished or undone when the database opens; the person is told which.
			services.get(se.isu.store.DatabaseAdmin.class).interruptedRestoreNote().ifPresent(err::println);
		}
		ProtectionCommands protection = new ProtectionCommands(services, out, env);
		CompilationCommands compilation = new CompilationCommands(services, out);
		return switch (command) {
		case "users" -> protection.users(flags);
		case "units" -> protection.units(flags);
		case "log" -> protection.log(flags);
		case "retention" -> protection.retention(flags);
		case "backup" -> protection.backup(flags);
		case "restore" -> protection.restore(flags);
		case "export" -> protection.export(flags);
		case "cases" -> cases(flags);
		case "demo-data" -> demoData(flags);
		case "compile" -> compilation.compile(flags);
		case "report" -> compilation.report(flags);
		case "templates" -> compilation.templates(flags);
		case "suppression" -> compilation.suppression(flags);
		case "instruments" -> instruments();
		case "textpack" -> textPack(flags);
		case "plugins" -> new PluginCommands(services, out).plugins(flags);
		case "assessments" -> "import".equals(flags.optional("")) ? new PluginCommands(services, out).importAssessments(flags, err)
				: new PluginCommands(services, out).assessments(flags, err);
		// Every name in DESCRIPTIONS has a case here; CommandsTest runs each one.
		default -> throw new IllegalStateException("no handler for " + command);
		};
	}

	/** The demo units the demo accounts work in (the units demo-data creates its cases in). */
	static final List<String> DEMO_UNITS = List.of("VUX", "UNG", "VNR", "MST");

	private void createDemoAccountsIfFresh() {
		se.isu.security.AccountService accounts = services.get(se.isu.security.AccountService.class);
		if (!accounts.hasAccounts()) {
			// Exactly what ./isu start does in demo mode: the small demo set (its units carry their names), then
			// one account per role in those units.
			int seeded = services.get(DemoDataService.class).seedIfEmpty();
			accounts.createDemoAccounts(DEMO_UNITS);
			err.println("Nytt hem: demokonton skapade (lösenord isu-demo, se README) och " + seeded + " demoärenden; kör som admin."
					+ " / Fresh home: demo accounts created (password isu-demo, see README) and " + seeded
					+ " demo cases; running as admin.");
			if (!env.containsKey("ISU_USER")) {
				Map<String, String> withAdmin = new java.util.HashMap<>(env);
				withAdmin.put("ISU_USER", "admin");
				withAdmin.put("ISU_PASSWORD", se.isu.security.AccountService.DEMO_PASSWORD);
				env = withAdmin;
			}
		}
	}

	/** The first run of a real installation: the system administrator, who then creates every other account. */
	private int createAdministrator(Flags flags) {
		se.isu.security.AccountService accounts = services.get(se.isu.security.AccountService.class);
		String password = env.get("ISU_NEW_PASSWORD");
		if ((password == null || password.isEmpty()) && System.console() != null) {
			password = new String(System.console().readPassword("Lösenord för administratören / password: "));
		}
		se.isu.security.User admin = accounts.createFirstAdministrator(new se.isu.security.NewAccount(flags.required("user"),
				flags.required("name"), se.isu.security.Role.SYSTEM_ADMIN, java.util.Set.of(), password));
		out.println("Systemadministratören " + admin.userName() + " är skapad. / The system administrator was created.");
		return CliApplication.OK;
	}

	private int cases(Flags flags) {
		String sub = flags.optional("");
		if (sub != null) {
			return protection(sub, flags);
		}
		CaseFilter filter = new CaseFilter(flags.optional("search"), flags.optionalEnum("status", CaseStatus.class),
				flags.optional("unit"), flags.optionalEnum("step", ProcessStep.class),
				flags.integer("limit", CaseFilter.DEFAULT_LIMIT));
		CaseService caseService = services.get(CaseService.class);
		for (IsuCase c : caseService.findCases(filter)) {
			out.printf("%s\t%s\t%s\t%s\t%s%n", c.getCaseNumber(), c.getClient().getPersonalIdentityNumber(),
					c.getUnit().getCode(), c.getStatus().getName(), c.getActualisationDate());
		}
		return CliApplication.OK;
	}

	/**
	 * Skyddade personuppgifter (decision 89): {@code protect --case X --reason "…"} (a case worker of the unit),
	 * {@code lift-protection --case X --decision "…"} (the unit manager), {@code protection --case X [--reason "…"]}
	 * lists the decisions (a reader who is not responsible gives the reason to read).
	 */
	private int protection(String sub, Flags flags) {
		se.isu.core.protection.ProtectedIdentities identities = services.get(se.isu.core.protection.ProtectedIdentities.class);
		String caseNumber = flags.required("case");
		switch (sub) {
		case "protect" -> {
			identities.protect(caseNumber, flags.optional("reason"));
			out.println("Klienten i " + caseNumber + " har nu skyddade personuppgifter. / The client's personal data is now protected.");
		}
		case "lift-protection" -> {
			identities.lift(caseNumber, flags.optional("decision"));
			out.println("Skyddet för klienten i " + caseNumber + " är hävt. / The protection was lifted.");
		}
		case "protection" -> {
			giveReadReason(identities, caseNumber, flags);
			List<se.isu.core.protection.ProtectedIdentities.Decision> decisions = identities.history(caseNumber);
			if (decisions.isEmpty()) {
				out.println("Inga beslut om skyddade personuppgifter. / No decisions on protected personal data.");
			}
			for (var d : decisions) {
				out.println(d.decidedAt() + "	" + (d.protect() ? "skyddad/protected" : "hävd/lifted") + "	" + d.decidedBy()
						+ "	" + d.reason());
			}
		}
		default -> throw new IllegalArgumentException(
				"Välj / choose one of: protect, lift-protection, protection (eller inget för listan / or none for the list)");
		}
		return CliApplication.OK;
	}

	/** {@code --reason}, when given, is the reason to read a protected case (logged); it is asked for when missing. */
	static void giveReadReason(se.isu.core.protection.ProtectedIdentities identities, String caseNumber, Flags flags) {
		String reason = flags.optional("reason");
		if (reason != null && identities.needsReadReason(caseNumber)) {
			identities.giveReadReason(caseNumber, reason);
		}
	}

	private int demoData(Flags flags) {
		int cases = flags.integer("cases", -1);
		if (cases < 0) {
			throw new IllegalArgumentException("--cases N krävs (ett heltal ≥ 0) / --cases N is required (an integer ≥ 0)");
		}
		long seed = flags.integer("seed", 1);
		long started = System.nanoTime();
		int added = services.get(DemoDataService.class).generate(cases, seed);
		out.printf("%d syntetiska ärenden skapade på %.1f s / %d synthetic cases added%n", added,
				(System.nanoTime() - started) / 1e9, added);
		return CliApplication.OK;
	}

	/**
	 * Imports a text pack: a unit with a licence for an instrument's wording (e.g. ASI from Socialstyrelsen) replaces
	 * our paraphrased labels. Every key must name an item or section of the instrument, or nothing is imported.
	 */
	private int textPack(Flags flags) throws IOException {
		if (!"import".equals(flags.optional(""))) {
			throw new IllegalArgumentException("användning / usage: textpack import --instrument ID --file FILE.properties");
		}
		String instrument = flags.required("instrument");
		Path file = Path.of(flags.required("file"));
		try (java.io.InputStream in = Files.newInputStream(file)) {
			int count = services.get(FormCustomisationService.class).importTextPack(instrument, in,
					System.getProperty("user.name"));
			out.println(count + " texter importerade för / texts imported for " + instrument);
		}
		return CliApplication.OK;
	}

	/** One line per installed definition; refused definitions follow with their problems, and exit code 1. */
	private int instruments() {
		InstrumentRegistry registry = services.get(InstrumentRegistry.class);
		out.println("id\tversion\tnamn/name\tfrågor/items\tpoäng/scores\tkälla/source");
		for (InstrumentRegistry.Installed installed : registry.installed()) {
			InstrumentDefinition d = installed.definition();
			long items = d.getSections().stream().mapToLong(s -> s.getItems().size()).sum();
			out.println(d.getId() + "\t" + d.getVersion() + "\t" + d.getName() + "\t" + items + "\t" + d.getScores().size()
					+ (installed.ownScorer() ? "+" : "") + "\t" + installed.source());
		}
		registry.refused().forEach((key, problems) -> err.println("REFUSED " + key + ": " + String.join("; ", problems)));
		return registry.refused().isEmpty() ? CliApplication.OK : CliApplication.FAILED;
	}
}
