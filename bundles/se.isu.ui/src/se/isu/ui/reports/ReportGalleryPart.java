package se.isu.ui.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.isu.core.CaseService;
import se.isu.core.WholeFile;
import se.isu.instrument.api.report.ReportParameters;
import se.isu.model.Unit;
import se.isu.reports.ReportFormat;
import se.isu.reports.ReportService;
import se.isu.reports.ReportService.ReportTemplate;
import se.isu.reports.TemplateRejectedException;
import se.isu.security.AccessDeniedException;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.ui.Fields;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.ProgressLine;
import se.isu.ui.jobs.UiJobs;

/**
 * Rapporter: the gallery of group reports the installed plugins ship. A report is rendered for a period and a unit
 * as PDF, HTML or Excel in a background job with progress; methods staff import their own version of a template,
 * go back to the shipped one, and export a template with sample data for BIRT Designer (import and export run
 * BIRT too, so they are jobs as well).
 */
public class ReportGalleryPart {

	public static final String DESCRIPTOR_ID = "se.isu.ui.partdescriptor.reports";

	@Inject
	ReportService reports;

	@Inject
	CaseService cases;

	@Inject
	Session session;

	@Inject
	UiJobs jobs;

	/* Where a report is saved: the file dialog, or a test's answer. */
	SaveLocation saveLocation = SaveLocation.dialog();

	private ProgressLine progress;
	private Table gallery;
	private Combo format;
	private Combo unit;
	private Text from;
	private Text to;
	private Label status;
	private List<ReportTemplate> templates = List.of();
	private Job loading;
	private List<Unit> units = List.of();

	public ReportGalleryPart() {
		// for dependency injection
	}

	/** For rendering outside a workbench (tests). */
	public ReportGalleryPart(ReportService reports, CaseService cases, Session session) {
		this.reports = reports;
		this.cases = cases;
		this.session = session;
	}

	/** For rendering outside a workbench (tests) with the jobs helper and file answers the test chooses. */
	public ReportGalleryPart(ReportService reports, CaseService cases, Session session, UiJobs jobs,
			SaveLocation saveLocation) {
		this(reports, cases, session);
		this.jobs = jobs;
		this.saveLocation = saveLocation;
	}

	@PostConstruct
	public void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		if (jobs == null) {
			jobs = UiJobs.on(parent.getDisplay());
		}
		gallery = WidgetIds.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), WidgetIds.REPORTS_GALLERY);
		gallery.setHeaderVisible(true);
		gallery.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(gallery);
		for (String header : List.of(Messages.reports_title, Messages.reports_description, Messages.reports_version)) {
			new TableColumn(gallery, SWT.LEFT).setText(header);
		}

		// The options wrap onto more lines when the part is narrow, so the button is never cut off.
		Composite options = new Composite(parent, SWT.NONE);
		RowLayout flow = new RowLayout(SWT.HORIZONTAL);
		flow.wrap = true;
		flow.center = true;
		flow.spacing = 10;
		options.setLayout(flow);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(options);
		from = WidgetIds.tag(new Text(Fields.labelled(options, Messages.compile_from), SWT.BORDER), WidgetIds.REPORTS_FROM);
		from.setMessage(Messages.compile_dateHint);
		GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(from);
		to = WidgetIds.tag(new Text(Fields.labelled(options, Messages.compile_to), SWT.BORDER), WidgetIds.REPORTS_TO);
		to.setMessage(Messages.compile_dateHint);
		GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(to);
		unit = WidgetIds.tag(new Combo(Fields.labelled(options, Messages.compile_unit), SWT.READ_ONLY), WidgetIds.REPORTS_UNIT);
		unit.add(Messages.caseList_allUnits);
		unit.select(0);
		format = WidgetIds.tag(new Combo(Fields.labelled(options, Messages.reports_format), SWT.READ_ONLY), WidgetIds.REPORTS_FORMAT);
		for (ReportFormat f : ReportFormat.values()) {
			format.add(f.name());
		}
		format.select(0);
		Button render = WidgetIds.tag(new Button(options, SWT.PUSH), WidgetIds.REPORTS_RENDER);
		render.setText(Messages.reports_render);
		render.addListener(SWT.Selection, e -> askAndRender());

		Composite templateActions = new Composite(parent, SWT.NONE);
		RowLayout actionFlow = new RowLayout(SWT.HORIZONTAL);
		actionFlow.wrap = true;
		templateActions.setLayout(actionFlow);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(templateActions);
		button(templateActions, Messages.reports_import, WidgetIds.REPORTS_IMPORT, this::askAndImport);
		button(templateActions, Messages.reports_reset, WidgetIds.REPORTS_RESET, this::resetSelected);
		button(templateActions, Messages.reports_export, WidgetIds.REPORTS_EXPORT, this::askAndExport);
		templateActions.setVisible(session.may(Permission.TEMPLATES_MANAGE));

		progress = new ProgressLine(parent);
		status = WidgetIds.tag(new Label(parent, SWT.WRAP), WidgetIds.REPORTS_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);
		// Units and templates come from the database: read in a job, shown when they arrive.
		record Lookups(List<Unit> units, List<ReportTemplate> templates) {
		}
		loading = jobs.run(Messages.reports_loading, gallery, monitor -> new Lookups(cases.units(), reports.templates()),
				found -> {
					units = found.units();
					units.forEach(u -> unit.add(u.getName()));
					show(found.templates());
				}, e -> say(UiJobs.message(e), true));
	}

	private void button(Composite parent, String label, String id, Runnable action) {
		Button button = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Reads the templates again in a job and shows them. */
	public Job refresh() {
		return jobs.run(Messages.reports_loading, gallery, monitor -> reports.templates(), this::show,
				e -> say(UiJobs.message(e), true));
	}

	/** The job that reads units and templates when the part opens (tests wait for it). */
	public Job loading() {
		return loading;
	}

	private void show(List<ReportTemplate> found) {
		int selected = Math.max(0, gallery.getSelectionIndex());
		templates = found;
		gallery.removeAll();
		for (ReportTemplate template : templates) {
			new TableItem(gallery, SWT.NONE).setText(new String[] { template.title(), template.description(),
					template.overridden() ? Messages.reports_own : Messages.reports_shipped });
		}
		for (TableColumn column : gallery.getColumns()) {
			column.pack();
		}
		if (!templates.isEmpty()) {
			gallery.select(Math.min(selected, templates.size() - 1));
		}
	}

	/** Selects the template with this id in the gallery. */
	public void select(String templateId) {
		for (int i = 0; i < templates.size(); i++) {
			if (templates.get(i).id().equals(templateId)) {
				gallery.select(i);
			}
		}
	}

	private ReportTemplate selected() {
		int index = gallery.getSelectionIndex();
		if (index < 0) {
			throw new IllegalArgumentException(Messages.reports_chooseTemplate);
		}
		return templates.get(index);
	}

	private ReportParameters parameters() {
		return new ReportParameters(Fields.date(from, Messages.compile_from), Fields.date(to, Messages.compile_to),
				unit.getSelectionIndex() > 0 ? units.get(unit.getSelectionIndex() - 1).getCode() : null);
	}

	/**
	 * Renders the selected report into {@code file} in a background job with progress; the file appears only when
	 * the report is complete.
	 */
	public Job render(Path file) {
		return render(file, selected(), parameters());
	}

	private Job render(Path file, ReportTemplate template, ReportParameters parameters) {
		ReportFormat chosen = ReportFormat.values()[format.getSelectionIndex()];
		say(NLS.bind(Messages.reports_rendering, template.title()), false);
		return jobs.run(NLS.bind(Messages.reports_jobName, template.title()), gallery, progress,
				monitor -> renderInto(file, template, chosen, parameters, monitor),
				done -> say(NLS.bind(Messages.reports_done, file), false),
				e -> {
					boolean cancelled = e instanceof OperationCanceledException;
					say(cancelled ? Messages.reports_cancelled : UiJobs.message(e), !cancelled);
				});
	}

	/** Runs off the UI thread: the report goes to a partial file, moved into place when complete. */
	private Path renderInto(Path file, ReportTemplate template, ReportFormat chosen, ReportParameters parameters,
			IProgressMonitor monitor) throws IOException {
		return WholeFile.write(file, out -> reports.render(template.id(), chosen, parameters, out, monitor));
	}

	/** Checks the choices (a period typed wrong is said before any file is asked for), then asks for the file. */
	private void askAndRender() {
		try {
			ReportTemplate template = selected();
			ReportParameters parameters = parameters();
			ReportFormat chosen = ReportFormat.values()[format.getSelectionIndex()];
			String file = saveLocation.ask(gallery.getShell(), chosen.fileExtension(),
					defaultFileName(template, chosen, LocalDate.now()));
			if (file != null) {
				render(Path.of(file), template, parameters);
			}
		} catch (IllegalArgumentException e) {
			say(e.getMessage(), true);
		}
	}

	/** {@code rapport-<id>-<date>.<format>}, in the person's language. */
	static String defaultFileName(ReportTemplate template, ReportFormat format, LocalDate today) {
		return NLS.bind(Messages.reports_fileName, template.id(), today) + "." + format.fileExtension();
	}

	/**
	 * Imports {@code design} as the unit's version of the selected template in a background job (BIRT opens and runs
	 * it); a refusal is shown, not thrown.
	 */
	public Job importDesign(Path design) {
		ReportTemplate template;
		try {
			template = selected();
		} catch (IllegalArgumentException e) {
			say(e.getMessage(), true);
			return null;
		}
		return jobs.run(NLS.bind(Messages.reports_importing, template.title()), gallery, progress, monitor -> {
			reports.importTemplate(template.id(), design);
			return reports.templates();
		}, found -> {
			say(NLS.bind(Messages.reports_imported, template.title()), false);
			show(found);
		}, e -> {
			say(e instanceof TemplateRejectedException || e instanceof AccessDeniedException
					|| e instanceof IllegalArgumentException ? e.getMessage() : UiJobs.message(e), true);
			refresh();
		});
	}

	private void askAndImport() {
		FileDialog dialog = new FileDialog(gallery.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.rptdesign" });
		String file = dialog.open();
		if (file != null) {
			importDesign(Path.of(file));
		}
	}

	/** Puts the shipped version of the selected template back, in a job; the gallery then shows it. */
	public Job resetSelected() {
		ReportTemplate template;
		try {
			template = selected();
		} catch (IllegalArgumentException e) {
			say(e.getMessage(), true);
			return null;
		}
		return jobs.run(NLS.bind(Messages.reports_resetting, template.title()), gallery, progress, monitor -> {
			reports.resetTemplate(template.id());
			return reports.templates();
		}, found -> {
			say(NLS.bind(Messages.reports_resetDone, template.title()), false);
			show(found);
		}, e -> say(UiJobs.message(e), true));
	}

	/** Exports the selected template and its sample data into {@code folder} in a background job. */
	public Job exportTo(Path folder) {
		ReportTemplate template;
		ReportParameters parameters;
		try {
			template = selected();
			parameters = parameters();
		} catch (IllegalArgumentException e) {
			say(e.getMessage(), true);
			return null;
		}
		return jobs.run(NLS.bind(Messages.reports_exporting, template.title()), gallery, progress,
				monitor -> reports.exportTemplate(template.id(), folder, parameters),
				files -> say(NLS.bind(Messages.reports_exported, files.size(), folder), false),
				e -> say(UiJobs.message(e), true));
	}

	private void askAndExport() {
		String folder = new DirectoryDialog(gallery.getShell()).open();
		if (folder != null) {
			exportTo(Path.of(folder));
		}
	}

	private void say(String message, boolean error) {
		if (status.isDisposed()) {
			return;
		}
		message = message == null ? "" : message;
		status.setForeground(status.getDisplay().getSystemColor(error ? SWT.COLOR_DARK_RED : SWT.COLOR_WIDGET_FOREGROUND));
		status.setText(message);
		status.getParent().layout(true, true);
	}

	/** The message line under the gallery, for tests. */
	public String status() {
		return status.getText();
	}
}
