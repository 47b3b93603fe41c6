package se.isu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.isu.core.protection.BackupService;
import se.isu.core.protection.PseudonymisedExport;
import se.isu.core.protection.RetentionService;
import se.isu.core.protection.RetentionService.Preview;
import se.isu.core.instrument.UnitInstruments;
import se.isu.security.AccessLog;
import se.isu.security.AccessLog.ChainCheck;
import se.isu.security.AccountService;
import se.isu.security.NewAccount;
import se.isu.security.Role;
import se.isu.security.User;
import se.isu.store.AccessLogRepository.Activity;
import se.isu.store.IsuHome;

/** The data-protection commands: users, log, retention, backup/restore, pseudonymised export. */
final class ProtectionCommands {

	/** A user whose entries exceed this many times the median of all users in the period is flagged for review. */
	private static final int UNUSUAL_FACTOR = 3;

	private final Services services;
	private final PrintStream out;
	private final Map<String, String> env;

	ProtectionCommands(Services services, PrintStream out, Map<String, String> env) {
		this.services = services;
		this.out = out;
		this.env = env;
	}

	int users(Flags flags) {
		AccountService accounts = services.get(AccountService.class);
		switch (sub(flags, "list|add|passwd|unlock|require-code|deactivate")) {
		case "list" -> accounts.accounts().forEach(u -> out.println(u.userName() + "\t" + u.displayName() + "\t" + u.role()
				+ "\t" + String.join(",", u.units()) + (u.totpRequired() ? "\tengångskod" : "")));
		case "add" -> {
			Role role = flags.optionalEnum("role", Role.class);
			if (role == null) {
				throw new IllegalArgumentException("--role krävs: " + Arrays.toString(Role.values()) + " / --role is required");
			}
			String units = flags.optional("units");
			User created = accounts.createAccount(new NewAccount(flags.required("user"), flags.required("name"), role,
					units == null ? Set.of() : Set.of(units.split(",")), newPassword()));
			out.println("Konto skapat / account created: " + created.userName() + " (" + created.role().label() + ")");
		}
		case "passwd" -> {
			accounts.changePassword(flags.required("user"), newPassword());
			out.println("Lösenordet är bytt / password changed");
		}
		case "unlock" -> {
			accounts.unlock(flags.required("user"));
			out.println("Upplåst / unlocked");
		}
		case "deactivate" -> {
			accounts.setActive(flags.required("user"), false);
			out.println("Inaktiverat / deactivated");
		}
		case "require-code" -> {
			String user = flags.required("user");
			String secret = accounts.requireSecondFactor(user);
			out.println("Engångskod krävs nu för " + user + ". Lägg in hemligheten i autentiseringsappen (visas en gång):");
			out.println(secret);
			out.println("otpauth://totp/ISU%20Workbench:" + user + "?secret=" + secret + "&issuer=ISU%20Workbench");
		}
		default -> throw new IllegalStateException();
		}
		return CliApplication.OK;
	}

	/** {@code units list | add --code KOD --name NAMN}: the units accounts and cases may name. */
	int units(Flags flags) {
		AccountService accounts = services.get(AccountService.class);
		switch (sub(flags, "list|add|instruments|use|offer-all")) {
		case "list" -> accounts.units().forEach((code, name) -> out.println(code + "\t" + name));
		case "add" -> {
			accounts.addUnit(flags.required("code"), flags.required("name"));
			out.println("Verksamheten finns / unit exists: " + flags.required("code"));
		}
		// decision 87: which installed instruments a unit is offered
		case "instruments" -> {
			UnitInstruments chosen = services.get(UnitInstruments.class);
			String unit = flags.required("code");
			out.println(chosen.hasChosen(unit) ? "Enheten har valt / the unit has chosen:"
					: "Enheten har inte valt: alla installerade erbjuds / not chosen: every installed instrument is offered:");
			chosen.choices(unit).forEach(c -> out.println((c.used() ? "används/used" : "-") + "\t" + c.instrumentId() + "\t"
					+ c.version() + "\t" + c.name()));
		}
		case "use" -> {
			String unit = flags.required("code");
			java.util.Set<String> ids = new java.util.TreeSet<>();
			for (String id : flags.required("instruments").split(",")) {
				if (!id.isBlank()) {
					ids.add(id.strip());
				}
			}
			services.get(UnitInstruments.class).choose(unit, ids);
			out.println("Enheten " + unit + " använder / the unit uses: " + String.join(", ", ids));
		}
		case "offer-all" -> {
			services.get(UnitInstruments.class).offerAll(flags.required("code"));
			out.println("Enheten " + flags.required("code") + " erbjuds alla installerade instrument / is offered every installed instrument");
		}
		default -> throw new IllegalStateException();
		}
		return CliApplication.OK;
	}

	int log(Flags flags) {
		AccessLog log = services.get(AccessLog.class);
		switch (sub(flags, "check|review")) {
		case "check" -> {
			ChainCheck check = log.verify();
			out.println((check.intact() ? "Loggen är hel" : "LOGGEN ÄR BRUTEN vid post " + check.firstBrokenSeq() + ": "
					+ check.problem()) + " (" + check.entries() + " poster)");
			out.println("Sista hash / head hash: " + check.headHash());
			return check.intact() ? CliApplication.OK : CliApplication.FAILED;
		}
		case "review" -> {
			LocalDate from = date(flags, "from", LocalDate.now().withDayOfMonth(1));
			LocalDate to = date(flags, "to", LocalDate.now());
			List<Activity> activity = log.activity(from.atStartOfDay(), to.plusDays(1).atStartOfDay());
			Map<String, Long> perUser = activity.stream()
					.collect(Collectors.groupingBy(Activity::userName, java.util.TreeMap::new, Collectors.summingLong(Activity::entries)));
			long median = median(perUser.values().stream().sorted().toList());
			out.println("Logggranskning " + from + " – " + to + " (flaggas: mer än " + UNUSUAL_FACTOR + " × medianen " + median + ")");
			out.println("användare\thändelse\tposter\tärenden\tflagga");
			for (Activity a : activity) {
				boolean unusual = perUser.get(a.userName()) > UNUSUAL_FACTOR * Math.max(1, median);
				out.println(a.userName() + "\t" + a.action() + "\t" + a.entries() + "\t" + a.distinctCases() + "\t"
						+ (unusual ? "OVANLIGT MÅNGA" : ""));
			}
		}
		default -> throw new IllegalStateException();
		}
		return CliApplication.OK;
	}

	private static long median(List<Long> sorted) {
		return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
	}

	int retention(Flags flags) {
		RetentionService retention = services.get(RetentionService.class);
		LocalDate today = date(flags, "date", LocalDate.now());
		switch (sub(flags, "preview|run|hold|release")) {
		case "preview" -> {
			Preview preview = retention.preview(today);
			out.println("Regel / rule: " + preview.rule().describe());
			out.println("Gräns / cutoff: sista anteckning senast " + preview.cutoff());
			preview.rows().forEach(r -> out.println(r.verdict() + "\t" + r.caseNumber() + "\t" + r.unitCode() + "\tavslut "
					+ r.closureDate() + "\tsista " + r.lastEntry() + (r.reason() == null ? "" : "\t" + r.reason())));
			out.println(preview.toCull() + " ärenden gallras vid körning. Kör: ./isu retention run --confirm "
					+ preview.toCull() + (flags.optional("date") == null ? "" : " --date " + today));
		}
		case "run" -> {
			int confirmed = flags.integer("confirm", -1);
			if (confirmed < 0) {
				throw new IllegalArgumentException("--confirm N krävs: antalet ärenden som förhandsvisningen visade"
						+ " / --confirm N is required (the count the preview showed)");
			}
			out.println(retention.run(today, confirmed) + " ärenden gallrade / cases culled");
		}
		case "hold" -> {
			retention.hold(flags.required("case"), flags.required("reason"));
			out.println("Sparas / held");
		}
		case "release" -> {
			retention.releaseHold(flags.required("case"));
			out.println("Släppt / released");
		}
		default -> throw new IllegalStateException();
		}
		return CliApplication.OK;
	}

	int backup(Flags flags) {
		Path folder = Path.of(positional(flags, "backup DIR"));
		out.println("Säkerhetskopia / backup: " + services.get(BackupService.class).backup(folder));
		return CliApplication.OK;
	}

	int restore(Flags flags) {
		Path folder = Path.of(positional(flags, "restore DIR"));
		services.get(BackupService.class).restore(folder);
		out.println("Återställd från / restored from " + folder.toAbsolutePath());
		return CliApplication.OK;
	}

	int export(Flags flags) throws IOException {
		Path target = OutputFiles.target(flags.required("out"));
		String key = flags.optional("key");
		Path keyFile = key == null ? IsuHome.resolve().resolve("secrets").resolve("pseudonym.key") : Path.of(key);
		PseudonymisedExport export = services.get(PseudonymisedExport.class);
		String group = flags.optional("group");
		String instrument = flags.optional("instrument");
		if ((group == null) != (instrument == null)) {
			throw new IllegalArgumentException("--instrument och --group hör ihop / --instrument and --group go together");
		}
		String layoutText = flags.optional("layout");
		PseudonymisedExport.Layout layout = layoutText == null || layoutText.equalsIgnoreCase("long") ? PseudonymisedExport.Layout.LONG
				: layoutText.equalsIgnoreCase("wide") ? PseudonymisedExport.Layout.WIDE : null;
		if (layout == null) {
			throw new IllegalArgumentException("--layout är long eller wide / --layout is long or wide: " + layoutText);
		}
		int[] count = new int[1];
		se.isu.core.WholeFile.write(target, stream -> {
			Writer writer = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
			count[0] = group == null ? export.export(keyFile, writer) : export.exportGroup(keyFile, instrument, group, layout, writer);
			writer.flush();
		});
		out.println(count[0] + (group == null ? " ärenden pseudonymiserade till / cases written to "
				: " bedömningar (" + instrument + " " + group + ", " + layout.name().toLowerCase(java.util.Locale.ROOT)
						+ ") pseudonymiserade till / assessments written to ")
				+ target + " (nyckel / key " + keyFile + ")");
		return CliApplication.OK;
	}

	/** A new password from ISU_NEW_PASSWORD or, at a terminal, typed twice without echo. */
	private String newPassword() {
		String given = env.get("ISU_NEW_PASSWORD");
		if (given != null && !given.isEmpty()) {
			return given;
		}
		java.io.Console console = System.console();
		if (console == null) {
			throw new IllegalArgumentException("Ange lösenordet i ISU_NEW_PASSWORD eller kör i en terminal."
					+ " / Give the password in ISU_NEW_PASSWORD or run at a terminal.");
		}
		String first = new String(console.readPassword("Nytt lösenord / new password: "));
		String second = new String(console.readPassword("Upprepa / repeat: "));
		if (!first.equals(second)) {
			throw new IllegalArgumentException("Lösenorden är inte lika. / The passwords differ.");
		}
		return first;
	}

	private static String sub(Flags flags, String allowed) {
		String sub = flags.optional("");
		if (sub == null || !Arrays.asList(allowed.split("\\|")).contains(sub)) {
			throw new IllegalArgumentException("Välj / choose one of: " + allowed.replace("|", ", "));
		}
		return sub;
	}

	private static String positional(Flags flags, String usage) {
		String value = flags.optional("");
		if (value == null) {
			throw new IllegalArgumentException("användning / usage: ./isu " + usage);
		}
		return value;
	}

	private static LocalDate date(Flags flags, String name, LocalDate fallback) {
		String value = flags.optional(name);
		try {
			return value == null ? fallback : LocalDate.parse(value);
		} catch (java.time.format.DateTimeParseException e) {
			throw new IllegalArgumentException("--" + name + " ska vara ett datum ÅÅÅÅ-MM-DD / must be a date, was '" + value + "'");
		}
	}

}
