package se.isu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
	static {
		DESCRIPTIONS.put("cases", "lista ärenden / list cases [--search TEXT] [--unit KOD] [--status OPEN|CLOSED] [--step STEG] [--limit N]");
		DESCRIPTIONS.put("demo-data", "skapa syntetiska ärenden / add synthetic cases --cases N [--seed S]");
		DESCRIPTIONS.put("compile", "sammanställ (csv) / compile (csv): compile --rows unit,sex [--columns agegroup] [--measure count|share|mean|median]"
				+ " [--subject cases|clients|interventions|assessments|occasions] [--value age|duration:actualisation-decision|score:INSTR/ID]"
				+ " [--filter \"unit=VUX|UNG;sex=1\"] [--from D] [--to D] [--save NAMN] | compile --saved NAMN");
		DESCRIPTIONS.put("report", "rendera rapport / render a report --template ID --format pdf|html|xlsx --out FILE [--from D] [--to D] [--unit KOD]");
		DESCRIPTIONS.put("instruments", "lista installerade instrument / list installed instruments with versions");
		DESCRIPTIONS.put("textpack", "importera licensierade frågetexter / import a licensed text pack: textpack import --instrument ID --file FILE.properties");
		DESCRIPTIONS.put("templates", "rapportmallar / report templates: templates list | export --template ID --dir DIR"
				+ " | import --template ID --file F.rptdesign | reset --template ID");
		DESCRIPTIONS.put("suppression", "röjandekontroll / small-cell rule: suppression [--threshold N] [--rates M]");
		DESCRIPTIONS.put("users", "konton / accounts: users list | add --user U --name N --role ROLL [--units A,B] | passwd --user U"
				+ " | unlock --user U | require-code --user U | deactivate --user U | create-admin --user U --name N (första körningen)");
		DESCRIPTIONS.put("log", "åtkomstloggen / access log: log check | log review [--from D] [--to D]");
		DESCRIPTIONS.put("retention", "gallring / retention: retention preview [--date D] | run --confirm N | hold --case C --reason R | release --case C");
		DESCRIPTIONS.put("backup", "säkerhetskopiera / back up the database: backup DIR (tom mapp / empty folder)");
		DESCRIPTIONS.put("restore", "återställ / restore the database: restore DIR");
		DESCRIPTIONS.put("export", "pseudonymiserad export / pseudonymised export: export --out FILE.csv [--key NYCKELFIL]");
	}

	/** Commands that show no data and need no login. */
	private static final java.util.Set<String> WITHOUT_LOGIN = java.util.Set.of("instruments");

	private final Services services;
	private final PrintStream out;
	private final PrintStream err;

	private final Map<String, String> env;

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

	int run(List<String> args) {
		if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
			CliApplication.printUsage(out);
			return CliApplication.OK;
		}
		Flags flags;
		try {
			flags = Flags.parse(args.subList(1, args.size()));
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return CliApplication.USAGE;
		}
		ProtectionCommands protection = new ProtectionCommands(services, out, env);
		CompilationCommands compilation = new CompilationCommands(services, out);
		try {
			if ("users".equals(args.get(0)) && "create-admin".equals(flags.optional(""))) {
				return createAdministrator(flags);
			}
			if (!WITHOUT_LOGIN.contains(args.get(0)) && !new Login(services, env, err).ensure()) {
				return CliApplication.FAILED;
			}
			return switch (args.get(0)) {
			case "users" -> protection.users(flags);
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
			default -> {
				err.println("Okänt kommando / unknown command: " + args.get(0));
				CliApplication.printUsage(err);
				yield CliApplication.USAGE;
			}
			};
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return CliApplication.USAGE;
		} catch (se.isu.security.AccessDeniedException e) {
			err.println("Nekad / denied: " + e.getMessage());
			return CliApplication.FAILED;
		} catch (se.isu.security.AccountException e) {
			err.println(e.field() + ": " + e.getMessage());
			return CliApplication.FAILED;
		} catch (se.isu.reports.TemplateRejectedException e) {
			err.println(e.getMessage());
			return CliApplication.FAILED;
		} catch (ValidationException e) {
			e.violations().forEach(v -> err.println(v.field() + ": " + v.message()));
			return CliApplication.FAILED;
		} catch (RuntimeException | IOException e) {
			err.println("Misslyckades / failed: " + e.getMessage());
			return CliApplication.FAILED;
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
