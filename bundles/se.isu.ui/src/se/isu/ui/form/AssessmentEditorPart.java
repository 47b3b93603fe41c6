package se.isu.ui.form;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.isu.core.CaseChangedException;
import se.isu.core.WholeFile;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.AssessmentService.ScoreChange;
import se.isu.core.instrument.Form;
import se.isu.instrument.ui.api.ItemRenderer;
import se.isu.model.instrument.Answer;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.Score;
import se.isu.reports.ReportFormat;
import se.isu.reports.ReportService;
import se.isu.ui.Messages;
import se.isu.ui.UiEvents;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.ProgressLine;
import se.isu.ui.jobs.UiJobs;
import se.isu.ui.reports.SaveLocation;
import se.isu.ui.widgets.WheelGuard;
import se.isu.ui.workbench.Drafted;

/**
 * One assessment (an instrument interview) in the editor area, rendered from its definition by
 * {@link FormRenderer}. Save as draft to resume later, or mark it complete, which also checks required items and
 * the instrument's prerequisite. If the instrument plugin was removed, the stored answers and scores are shown
 * read-only instead of a form. While it has unsaved answers, {@link Drafted} lets the workbench keep them as a draft
 * (every field's text, a rule-breaking one included), so a crash loses nothing typed.
 */
public class AssessmentEditorPart implements Drafted {

	public static final String DESCRIPTOR_ID = "se.isu.ui.partdescriptor.assessment";
	/** Persisted state key of the part: which assessment it edits. */
	public static final String ASSESSMENT_ID = "assessmentId";
	/** Persisted state key of the part: the case the assessment belongs to (names the case in the access log). */
	public static final String CASE_NUMBER = "caseNumber";
	/** Its drafts' keys start so, followed by the assessment id (the draft add-on reopens the editor from it). */
	public static final String DRAFT_PREFIX = "assessment:";

	/** Skyddade personuppgifter (decision 89): the reason to read a protected case is given in place of the form. */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	se.isu.core.protection.ProtectedIdentities protectedIdentities;
	/** A draft restored while the editor still waited for the reason to read a protected case. */
	private String pendingDraft;

	@Inject
	AssessmentService assessments;
	@Inject
	MPart part;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	ReportService reports;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	IEventBroker events;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	UiJobs jobs;
	/** Plugins' item renderers (DS services, decision 94); none outside a workbench. */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	@Service
	List<ItemRenderer> itemRenderers;

	/* Where the Återkoppling report is saved: the file dialog, or a test's answer. */
	SaveLocation saveLocation = SaveLocation.dialog();

	private Assessment model;
	private FormRenderer renderer;
	private Label status;
	private Label message;
	private Label scores;
	private Composite top;
	private ProgressLine progress;
	private Button reload;
	/** Every field's text as it was stored (opened or last saved): what "my changes" are measured against. */
	private Map<String, String> storedTexts = Map.of();

	public AssessmentEditorPart() {
		// for dependency injection
	}

	/** For rendering outside a workbench (tests, benchmark). */
	public AssessmentEditorPart(AssessmentService assessments, MPart part) {
		this.assessments = assessments;
		this.part = part;
	}

	/** For rendering outside a workbench (tests) with reports, jobs and the file answers the test chooses. */
	public AssessmentEditorPart(AssessmentService assessments, MPart part, ReportService reports, UiJobs jobs,
			SaveLocation saveLocation) {
		this(assessments, part);
		this.reports = reports;
		this.jobs = jobs;
		this.saveLocation = saveLocation;
	}

	@PostConstruct
	public void create(Composite parent) {
		WheelGuard.install(parent.getDisplay()); // the wheel scrolls the form, never changes an answer
		if (jobs == null) {
			jobs = UiJobs.on(parent.getDisplay());
		}
		long id = Long.parseLong(part.getPersistedState().get(ASSESSMENT_ID));
		try {
			model = assessments.find(id).orElseThrow(() -> new IllegalStateException("No assessment " + id));
		} catch (se.isu.core.protection.ReadReasonRequiredException e) {
			// a protected client (decision 89), e.g. an interview brought back at start-up: ask why, then build
			new se.isu.ui.editor.ReadReasonPanel(parent, e.getMessage(), e.caseNumber(), protectedIdentities, jobs, () -> {
				model = assessments.find(id).orElseThrow(() -> new IllegalStateException("No assessment " + id));
				build(parent);
				if (pendingDraft != null) {
					restoreDraft(pendingDraft);
					pendingDraft = null;
				}
			});
			return;
		}
		build(parent);
	}

	private void build(Composite parent) {
		Optional<Form> form = assessments.formFor(model);
		part.setLabel(model.getInstrumentName() == null ? model.getInstrumentId() : model.getInstrumentName());

		top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 4).applyTo(top);
		Label title = new Label(top, SWT.NONE);
		title.setText(NLS.bind(Messages.assessment_title, new Object[] { name(), model.getInstrumentVersion(),
				model.getAssessedOn() == null ? "" : model.getAssessedOn().toString(), Messages.label(model.getRespondent()) }));
		status = WidgetIds.tag(new Label(top, SWT.NONE), WidgetIds.ASSESSMENT_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		message = WidgetIds.tag(new Label(top, SWT.WRAP), WidgetIds.ASSESSMENT_MESSAGE);
		message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(message);
		line(message, "");
		scores = WidgetIds.tag(new Label(top, SWT.WRAP), WidgetIds.ASSESSMENT_SCORES);
		GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(scores);

		if (form.isEmpty()) {
			line(message, NLS.bind(Messages.assessment_notInstalled, model.getInstrumentId(), model.getInstrumentVersion()));
			rawAnswers();
		} else {
			buttons(form.get());
			progress = new ProgressLine(top);
			render(form.get());
		}
		showState();
	}

	private void render(Form form) {
		renderer = new FormRenderer(top, form, AnswerSheet.of(form, model.getAnswers()), new ItemRenderers(itemRenderers));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(renderer.control());
		renderer.onChange(() -> part.setDirty(renderer.isDirty()));
		storedTexts = renderer.typedTexts();
	}

	private String name() {
		return model.getInstrumentName() == null ? model.getInstrumentId() : model.getInstrumentName();
	}

	private void buttons(Form form) {
		Composite row = new Composite(top, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(row);
		Button draft = WidgetIds.tag(new Button(row, SWT.PUSH), WidgetIds.ASSESSMENT_SAVE_DRAFT);
		draft.setText(Messages.assessment_saveDraft);
		draft.addListener(SWT.Selection, e -> save(false));
		Button complete = WidgetIds.tag(new Button(row, SWT.PUSH), WidgetIds.ASSESSMENT_COMPLETE);
		complete.setText(Messages.assessment_complete);
		complete.addListener(SWT.Selection, e -> save(true));
		// shown only after someone else saved this interview first (a shared database): their version with mine on top
		reload = WidgetIds.tag(new Button(row, SWT.PUSH), WidgetIds.ASSESSMENT_RELOAD);
		reload.setText(Messages.assessment_reload);
		reload.setLayoutData(new GridData());
		reload.addListener(SWT.Selection, e -> reloadKeepingMyChanges());
		showReload(false);
		if (reports != null && !reports.assessmentReports(model.getInstrumentId()).isEmpty()) {
			Button feedback = WidgetIds.tag(new Button(row, SWT.PUSH), WidgetIds.ASSESSMENT_REPORT);
			feedback.setText(Messages.assessment_report);
			feedback.addListener(SWT.Selection, e -> report());
		}
	}

	/** Ctrl+S: keeps the status the assessment has (a completed one is checked as complete again). */
	@Persist
	public void save() {
		save(model.getStatus() == AssessmentStatus.COMPLETE);
	}

	/** @return whether it was stored */
	public boolean save(boolean complete) {
		if (renderer == null) {
			return false;
		}
		if (!renderer.invalidItems().isEmpty()) {
			String first = renderer.invalidItems().keySet().iterator().next();
			line(message, problems(List.copyOf(renderer.invalidItems().values())));
			renderer.focus(first);
			// only the header changed: laying out every rendered item again took minutes with long texts
			top.layout(new Control[] { message });
			return false;
		}
		Assessment toSave = org.eclipse.emf.ecore.util.EcoreUtil.copy(model);
		toSave.getAnswers().clear();
		toSave.getAnswers().addAll(renderer.answers().toAnswers());
		try {
			model = assessments.save(toSave, complete);
			renderer.markSaved();
			storedTexts = renderer.typedTexts();
			part.setDirty(false);
			showReload(false);
			line(message, "");
			showState();
			if (events != null) {
				events.post(UiEvents.ASSESSMENTS_CHANGED, Long.toString(model.getCaseId()));
			}
			return true;
		} catch (ValidationException e) {
			List<Violation> violations = e.violations();
			line(message, problems(violations.stream().map(Violation::message).toList()));
			renderer.focus(violations.get(0).field());
		} catch (CaseChangedException e) {
			// nothing stored; what was typed stays in the form, and the person may take the other version with it
			line(message, e.getMessage() + "\n" + Messages.assessment_changedHint);
			showReload(true);
		}
		top.layout(true, true);
		return false;
	}

	/**
	 * After a refused save: reads the version someone else stored and types this person's changes (every field whose
	 * text differs from what was stored when they opened or last saved it) on top. Where both changed the same field,
	 * this person's text stands and the field is named. Nothing is stored until they save again.
	 */
	public Job reloadKeepingMyChanges() {
		record Stored(Assessment assessment, Optional<Form> form) {
		}
		reload.setEnabled(false);
		long id = model.getId();
		// the other version is read in a job; what this person typed is taken when it arrives, so a key pressed
		// meanwhile is kept too
		return jobs.run(Messages.assessment_reloading, top, work -> {
			Assessment fresh = assessments.find(id).orElseThrow();
			return new Stored(fresh, assessments.formFor(fresh));
		}, stored -> {
			reload.setEnabled(true);
			if (stored.form().isEmpty()) {
				return; // the plugin went away meanwhile: keep the form as it stands, typed text and all
			}
			takeTheirsWithMine(stored.assessment(), stored.form().get());
		}, e -> {
			reload.setEnabled(true);
			say(UiJobs.message(e));
		});
	}

	private void takeTheirsWithMine(Assessment fresh, Form form) {
		Map<String, String> changed = new LinkedHashMap<>();
		renderer.typedTexts().forEach((item, text) -> {
			if (!text.equals(storedTexts.getOrDefault(item, ""))) {
				changed.put(item, text);
			}
		});
		Map<String, String> before = storedTexts;
		model = fresh;
		renderer.control().dispose();
		render(form);
		List<String> both = changed.keySet().stream().filter(item -> {
			String theirs = storedTexts.getOrDefault(item, "");
			return !theirs.equals(before.getOrDefault(item, "")) && !theirs.equals(changed.get(item));
		}).toList();
		renderer.retype(changed);
		part.setDirty(!changed.isEmpty());
		showReload(false);
		line(message, both.isEmpty() ? NLS.bind(Messages.assessment_reloaded, changed.size())
				: NLS.bind(Messages.assessment_reloadedBoth, changed.size(), String.join(", ", both)));
		showState();
		top.layout(true, true);
	}

	private void showReload(boolean visible) {
		reload.setVisible(visible);
		((GridData) reload.getLayoutData()).exclude = !visible;
		reload.getParent().layout(true);
	}

	/**
	 * The first eight problems, each on one line and cut to a readable length: a rule message quotes what was typed,
	 * and GTK takes minutes to wrap a pasted page of one unbroken word.
	 */
	private static String problems(List<String> messages) {
		String shown = messages.stream().limit(8).map(m -> m.length() > 200 ? m.substring(0, 200) + "\u2026" : m)
				.reduce((a, b) -> a + "\n" + b).orElse("");
		return shown + (messages.size() > 8 ? "\n" + NLS.bind(Messages.assessment_moreProblems, messages.size() - 8) : "");
	}

	private void showState() {
		status.setText(model.getStatus() == AssessmentStatus.COMPLETE ? Messages.assessment_statusComplete
				: Messages.assessment_statusInProgress);
		// one line of the scores that have a value; with a baseline, each as before → after
		List<String> parts = new java.util.ArrayList<>();
		Optional<Assessment> baseline = model.getStatus() == AssessmentStatus.COMPLETE ? assessments.baseline(model)
				: Optional.empty();
		if (baseline.isPresent()) {
			for (ScoreChange change : assessments.change(baseline.get(), model)) {
				if (change.before() != null || change.after() != null) {
					parts.add(change.label() + ": " + number(change.before()) + " \u2192 " + number(change.after()));
				}
			}
		} else {
			for (Score score : model.getScores()) {
				if (score.getValue() != null) {
					parts.add((score.getLabel() == null ? score.getScoreId() : score.getLabel()) + ": " + number(score.getValue()));
				}
			}
		}
		String text = String.join("  \u00b7  ", parts);
		line(scores, text);
		// only the header lines changed: re-measuring every form row here doubled the time to open a form
		top.layout(new Control[] { status, scores, message });
	}

	/** Sets a header line; an empty line takes no room. */
	private static void line(Label label, String text) {
		label.setText(text);
		label.setVisible(!text.isEmpty());
		((org.eclipse.swt.layout.GridData) label.getLayoutData()).exclude = text.isEmpty();
	}

	private static String number(Double value) {
		return value == null ? "\u2013" : String.format(Locale.getDefault(), "%.3f", value);
	}

	/** The instrument is gone: what was stored is still readable, never editable. */
	private void rawAnswers() {
		Table table = WidgetIds.tag(new Table(top, SWT.BORDER | SWT.FULL_SELECTION), WidgetIds.ASSESSMENT_RAW);
		table.setHeaderVisible(true);
		for (String header : List.of(Messages.assessment_rawItem, Messages.assessment_rawValue, Messages.assessment_rawMissing)) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(header);
			column.setWidth(160);
		}
		for (Answer answer : model.getAnswers()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { answer.getItemId(), answer.getValue() == null ? "" : answer.getValue(),
					answer.getMissingCode() == null ? "" : answer.getMissingCode() });
		}
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
	}

	/**
	 * Saves unsaved answers (the report shows what is stored), asks for the file, then renders in a background job
	 * with progress and Avbryt; the file appears only when the report is complete.
	 *
	 * @return the rendering job, or null when nothing was rendered
	 */
	Job report() {
		if (renderer.isDirty() && !save(model.getStatus() == AssessmentStatus.COMPLETE)) {
			return null;
		}
		String file = saveLocation.ask(top.getShell(), "pdf", model.getInstrumentId() + "-" + model.getId() + ".pdf");
		if (file == null) {
			return null;
		}
		String templateId = reports.assessmentReports(model.getInstrumentId()).get(0).id();
		long assessmentId = model.getId();
		Path target = Path.of(file);
		line(message, "");
		top.layout(new Control[] { message });
		return jobs.run(NLS.bind(Messages.reports_jobName, Messages.assessment_report), top, progress,
				monitor -> renderInto(target, templateId, assessmentId, monitor),
				done -> say(NLS.bind(Messages.assessment_reportWritten, file)),
				e -> say(e instanceof OperationCanceledException ? Messages.reports_cancelled : UiJobs.message(e)));
	}

	/** Runs off the UI thread: the report goes to a partial file, moved into place when complete. */
	private Path renderInto(Path file, String templateId, long assessmentId, IProgressMonitor monitor) throws IOException {
		return WholeFile.write(file, out -> reports.renderAssessment(templateId, assessmentId, ReportFormat.PDF, out, monitor));
	}

	private void say(String text) {
		line(message, text);
		top.layout(new Control[] { message });
	}

	/** The form as rendered (tests, benchmark); null when the instrument is not installed. */
	public FormRenderer renderer() {
		return renderer;
	}

	public Assessment currentAssessment() {
		return model;
	}

	@Focus
	public void setFocus() {
		if (renderer != null) {
			// the cursor in the item to answer, never in the section list (issue 12: typed text was lost there)
			renderer.restoreFocus();
		} else if (top != null) {
			top.setFocus();
		}
	}

	// --- drafts: DraftKeeper keeps every field's text while the editor is dirty, a restart puts it back ---

	@Override
	public String draftKey() {
		return DRAFT_PREFIX + part.getPersistedState().get(ASSESSMENT_ID);
	}

	@Override
	public String draftCaseNumber() {
		return part.getPersistedState().get(CASE_NUMBER);
	}

	/** Every field's text as properties (item id = text); empty when the instrument is not installed. */
	@Override
	public String draft() {
		java.util.Properties texts = new java.util.Properties();
		if (renderer != null) {
			texts.putAll(renderer.typedTexts());
		}
		StringWriter out = new StringWriter();
		try {
			texts.store(out, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		// without store's date line and in a fixed order, so an unchanged form gives the same text and DraftKeeper
		// does not write it again every 20 s (each value is one escaped line)
		return out.toString().lines().filter(line -> !line.startsWith("#")).sorted()
				.collect(java.util.stream.Collectors.joining("\n", "", "\n"));
	}

	@Override
	public void restoreDraft(String draft) {
		if (model == null) {
			pendingDraft = draft; // put back once the reason to read the protected case is given
			return;
		}
		if (renderer == null) {
			return; // read-only: the instrument is gone, nothing can be typed back
		}
		java.util.Properties texts = new java.util.Properties();
		try {
			texts.load(new StringReader(draft));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, String> byItem = new LinkedHashMap<>();
		texts.stringPropertyNames().forEach(id -> byItem.put(id, texts.getProperty(id)));
		renderer.retype(byItem);
		part.setDirty(true);
	}
}
