package se.isu.reports.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import se.isu.core.instrument.ApiViews;
import se.isu.instrument.api.AssessmentReportContribution;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.Form;
import se.isu.model.instrument.Assessment;
import se.isu.instrument.api.report.GroupReport;
import se.isu.instrument.api.report.ReportParameters;
import se.isu.reports.Messages;
import se.isu.reports.ReportException;
import se.isu.reports.ReportFormat;
import se.isu.reports.ReportService;
import se.isu.reports.TemplateRejectedException;
import se.isu.security.AccessAction;
import se.isu.security.Permission;
import se.isu.security.User;
import se.isu.store.IsuHome;

/**
 * BIRT report engine as a service. The engine starts on the first render (it takes seconds), not at
 * application start, and is shut down with the component. Group reports come from every {@link GroupReport} the
 * installed bundles register; a unit's own version of a template lives in {@code <isu home>/templates/<id>.rptdesign}.
 */
@Component(service = ReportService.class)
public class BirtReportService implements ReportService {

	/** Key under which a template's scripted data set finds its rows (a List of Maps) in the app context. */
	public static final String ROWS = "isu.rows";

	private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(BirtReportService.class.getName());

	@Reference
	AssessmentService assessments;

	@Reference
	se.isu.security.Session session;

	@Reference
	se.isu.security.AccessLog log;

	@Reference
	se.isu.store.CaseRepository caseRepository;

	private final List<AssessmentReportContribution> assessmentReports = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addAssessmentReport(AssessmentReportContribution report) {
		assessmentReports.add(report);
	}

	void removeAssessmentReport(AssessmentReportContribution report) {
		assessmentReports.remove(report);
	}

	private final List<GroupReport> groupReports = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addGroupReport(GroupReport report) {
		groupReports.add(report);
	}

	void removeGroupReport(GroupReport report) {
		groupReports.remove(report);
	}

	/** The shipped design of a template: what a unit's version is checked against (its scripts, word for word). */
	private static byte[] shippedDesign(GroupReport report) {
		try (InputStream in = report.openDesign()) {
			if (in == null) {
				throw new ReportException("The template of '" + report.id() + "' is missing from its bundle", null);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new ReportException("Reading the shipped template of '" + report.id() + "' failed: " + e.getMessage(), e);
		}
	}

	/** Largest template file accepted for import. */
	static final int MAX_TEMPLATE_MB = 5;

	private IReportEngine engine;

	/** Where the unit's own templates live; a system property lets tests use a folder of their own. */
	static Path overrideFolder() {
		return IsuHome.resolve().resolve("templates");
	}

	private static Path overrideOf(String templateId) {
		return overrideFolder().resolve(templateId + ".rptdesign");
	}

	private GroupReport report(String templateId) {
		return groupReports.stream().filter(r -> r.id().equals(templateId)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.templateUnknown, templateId,
						new TreeSet<>(groupReports.stream().map(GroupReport::id).toList()))));
	}

	@Override
	public List<ReportTemplate> templates() {
		return groupReports.stream()
				.map(r -> new ReportTemplate(r.id(), r.title(), r.description(), Files.isRegularFile(overrideOf(r.id()))))
				.sorted(Comparator.comparing(ReportTemplate::title)).toList();
	}

	/**
	 * The design in use: the unit's override when there is one, else the shipped template. An override is checked
	 * again on every render, so a file placed in the templates folder by hand is held to the import's rules.
	 */
	private static byte[] design(GroupReport report) throws IOException {
		Path override = overrideOf(report.id());
		if (Files.isRegularFile(override)) {
			byte[] design = Files.readAllBytes(override);
			try {
				TemplateCheck.check(override.getFileName().toString(), design, shippedDesign(report));
			} catch (TemplateRejectedException e) {
				LOG.warning(() -> "Refused to render " + override + ": " + e.getMessage());
				throw new TemplateRejectedException(NLS.bind(Messages.templateOverrideRefused, override, e.getMessage()), e);
			}
			return design;
		}
		return shippedDesign(report);
	}

	@Override
	public void render(String templateId, ReportFormat format, ReportParameters parameters, OutputStream out,
			IProgressMonitor monitor) {
		GroupReport report = report(templateId);
		SubMonitor progress = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor, report.title(), 10);
		progress.subTask(Messages.progressCompiling);
		Map<String, List<Map<String, Object>>> rows = report.rows(parameters);
		progress.worked(4);
		checkCancelled(progress);
		progress.subTask(Messages.progressReading);
		byte[] design;
		try {
			design = design(report);
		} catch (IOException e) {
			throw new ReportException("Reading template '" + templateId + "' failed: " + e.getMessage(), e);
		}
		progress.worked(1);
		checkCancelled(progress);
		progress.subTask(NLS.bind(Messages.progressRendering, format.name()));
		run(templateId, new ByteArrayInputStream(design), appContext(rows), headerParameters(parameters), format, out);
		progress.done();
	}

	/** The period and unit the report is for, as the templates' page header prints them (report parameters). */
	static Map<String, Object> headerParameters(ReportParameters parameters) {
		String from = parameters.from() == null ? null : parameters.from().toString();
		String to = parameters.to() == null ? null : parameters.to().toString();
		String period = from == null && to == null ? Messages.reportPeriodAll
				: to == null ? NLS.bind(Messages.reportPeriodFrom, from)
						: from == null ? NLS.bind(Messages.reportPeriodTo, to) : NLS.bind(Messages.reportPeriodBetween, from, to);
		return Map.of("period", period, "unit", parameters.unitCode() == null ? Messages.reportUnitAll : parameters.unitCode());
	}

	private static void checkCancelled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** Each data set's rows under {@code isu.rows.<name>}, as plain HashMaps in immutable lists (see run). */
	private static Map<String, Object> appContext(Map<String, List<Map<String, Object>>> rows) {
		Map<String, Object> context = new HashMap<>();
		rows.forEach((name, list) -> context.put(ROWS + "." + name,
				list.stream().map(row -> (Map<String, Object>) new HashMap<>(row)).toList()));
		return context;
	}

	@Override
	public void importTemplate(String templateId, Path file) {
		User user = session.require(Permission.TEMPLATES_MANAGE);
		GroupReport report = report(templateId);
		if (file == null || !Files.isRegularFile(file)) {
			throw new TemplateRejectedException(NLS.bind(Messages.templateNotAFile, file), null);
		}
		byte[] design;
		try {
			if (Files.size(file) > MAX_TEMPLATE_MB * 1024L * 1024L) {
				throw new TemplateRejectedException(NLS.bind(Messages.templateTooLarge, file.getFileName(), MAX_TEMPLATE_MB), null);
			}
			design = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new TemplateRejectedException(NLS.bind(Messages.templateNotAFile, file), e);
		}
		// First, before BIRT parses it: only allowed elements, scripts and expressions (on the parsed XML, no DTD).
		try {
			TemplateCheck.check(file.getFileName().toString(), design, shippedDesign(report));
		} catch (TemplateRejectedException e) {
			throw new TemplateRejectedException(e.getMessage() + " " + Messages.templateNotInstalled, e);
		}
		// Then: can BIRT read it as a report design?
		try {
			engine().openReportDesign(templateId, new ByteArrayInputStream(design));
		} catch (BirtException | RuntimeException e) {
			throw new TemplateRejectedException(NLS.bind(Messages.templateUnreadable, file.getFileName(), firstLine(e)), e);
		}
		// Then: does it run with the unit's data without errors (unknown data sets, broken scripts, bad bindings)?
		try {
			run(templateId, new ByteArrayInputStream(design), appContext(report.rows(ReportParameters.all())),
					headerParameters(ReportParameters.all()), ReportFormat.HTML, new ByteArrayOutputStream());
		} catch (ReportException e) {
			throw new TemplateRejectedException(NLS.bind(Messages.templateFailsToRender, file.getFileName(), firstLine(e)), e);
		}
		Path temporary = null;
		try {
			Files.createDirectories(overrideFolder());
			temporary = Files.createTempFile(overrideFolder(), templateId, ".part");
			Files.write(temporary, design);
			Files.move(temporary, overrideOf(templateId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			deleteQuietly(temporary);
			throw new ReportException("Installing template '" + templateId + "' failed: " + e.getMessage(), e);
		}
		log.record(user, AccessAction.TEMPLATE_CHANGE, null, "import " + templateId + " från " + file.getFileName());
	}

	private static void deleteQuietly(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			// a stray .part file in the templates folder is never read as a template
		}
	}

	private static String firstLine(Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		int newline = message.indexOf('\n');
		return (newline < 0 ? message : message.substring(0, newline)).strip();
	}

	@Override
	public void resetTemplate(String templateId) {
		User user = session.require(Permission.TEMPLATES_MANAGE);
		report(templateId);
		try {
			if (Files.deleteIfExists(overrideOf(templateId))) {
				log.record(user, AccessAction.TEMPLATE_CHANGE, null, "återställ " + templateId);
			}
		} catch (IOException e) {
			throw new ReportException("Resetting template '" + templateId + "' failed: " + e.getMessage(), e);
		}
	}

	@Override
	public List<Path> exportTemplate(String templateId, Path directory, ReportParameters parameters) {
		User user = session.require(Permission.TEMPLATES_MANAGE);
		GroupReport report = report(templateId);
		Map<String, List<Map<String, Object>>> rows = report.rows(parameters);
		List<Path> written = new ArrayList<>();
		try {
			Files.createDirectories(directory);
			Path design = directory.resolve(templateId + ".rptdesign");
			Files.write(design, design(report));
			written.add(design);
			for (Map.Entry<String, List<Map<String, Object>>> dataSet : rows.entrySet()) {
				Path csv = directory.resolve(templateId + "-" + dataSet.getKey() + ".csv");
				writeCsv(csv, dataSet.getValue());
				written.add(csv);
			}
		} catch (IOException e) {
			throw new ReportException("Exporting template '" + templateId + "' to " + directory + " failed: " + e.getMessage(), e);
		}
		log.record(user, AccessAction.EXPORT, null, "mall " + templateId + " med exempeldata (sammanställda tal)");
		return written;
	}

	/** Every field quoted, UTF-8, the columns of all rows in a stable order: what the templates' sample reader expects. */
	private static void writeCsv(Path file, List<Map<String, Object>> rows) throws IOException {
		TreeSet<String> columns = new TreeSet<>();
		rows.forEach(row -> columns.addAll(row.keySet()));
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL)
						.setRecordSeparator("\n").get())) {
			csv.printRecord(columns);
			for (Map<String, Object> row : rows) {
				List<Object> values = new ArrayList<>();
				// charts (PNG bytes) as Base64, which the templates' sample reader decodes again
				columns.forEach(column -> values.add(row.get(column) == null ? ""
						: row.get(column) instanceof byte[] bytes ? java.util.Base64.getEncoder().encodeToString(bytes)
								: row.get(column)));
				csv.printRecord(values);
			}
		}
	}

	@Override
	public List<ReportTemplate> assessmentReports(String instrumentId) {
		return assessmentReports.stream().filter(r -> r.appliesTo(instrumentId))
				.map(r -> new ReportTemplate(r.templateId(), r.title(), "", false)).toList();
	}

	@Override
	public void renderAssessment(String templateId, long assessmentId, ReportFormat format, OutputStream out,
			IProgressMonitor monitor) {
		AssessmentReportContribution report = assessmentReports.stream().filter(r -> r.templateId().equals(templateId))
				.findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown assessment report '" + templateId + "'"));
		Assessment assessment = assessments.find(assessmentId)
				.orElseThrow(() -> new IllegalArgumentException("No assessment " + assessmentId));
		if (!report.appliesTo(assessment.getInstrumentId())) {
			throw new IllegalArgumentException("Report '" + templateId + "' is not about " + assessment.getInstrumentId());
		}
		Form form = assessments.formFor(assessment).orElseThrow(() -> new IllegalArgumentException(
				"Instrument " + assessment.getInstrumentId() + " is not installed"));
		SubMonitor progress = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor, report.title(), 10);
		progress.subTask(Messages.progressCompiling);
		// the baseline's answers are read on its own form (a Grund's, when this is an Uppföljning)
		Optional<se.isu.instrument.api.AssessmentView> baseline = assessments.baseline(assessment)
				.map(b -> ApiViews.assessment(assessments.formFor(b).orElse(form), b));
		List<Map<String, Object>> rows = report.rows(ApiViews.form(form), ApiViews.assessment(form, assessment), baseline);
		progress.worked(3);
		checkCancelled(progress);
		progress.subTask(NLS.bind(Messages.progressRendering, format.name()));
		try (InputStream design = report.openDesign()) {
			// BIRT's Rhino resolved get() on a LinkedHashMap / ArrayList row set as "not found" under JDK 21+
			// (AsiAssessmentLifecycleTest); plain HashMaps in an immutable list work, so every row set is copied so.
			run(templateId, design, Map.of(ROWS, rows.stream().map(row -> (Map<String, Object>) new HashMap<>(row)).toList()),
					Map.of(), format, out);
			// A client's data left the database as a document: that is a print in the access log.
			log.record(session.require(se.isu.security.Permission.CASE_READ),
					se.isu.security.AccessAction.CASE_PRINT, caseRepository.findKey(assessment.getCaseId())
							.map(se.isu.store.CaseRepository.CaseKey::caseNumber).orElse(null),
					templateId + " " + format + " #" + assessmentId);
		} catch (IOException e) {
			throw new ReportException("Rendering template '" + templateId + "' as " + format + " failed: " + e.getMessage(), e);
		}
	}

	/** Package access for the sandbox tests, which run scripts that never passed the template check. */
	void run(String templateId, InputStream design, Map<String, Object> appContext, Map<String, Object> parameters,
			ReportFormat format, OutputStream out) {
		try {
			ScriptSandbox.ensureInstalled();
			IReportRunnable runnable = engine().openReportDesign(templateId, design);
			IRunAndRenderTask task = engine().createRunAndRenderTask(runnable);
			try {
				task.setAppContext(appContext);
				task.setParameterValues(parameters);
				task.setRenderOption(renderOption(format, out));
				task.run();
				if (!task.getErrors().isEmpty()) {
					throw new ReportException("Template '" + templateId + "' rendered with errors: " + task.getErrors(),
							(Throwable) task.getErrors().get(0));
				}
			} finally {
				task.close();
			}
		} catch (BirtException e) {
			throw new ReportException("Rendering template '" + templateId + "' as " + format + " failed: " + e.getMessage(), e);
		}
	}

	private static RenderOption renderOption(ReportFormat format, OutputStream out) {
		RenderOption option = switch (format) {
		case PDF -> new PDFRenderOption();
		case HTML -> {
			HTMLRenderOption html = new HTMLRenderOption();
			html.setEmbeddable(false);
			yield html;
		}
		case XLSX -> new RenderOption();
		};
		option.setOutputFormat(format.emitterFormat());
		option.setOutputStream(out);
		return option;
	}

	/** The engine, started on first use (package access for the template tests that run it as BIRT Designer would). */
	synchronized IReportEngine engine() throws BirtException {
		if (engine == null) {
			EngineConfig config = new EngineConfig();
			config.setLogConfig(null, Level.WARNING);
			// In OSGi the birt.core activator has installed the platform; the factory comes from its extension.
			IReportEngineFactory factory = (IReportEngineFactory) Platform
					.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
			if (factory == null) {
				throw new ReportException("The BIRT report engine factory is not installed", null);
			}
			engine = factory.createReportEngine(config);
			ScriptSandbox.ensureInstalled();
		}
		return engine;
	}

	/** The script sandbox goes on before anything of BIRT's (the chart engine included) can create a script context. */
	@Activate
	void activate() {
		ScriptSandbox.ensureInstalled();
	}

	@Deactivate
	synchronized void deactivate() {
		if (engine != null) {
			engine.destroy();
			engine = null;
		}
	}
}
