package se.isu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompilationText;
import se.isu.core.compile.SmallCellRule;
import se.isu.instrument.api.report.ReportParameters;
import se.isu.model.query.CompilationQuery;
import se.isu.reports.ReportFormat;
import se.isu.reports.ReportService;
import se.isu.reports.ReportService.ReportTemplate;

/** Group compilations, reports and their templates from the command line; figures are suppressed as on screen. */
final class CompilationCommands {

	private final Services services;
	private final PrintStream out;

	CompilationCommands(Services services, PrintStream out) {
		this.services = services;
		this.out = out;
	}

	/**
	 * {@code compile --rows unit,sex --columns agegroup [--measure count|share|mean|median] [--subject cases|…]
	 * [--value duration:actualisation-decision] [--filter "unit=VUX|UNG;variable:skl.ursprung=1"] [--from D] [--to D]
	 * [--period closure] [--save NAME]}, or {@code compile --saved NAME}: prints the table as CSV.
	 */
	int compile(Flags flags) {
		CompilationService compilations = services.get(CompilationService.class);
		CompilationQuery query;
		if (flags.optional("saved") != null) {
			String name = flags.required("saved");
			query = compilations.saved(name).orElseThrow(() -> new IllegalArgumentException(
					"--saved: ingen sparad sammanställning heter / no saved compilation is called '" + name + "'"))
					.query();
		} else {
			List<String> words = new ArrayList<>();
			for (String key : List.of("measure", "subject", "value", "rows", "columns", "from", "to", "period")) {
				if (flags.optional(key) != null) {
					words.add(key + "=" + flags.optional(key).strip());
				}
			}
			if (flags.optional("filter") != null) {
				for (String filter : flags.optional("filter").split(";")) {
					if (!filter.isBlank()) {
						words.add("filter=" + filter.strip());
					}
				}
			}
			query = CompilationText.parse(String.join(" ", words));
		}
		out.print(compilations.compile(query).toCsv());
		if (flags.optional("save") != null) {
			compilations.save(flags.required("save"), query);
		}
		return CliApplication.OK;
	}

	/** {@code report --template ID --format pdf|html|xlsx --out FILE [--from D] [--to D] [--unit U]} */
	int report(Flags flags) throws IOException {
		String template = flags.required("template");
		ReportFormat format = ReportFormat.parse(flags.required("format"));
		ReportParameters parameters = new ReportParameters(date(flags, "from"), date(flags, "to"), flags.optional("unit"));
		Path target = OutputFiles.target(flags.required("out"));
		ReportService reports = services.get(ReportService.class);
		se.isu.core.WholeFile.write(target, stream -> reports.render(template, format, parameters, stream, null));
		out.println(target);
		return CliApplication.OK;
	}

	/** {@code templates list | export --template ID --dir DIR | import --template ID --file F | reset --template ID} */
	int templates(Flags flags) {
		ReportService reports = services.get(ReportService.class);
		String action = flags.optional("") == null ? "list" : flags.optional("");
		switch (action) {
		case "list" -> {
			for (ReportTemplate template : reports.templates()) {
				out.println(template.id() + "\t" + template.title() + (template.overridden() ? "\t(egen version / unit's own)" : ""));
			}
		}
		case "export" -> reports.exportTemplate(flags.required("template"), Path.of(flags.required("dir")),
				new ReportParameters(date(flags, "from"), date(flags, "to"), flags.optional("unit"))).forEach(out::println);
		case "import" -> {
			reports.importTemplate(flags.required("template"), Path.of(flags.required("file")));
			out.println("Mallen " + flags.required("template") + " är installerad / installed");
		}
		case "reset" -> {
			reports.resetTemplate(flags.required("template"));
			out.println("Mallen " + flags.required("template") + " är återställd / reset to the shipped one");
		}
		default -> throw new IllegalArgumentException("templates: använd / use list, export, import eller reset");
		}
		return CliApplication.OK;
	}

	/** {@code suppression} prints the rule; {@code suppression --threshold N --rates M} changes it (administrators). */
	int suppression(Flags flags) {
		CompilationService compilations = services.get(CompilationService.class);
		if (flags.optional("threshold") != null || flags.optional("rates") != null) {
			SmallCellRule current = compilations.rule();
			compilations.changeRule(new SmallCellRule(flags.integer("threshold", current.threshold()),
					flags.integer("rates", current.minimumForRates())));
		}
		SmallCellRule rule = compilations.rule();
		out.println("Antal under " + rule.threshold() + " visas som " + rule.hiddenText() + "; andelar och medelvärden från n = "
				+ rule.minimumForRates() + " / counts below " + rule.threshold() + " are hidden; rates from n = "
				+ rule.minimumForRates());
		return CliApplication.OK;
	}

	private static LocalDate date(Flags flags, String name) {
		String value = flags.optional(name);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("--" + name + " ska vara ett datum ÅÅÅÅ-MM-DD / must be a date, was '" + value + "'");
		}
	}
}
