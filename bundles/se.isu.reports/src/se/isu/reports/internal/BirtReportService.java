package se.isu.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.logging.Level;

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
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import se.isu.core.CaseService;
import se.isu.core.instrument.AssessmentReportContribution;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.Form;
import se.isu.model.instrument.Assessment;
import se.isu.reports.ReportException;
import se.isu.reports.ReportFormat;
import se.isu.reports.ReportService;

/**
 * BIRT report engine as a service. The engine starts on the first render (it takes seconds), not at
 * application start, and is shut down with the component.
 */
@Component(service = ReportService.class)
public class BirtReportService implements ReportService {

	/** Key under which a template's scripted data set finds its rows (a List of Maps) in the app context. */
	public static final String ROWS = "isu.rows";

	@Reference
	CaseService cases;

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

	private IReportEngine engine;

	private record Builtin(ReportTemplate template, String resource, Supplier<List<Map<String, Object>>> rows) {
	}

	/** The templates this bundle ships, by id; built once. */
	private final Map<String, Builtin> builtins = Map.of("caseload", new Builtin(
			new ReportTemplate("caseload", "Ärendeöversikt"), "templates/caseload.rptdesign", this::caseloadRows));

	private Map<String, Builtin> builtins() {
		return builtins;
	}

	@Override
	public List<ReportTemplate> templates() {
		return builtins().values().stream().map(Builtin::template).toList();
	}

	@Override
	public void render(String templateId, ReportFormat format, OutputStream out) {
		Builtin builtin = builtins().get(templateId);
		if (builtin == null) {
			throw new IllegalArgumentException("Unknown report template '" + templateId + "'; known: " + builtins().keySet());
		}
		try (InputStream design = BirtReportService.class.getClassLoader().getResourceAsStream(builtin.resource())) {
			if (design == null) {
				throw new ReportException("Template resource " + builtin.resource() + " is missing", null);
			}
			run(templateId, design, builtin.rows().get(), format, out);
		} catch (IOException e) {
			throw new ReportException("Rendering template '" + templateId + "' as " + format + " failed: " + e.getMessage(), e);
		}
	}

	@Override
	public List<ReportTemplate> assessmentReports(String instrumentId) {
		return assessmentReports.stream().filter(r -> r.appliesTo(instrumentId))
				.map(r -> new ReportTemplate(r.templateId(), r.title())).toList();
	}

	@Override
	public void renderAssessment(String templateId, long assessmentId, ReportFormat format, OutputStream out) {
		AssessmentReportContribution report = assessmentReports.stream().filter(r -> r.templateId().equals(templateId))
				.findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown assessment report '" + templateId + "'"));
		Assessment assessment = assessments.find(assessmentId)
				.orElseThrow(() -> new IllegalArgumentException("No assessment " + assessmentId));
		if (!report.appliesTo(assessment.getInstrumentId())) {
			throw new IllegalArgumentException("Report '" + templateId + "' is not about " + assessment.getInstrumentId());
		}
		Form form = assessments.formFor(assessment).orElseThrow(() -> new IllegalArgumentException(
				"Instrument " + assessment.getInstrumentId() + " is not installed"));
		List<Map<String, Object>> rows = report.rows(form, assessment, assessments.baseline(assessment));
		try (InputStream design = report.openDesign()) {
			run(templateId, design, rows, format, out);
			// A client's data left the database as a document: that is a print in the access log.
			log.record(session.require(se.isu.security.Permission.CASE_READ),
					se.isu.security.AccessAction.CASE_PRINT, caseRepository.findKey(assessment.getCaseId())
							.map(se.isu.store.CaseRepository.CaseKey::caseNumber).orElse(null),
					templateId + " " + format + " #" + assessmentId);
		} catch (IOException e) {
			throw new ReportException("Rendering template '" + templateId + "' as " + format + " failed: " + e.getMessage(), e);
		}
	}

	private void run(String templateId, InputStream design, List<Map<String, Object>> rows, ReportFormat format,
			OutputStream out) {
		try {
			IReportRunnable runnable = engine().openReportDesign(templateId, design);
			IRunAndRenderTask task = engine().createRunAndRenderTask(runnable);
			try {
				Map<String, Object> appContext = new HashMap<>();
				// BIRT's Rhino resolved get() on a LinkedHashMap / ArrayList row set as "not found" under JDK 21+
				// (AsiAssessmentLifecycleTest); plain HashMaps in an immutable list work, so every row set is copied so.
				appContext.put(ROWS, rows.stream().map(row -> (Map<String, Object>) new HashMap<>(row)).toList());
				task.setAppContext(appContext);
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

	private List<Map<String, Object>> caseloadRows() {
		return cases.caseload().stream().map(row -> {
			Map<String, Object> map = new HashMap<>();
			map.put("unit", row.unitName());
			map.put("status", row.status().getName());
			map.put("count", Long.valueOf(row.count()));
			return map;
		}).toList();
	}

	private synchronized IReportEngine engine() throws BirtException {
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
		}
		return engine;
	}

	@Deactivate
	synchronized void deactivate() {
		if (engine != null) {
			engine.destroy();
			engine = null;
		}
	}
}
