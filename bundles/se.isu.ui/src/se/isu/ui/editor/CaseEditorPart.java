package se.isu.ui.editor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import se.isu.core.CaseChangedException;
import se.isu.core.CaseService;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.core.instrument.OccasionForms;
import se.isu.core.instrument.OccasionPlanner;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.model.CaseStatus;
import se.isu.core.protection.ProtectedIdentities;
import se.isu.core.protection.ReadReasonRequiredException;
import se.isu.model.Client;
import se.isu.model.FollowUp;
import se.isu.model.Intervention;
import se.isu.model.Provider;
import se.isu.core.provider.ProviderService;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.IsuPackage.Literals;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.ProcessStep;
import se.isu.model.Staff;
import se.isu.security.AccessDeniedException;
import se.isu.model.valueset.ValueSets;
import se.isu.ui.Messages;
import se.isu.ui.UiEvents;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.UiJobs;

/**
 * The case editor: one section per process step with SKL's variables as widgets for their value sets, the
 * interventions, follow-ups, occasions and the assessments (instrument forms, the client questions B1a-B5 among them). Edits are EMF commands (undo, redo, dirty
 * marker); rules are checked by the core service while typing and shown at the field; Ctrl+S saves through the
 * service, which refuses invalid or stale data so nothing half-written is stored. The database is read and written in
 * jobs (decisions 99 and 141): saving waits for its job with the window painting and the form locked, so closing still
 * asks and then knows whether the case was stored; when someone else saved first, "Ladda om med mina ändringar" puts
 * this person's changed fields on their version ({@link CaseMerge}).
 */
public class CaseEditorPart implements se.isu.ui.workbench.Drafted {

	public static final String DESCRIPTOR_ID = "se.isu.ui.partdescriptor.caseeditor";
	/** Persisted state key of the part: which case it edits. */
	public static final String CASE_NUMBER = "caseNumber";

	private static final Pattern CHILD = Pattern.compile("(interventions|followUps|occasions)\\[(\\d+)\\]\\.(.+)");
	private static final IsuFactory FACTORY = IsuFactory.eINSTANCE;

	/* Field injection, so a restarted service is injected again. */
	@Inject
	CaseService caseService;
	@Inject
	AssessmentService assessments;
	@Inject
	InstrumentRegistry instruments;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	OccasionPlanner planner;
	/** The provider register (issue 17); absent in tests that render without it. */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	ProviderService providers;
	private final Map<Long, String> providerNames = new java.util.HashMap<>();
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	EPartService partService;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	EModelService modelService;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	MApplication application;
	@Inject
	MPart part;
	/** Skyddade personuppgifter (decision 89): the reason to read a protected case is given here. */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	ProtectedIdentities protectedIdentities;
	private final Locale locale = Locale.getDefault();
	/** A draft restored while the editor still waited for the reason to read a protected case. */
	private String pendingDraft;

	private IsuCase model;
	private CaseBinder binder;
	private Label title;
	/** The status line under the form: "Sparat", or how many errors and the first; its height never changes. */
	private Label summary;
	private ScrolledComposite scrolled;
	private Combo responsible;
	private List<Staff> caseWorkers = List.of();
	private boolean statusIsError;
	private TableViewer interventions;
	private TableViewer followUps;
	private TableViewer occasions;
	private Intervention selectedIntervention;
	private FollowUp selectedFollowUp;
	private Occasion selectedOccasion;
	private Font titleFont;
	private Table assessmentTable;
	private Table occasionFormTable;
	private Combo occasionStatus;
	/** The case's assessments as last read: the occasions' forms take their state from them. */
	private List<Assessment> caseAssessments = List.of();
	private final Map<String, String> formNames = new java.util.HashMap<>();

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	UiJobs jobs;
	/** The case as stored when opened, last saved or reloaded: what "my changes" are measured against. */
	private IsuCase stored;
	/** A reload or a restored draft not saved yet: unsaved although the command stack is at its save point. */
	private boolean unsavedMerge;
	private Button reload;
	/** Jobs of this editor under way (planning, starting a form, reloading); the form is locked while one changes it. */
	private int running;
	private boolean saving;
	private UiJobs.Latest assessmentReads;

	/** Absent when the part is rendered outside a workbench (tests); then no one else is told about saves. */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	IEventBroker events;

	public CaseEditorPart() {
		// for dependency injection
	}

	/** For rendering outside a workbench (tests). */
	public CaseEditorPart(CaseService caseService, AssessmentService assessments, InstrumentRegistry instruments,
			OccasionPlanner planner, MPart part) {
		this.caseService = caseService;
		this.assessments = assessments;
		this.instruments = instruments;
		this.planner = planner;
		this.part = part;
	}

	@PostConstruct
	public void create(Composite parent) {
		if (jobs == null) {
			jobs = UiJobs.on(parent.getDisplay());
		}
		assessmentReads = jobs.latest();
		String caseNumber = part.getPersistedState().get(CASE_NUMBER);
		try {
			model = caseService.findCase(caseNumber)
					.orElseThrow(() -> new IllegalStateException("No case " + caseNumber));
		} catch (ReadReasonRequiredException e) {
			// a protected client: the case is read, and the editor built, once this person has said why
			new ReadReasonPanel(parent, e.getMessage(), caseNumber, protectedIdentities, jobs, () -> {
				model = caseService.findCase(caseNumber)
						.orElseThrow(() -> new IllegalStateException("No case " + caseNumber));
				build(parent);
				parent.layout(true, true);
				if (pendingDraft != null) {
					restoreDraft(pendingDraft);
					pendingDraft = null;
				}
			});
			part.setLabel(caseNumber);
			return;
		}
		build(parent);
	}

	private void build(Composite parent) {
		stored = snapshot(model);
		binder = new CaseBinder(ValueSets.standard(), locale);

		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scrolled);
		// The status line sits under the form, outside what scrolls: a message there moves no field.
		summary = WidgetIds.tag(new Label(parent, SWT.NONE), WidgetIds.EDITOR_SUMMARY);
		GridDataFactory.fillDefaults().grab(true, false).indent(10, 4).hint(400, SWT.DEFAULT).applyTo(summary);
		summary.setText(Messages.editor_statusReady);
		// shown only after someone else saved this case first: their version with this person's changes on top
		reload = WidgetIds.tag(new Button(parent, SWT.PUSH), WidgetIds.EDITOR_RELOAD);
		reload.setText(Messages.editor_reload);
		GridDataFactory.swtDefaults().indent(10, 2).applyTo(reload);
		reload.addListener(SWT.Selection, e -> reloadKeepingMyChanges());
		showReload(false);
		Composite content = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(10, 10).spacing(8, 10).applyTo(content);

		title = WidgetIds.tag(new Label(content, SWT.NONE), WidgetIds.EDITOR_TITLE);
		FontData[] data = title.getFont().getFontData();
		data[0].setHeight(data[0].getHeight() + 3);
		data[0].setStyle(SWT.BOLD);
		titleFont = new Font(title.getDisplay(), data[0]);
		title.setFont(titleFont);
		if (model.getClient().isProtectedIdentity()) {
			Label mark = WidgetIds.tag(new Label(content, SWT.WRAP), WidgetIds.EDITOR_PROTECTED_IDENTITY);
			mark.setText(ProtectedIdentities.masked(model.getClient()) ? Messages.editor_protectedMasked
					: Messages.editor_protectedShown);
			mark.setForeground(mark.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(mark);
		}

		Supplier<EObject> theCase = () -> model;
		Supplier<EObject> theClient = () -> model.getClient();

		Composite general = section(content, Messages.editor_section_general);
		binder.label(general, Messages.editor_step);
		Combo step = WidgetIds.tag(new Combo(general, SWT.READ_ONLY), WidgetIds.EDITOR_STEP);
		for (ProcessStep s : ProcessStep.values()) {
			step.add(s.getValue() + " " + Messages.label(s));
		}
		step.addListener(SWT.Selection, e -> binder.set(model, Literals.ISU_CASE__CURRENT_STEP, ProcessStep.get(step.getSelectionIndex() + 1)));
		binder.decorateExtra("currentStep", step, general);
		responsibleField(general);

		Composite aktualisera = section(content, "1 " + Messages.label(se.isu.model.ProcessStep.AKTUALISERA));
		binder.date(aktualisera, Messages.field_actualisationDate, "actualisationDate", theCase, Literals.ISU_CASE__ACTUALISATION_DATE);
		binder.multiple(aktualisera, Messages.field_actualisationReasons, "actualisationReasons", theCase, Literals.ISU_CASE__ACTUALISATION_REASONS);

		Composite utreda = section(content, "2 " + Messages.label(se.isu.model.ProcessStep.UTREDA));
		binder.single(utreda, Messages.field_legalSex, "legalSex", theClient, Literals.CLIENT__LEGAL_SEX);
		binder.single(utreda, Messages.field_origin, "origin", theCase, Literals.ISU_CASE__ORIGIN);
		binder.single(utreda, Messages.field_householdType, "householdType", theCase, Literals.ISU_CASE__HOUSEHOLD_TYPE);
		binder.single(utreda, Messages.field_previousContact, "previousContact", theCase, Literals.ISU_CASE__PREVIOUS_CONTACT);
		binder.multiple(utreda, Messages.field_problems, "problems", theCase, Literals.ISU_CASE__PROBLEMS);

		Composite besluta = section(content, "3 " + Messages.label(se.isu.model.ProcessStep.BESLUTA));
		binder.date(besluta, Messages.field_decisionDate, "decisionDate", theCase, Literals.ISU_CASE__DECISION_DATE);

		Composite genomfora = section(content, "5 " + Messages.label(se.isu.model.ProcessStep.GENOMFORA));
		interventions = childTable(genomfora, WidgetIds.EDITOR_INTERVENTIONS, "interventions", Literals.ISU_CASE__INTERVENTIONS,
				this::newIntervention, List.of(
						column(Messages.field_interventionType, 30, i -> label("skl.insatstyp", ((Intervention) i).getInterventionType())),
						column(Messages.field_interventionDecision, 12, i -> date(((Intervention) i).getDecisionDate())),
						column(Messages.field_startDate, 12, i -> date(((Intervention) i).getStartDate())),
						column(Messages.field_endDate, 12, i -> date(((Intervention) i).getEndDate())),
						column(Messages.field_provider, 20, i -> providerName(((Intervention) i).getProviderId()))),
				o -> selectedIntervention = (Intervention) o);
		Supplier<EObject> intervention = () -> selectedIntervention;
		binder.single(genomfora, Messages.field_interventionType, "intervention.interventionType", intervention, Literals.INTERVENTION__INTERVENTION_TYPE);
		binder.date(genomfora, Messages.field_interventionDecision, "intervention.decisionDate", intervention, Literals.INTERVENTION__DECISION_DATE);
		binder.date(genomfora, Messages.field_startDate, "intervention.startDate", intervention, Literals.INTERVENTION__START_DATE);
		binder.date(genomfora, Messages.field_endDate, "intervention.endDate", intervention, Literals.INTERVENTION__END_DATE);
		binder.reference(genomfora, Messages.field_provider, "intervention.providerId", intervention,
				Literals.INTERVENTION__PROVIDER_ID, providerChoices());

		Composite foljaUpp = section(content, "6 " + Messages.label(se.isu.model.ProcessStep.FOLJA_UPP));
		followUps = childTable(foljaUpp, WidgetIds.EDITOR_FOLLOW_UPS, "followUps", Literals.ISU_CASE__FOLLOW_UPS, FACTORY::createFollowUp,
				List.of(column(Messages.field_followUpDate, 12, f -> date(((FollowUp) f).getDate())),
						column(Messages.field_goalAttainment, 40, f -> label("skl.maluppfyllelse", ((FollowUp) f).getGoalAttainment()))),
				o -> selectedFollowUp = (FollowUp) o);
		Supplier<EObject> followUp = () -> selectedFollowUp;
		binder.date(foljaUpp, Messages.field_followUpDate, "followUp.date", followUp, Literals.FOLLOW_UP__DATE);
		binder.multiple(foljaUpp, Messages.field_cooperation, "followUp.cooperation", followUp, Literals.FOLLOW_UP__COOPERATION);
		binder.single(foljaUpp, Messages.field_coordinatedPlan, "followUp.coordinatedPlan", followUp, Literals.FOLLOW_UP__COORDINATED_PLAN);
		binder.single(foljaUpp, Messages.field_parallelInterventions, "followUp.parallelInterventions", followUp, Literals.FOLLOW_UP__PARALLEL_INTERVENTIONS);
		binder.single(foljaUpp, Messages.field_goalAttainment, "followUp.goalAttainment", followUp, Literals.FOLLOW_UP__GOAL_ATTAINMENT);

		Composite avsluta = section(content, "7 " + Messages.label(se.isu.model.ProcessStep.AVSLUTA));
		binder.date(avsluta, Messages.field_closureDate, "closureDate", theCase, Literals.ISU_CASE__CLOSURE_DATE);
		binder.single(avsluta, Messages.field_implementationVsPlan, "implementationVsPlan", theCase, Literals.ISU_CASE__IMPLEMENTATION_VS_PLAN);
		binder.single(avsluta, Messages.field_closureReason, "closureReason", theCase, Literals.ISU_CASE__CLOSURE_REASON);
		new Label(avsluta, SWT.NONE);
		Button closed = WidgetIds.tag(new Button(avsluta, SWT.CHECK), WidgetIds.EDITOR_CLOSED);
		closed.setText(Messages.editor_closed);
		new Label(avsluta, SWT.NONE);
		closed.addListener(SWT.Selection, e -> binder.set(model, Literals.ISU_CASE__STATUS, closed.getSelection() ? CaseStatus.CLOSED : CaseStatus.OPEN));

		Composite tillfallen = section(content, Messages.editor_section_occasions);
		occasions = childTable(tillfallen, WidgetIds.EDITOR_OCCASIONS, "occasions", Literals.ISU_CASE__OCCASIONS, this::newOccasion,
				List.of(column(Messages.field_occasionKind, 16, o -> Messages.label(((Occasion) o).getKind())),
						column(Messages.field_plannedDate, 12, o -> date(((Occasion) o).getPlannedDate())),
						column(Messages.field_occasionStatus, 14, o -> Messages.label(((Occasion) o).getStatus())),
						column(Messages.field_doneDate, 12, o -> date(((Occasion) o).getDoneDate())),
						column(Messages.editor_occasions_column_forms, 40, o -> formsText((Occasion) o))),
				o -> {
					selectedOccasion = (Occasion) o;
					refreshOccasionForms();
					// the status combo is not bound by the binder: show the chosen occasion's status at once
					if (occasionStatus != null) {
						occasionStatus.setEnabled(selectedOccasion != null);
						if (selectedOccasion != null) {
							occasionStatus.select(selectedOccasion.getStatus().getValue());
						}
					}
				});
		Button plan = WidgetIds.tag(new Button(tillfallen, SWT.PUSH), WidgetIds.EDITOR_OCCASIONS_PLAN);
		plan.setText(Messages.editor_occasions_plan);
		plan.setToolTipText(Messages.editor_occasions_planHelp);
		GridDataFactory.swtDefaults().span(3, 1).applyTo(plan);
		plan.addListener(SWT.Selection, e -> planOccasions());
		Supplier<EObject> occasion = () -> selectedOccasion;
		binder.label(tillfallen, Messages.field_occasionStatus);
		Combo status = WidgetIds.tag(new Combo(tillfallen, SWT.READ_ONLY), WidgetIds.EDITOR_OCCASION_STATUS);
		occasionStatus = status;
		for (OccasionStatus s : OccasionStatus.values()) {
			status.add(Messages.label(s));
		}
		status.addListener(SWT.Selection, e -> {
			if (selectedOccasion != null) {
				binder.set(selectedOccasion, Literals.OCCASION__STATUS, OccasionStatus.get(status.getSelectionIndex()));
			}
		});
		// the section has three columns (label, field, message): an empty message cell keeps the rows below aligned
		new Label(tillfallen, SWT.NONE);
		binder.date(tillfallen, Messages.field_plannedDate, "occasion.plannedDate", occasion, Literals.OCCASION__PLANNED_DATE);
		binder.date(tillfallen, Messages.field_doneDate, "occasion.doneDate", occasion, Literals.OCCASION__DONE_DATE);
		binder.single(tillfallen, Messages.field_notDoneReason, "occasion.notDoneReason", occasion, Literals.OCCASION__NOT_DONE_REASON);
		occasionFormsArea(tillfallen);

		assessmentSection(content);

		// fields the binder does not bind, named for "Båda hade ändrat …" after a reload
		binder.name(Literals.ISU_CASE__CURRENT_STEP.getName(), Messages.editor_step);
		binder.name(Literals.ISU_CASE__STATUS.getName(), Messages.editor_closed);
		binder.name(Literals.ISU_CASE__RESPONSIBLE_STAFF.getName(), Messages.editor_responsible);
		binder.name("occasion." + Literals.OCCASION__STATUS.getName(), Messages.field_occasionStatus);
		binder.name("occasion." + Literals.OCCASION__KIND.getName(), Messages.field_occasionKind);
		binder.name("occasion." + Literals.OCCASION__FORMS_DUE.getName(), Messages.editor_occasions_column_forms);

		binder.onChange(() -> {
			updateDirty();
			refreshView(step, closed, status);
		});
		refreshView(step, closed, status);

		scrolled.setContent(content);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		// Scroll vertically only: the form takes the part's width and grows downwards.
		scrolled.addListener(SWT.Resize, e -> scrolled.setMinSize(content.computeSize(scrolled.getClientArea().width, SWT.DEFAULT)));
		scrolled.setMinSize(content.computeSize(600, SWT.DEFAULT));
		part.setLabel(model.getCaseNumber());
	}

	/**
	 * Saves through the core service in a job; on broken rules, a concurrent change or a failure nothing is stored, the
	 * part stays dirty and every typed value stays. It returns when the save has ended (the window paints meanwhile and
	 * the form takes no input), so a close that asked "Spara?" knows whether it may close.
	 */
	@Persist
	public void save() {
		if (saving) {
			return; // Ctrl+S again while the first save is under way
		}
		Display display = summary.getDisplay();
		while (running > 0 && !summary.isDisposed()) {
			// a plan, a started form or a reload still to arrive changes the case: it is saved with it
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		if (summary.isDisposed()) {
			return;
		}
		if (!binder.inputErrors().isEmpty()) {
			show(caseService.validate(model));
			goToFirstBroken();
			return;
		}
		IsuCase toSave = snapshot(model);
		saving = true;
		scrolled.setEnabled(false);
		status(Messages.editor_saving, null, false);
		boolean[] answered = { false };
		jobs.run(NLS.bind(Messages.editor_saveJob, model.getCaseNumber()), summary, work -> caseService.saveCase(toSave),
				saved -> {
					answered[0] = true;
					scrolled.setEnabled(true);
					saved(saved);
				}, e -> {
					answered[0] = true;
					scrolled.setEnabled(true); // before the cursor goes to a broken field
					refused(e);
				});
		while (!answered[0] && !summary.isDisposed()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		saving = false;
		if (summary.isDisposed()) {
			return;
		}
		interventions.setInput(model.getInterventions());
		followUps.setInput(model.getFollowUps());
		occasions.setInput(model.getOccasions());
		refreshOccasionForms();
		binder.refresh();
	}

	private void saved(IsuCase saved) {
		model = saved;
		stored = snapshot(saved);
		unsavedMerge = false;
		selectedIntervention = null;
		selectedFollowUp = null;
		selectedOccasion = null;
		// The stack's commands refer to the objects before the save; undo starts afresh from the saved case.
		binder.commandStack().flush();
		updateDirty();
		showReload(false);
		status(NLS.bind(Messages.editor_savedAt, LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm"))), null, false);
		if (events != null) {
			events.post(UiEvents.CASES_CHANGED, model.getCaseNumber());
		}
	}

	private void refused(Exception e) {
		if (e instanceof ValidationException invalid) {
			show(invalid.violations());
			goToFirstBroken();
		} else if (e instanceof CaseChangedException) {
			// someone else saved first: nothing stored, still dirty; their version can be taken with these changes
			status(e.getMessage() + " " + Messages.editor_changedHint, e.getMessage() + "\n" + Messages.editor_changedHint, true);
			showReload(true);
		} else {
			// the person may no longer write in the unit, or the database did not answer: nothing stored, still dirty
			status(UiJobs.message(e), UiJobs.message(e), true);
		}
	}

	/**
	 * After a refused save: reads the version someone else stored (in a job) and puts this person's changes on top —
	 * every field whose value differs from the case as stored when they opened or last saved it. Where both changed a
	 * field, this person's value stands and the field is named. Nothing is stored until they save again.
	 */
	public Job reloadKeepingMyChanges() {
		reload.setEnabled(false);
		String number = model.getCaseNumber();
		running++;
		// what this person changed is taken when the other version arrives, so an edit made meanwhile counts too
		return jobs.run(NLS.bind(Messages.editor_reloading, number), summary,
				work -> caseService.findCase(number).orElseThrow(() -> new IllegalStateException(number)), theirs -> {
					running--;
					reload.setEnabled(true);
					takeTheirsWithMine(theirs);
				}, e -> {
					running--;
					reload.setEnabled(true);
					status(UiJobs.message(e), null, true);
				});
	}

	private void takeTheirsWithMine(IsuCase theirs) {
		CaseMerge.Result result = CaseMerge.theirsWithMine(stored, model, theirs);
		stored = snapshot(theirs);
		model = result.merged();
		selectedIntervention = null;
		selectedFollowUp = null;
		selectedOccasion = null;
		interventions.setInput(model.getInterventions());
		followUps.setInput(model.getFollowUps());
		occasions.setInput(model.getOccasions());
		unsavedMerge = result.changes() > 0;
		binder.commandStack().flush(); // the stack's commands refer to the objects before; the view shows the new case
		binder.refresh();
		updateDirty();
		showReload(false);
		List<String> both = result.both().stream().map(this::fieldName).toList();
		status(both.isEmpty() ? NLS.bind(Messages.editor_reloaded, result.changes())
				: NLS.bind(Messages.editor_reloadedBoth, result.changes(), String.join(", ", both)),
				both.isEmpty() ? null : String.join("\n", both), !both.isEmpty());
	}

	/** "Ursprung", "Insats 2: Startdatum", "Tillfälle 3". */
	private String fieldName(CaseMerge.Field field) {
		if (field.list() == null) {
			return binder.labelOf(field.name());
		}
		String row;
		String prefix;
		switch (field.list()) {
		case "interventions" -> {
			row = NLS.bind(Messages.editor_reloadRow_intervention, field.row());
			prefix = "intervention.";
		}
		case "followUps" -> {
			row = NLS.bind(Messages.editor_reloadRow_followUp, field.row());
			prefix = "followUp.";
		}
		default -> {
			row = NLS.bind(Messages.editor_reloadRow_occasion, field.row());
			prefix = "occasion.";
		}
		}
		return field.name() == null ? row : row + ": " + binder.labelOf(prefix + field.name());
	}

	private void showReload(boolean visible) {
		reload.setVisible(visible);
		((org.eclipse.swt.layout.GridData) reload.getLayoutData()).exclude = !visible;
		reload.getParent().layout(true);
	}

	/** A copy of the case and its client, which the editor's edits and a job's reads do not share. */
	private static IsuCase snapshot(IsuCase c) {
		IsuCase copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(c);
		if (c.getClient() != null) {
			copy.setClient(org.eclipse.emf.ecore.util.EcoreUtil.copy(c.getClient()));
		}
		return copy;
	}

	/** Whether a save, a plan, a reload or a read of the assessments is still under way (tests wait for it). */
	public boolean busy() {
		return saving || running > 0 || (assessmentReads != null && assessmentReads.busy());
	}

	public void undo() {
		if (running == 0 && binder.commandStack().canUndo()) {
			binder.commandStack().undo();
		}
	}

	public void redo() {
		if (running == 0 && binder.commandStack().canRedo()) {
			binder.commandStack().redo();
		}
	}

	/** The case as edited now (not necessarily saved). */
	public IsuCase currentCase() {
		return model;
	}

	@Focus
	public void setFocus() {
		if (title != null) {
			title.getParent().setFocus();
		}
	}

	@PreDestroy
	void dispose() {
		if (titleFont != null) {
			titleFont.dispose();
		}
	}

	/**
	 * Dirty exactly when closing would lose something: an edit since the last save (EMF's save point, so undoing
	 * back to it is clean again) or a date typed that is not a date yet (kept in its field, not in the model).
	 */
	private void updateDirty() {
		boolean dirty = binder.commandStack().isSaveNeeded() || !binder.inputErrors().isEmpty() || unsavedMerge;
		if (part.isDirty() != dirty) {
			part.setDirty(dirty);
		}
	}

	/** After a refused save: the first broken field in form order, scrolled into view with the cursor in it. */
	private void goToFirstBroken() {
		binder.firstBroken(shownErrors).ifPresent(control -> {
			scrolled.showControl(control);
			control.setFocus();
		});
	}

	/** One line of status under the form; the whole text as its tool tip when a line cannot hold it. */
	private void status(String text, String details, boolean error) {
		statusIsError = error;
		summary.setText(text);
		summary.setToolTipText(details);
		summary.setForeground(error ? summary.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
	}

	/**
	 * The responsible case worker (the case worker whose "only mine" lists the case), chosen among the unit's case
	 * workers; the service decides who they are and refuses anyone else.
	 */
	/** The register's providers by id: the active ones, and those the case's interventions already name. */
	private Map<Long, String> providerChoices() {
		java.util.LinkedHashMap<Long, String> choices = new java.util.LinkedHashMap<>();
		if (providers == null) {
			return choices;
		}
		java.util.Set<Long> named = new java.util.HashSet<>();
		model.getInterventions().forEach(i -> named.add(i.getProviderId()));
		try {
			for (Provider p : providers.list()) {
				providerNames.put(p.getId(), p.getName());
				if (p.isActive() || named.contains(p.getId())) {
					choices.put(p.getId(), p.isActive() ? p.getName() : NLS.bind(Messages.provider_inactiveName, p.getName()));
				}
			}
		} catch (AccessDeniedException e) {
			// no register for this user: the field offers none
		}
		return choices;
	}

	private String providerName(Long id) {
		return id == null ? "" : providerNames.getOrDefault(id, String.valueOf(id));
	}

	private void responsibleField(Composite section) {
		binder.label(section, Messages.editor_responsible);
		responsible = WidgetIds.tag(new Combo(section, SWT.READ_ONLY | SWT.DROP_DOWN), WidgetIds.EDITOR_RESPONSIBLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(responsible);
		binder.decorateExtra("responsibleStaff", responsible, section);
		try {
			caseWorkers = new ArrayList<>(caseService.caseWorkers(model.getUnit().getCode()));
		} catch (AccessDeniedException e) {
			caseWorkers = new ArrayList<>();
		}
		Staff current = model.getResponsibleStaff();
		if (current != null && caseWorkers.stream().noneMatch(s -> s.getUserName().equals(current.getUserName()))) {
			caseWorkers.add(current); // e.g. someone who has left: shown until the case is reassigned
		}
		responsible.add(Messages.editor_responsibleNone);
		// the user name too: two people may share a name
		caseWorkers.forEach(s -> responsible.add(
				(s.getDisplayName() == null ? "" : s.getDisplayName() + " ") + "(" + s.getUserName() + ")"));
		responsible.addListener(SWT.Selection, e -> {
			int index = responsible.getSelectionIndex();
			Staff chosen = index <= 0 ? null : caseWorkers.get(index - 1);
			Staff before = model.getResponsibleStaff();
			if (chosen == null ? before != null : before == null || !chosen.getUserName().equals(before.getUserName())) {
				binder.set(model, Literals.ISU_CASE__RESPONSIBLE_STAFF, chosen);
			}
		});
	}

	private void refreshResponsible() {
		Staff current = model.getResponsibleStaff();
		int index = 0;
		for (int i = 0; current != null && i < caseWorkers.size(); i++) {
			if (caseWorkers.get(i).getUserName().equals(current.getUserName())) {
				index = i + 1;
			}
		}
		if (responsible.getSelectionIndex() != index) {
			responsible.select(index);
		}
	}

	// --- view ---------------------------------------------------------------------------------------

	private void refreshView(Combo step, Button closed, Combo occasionStatus) {
		Client client = model.getClient();
		int age = client.ageAt(LocalDate.now());
		// masked (decision 89): neither number nor age, which the birth date would give away
		title.setText(ProtectedIdentities.masked(client) ? NLS.bind(Messages.editor_titleProtected, model.getCaseNumber(),
				name(client)) : NLS.bind(Messages.editor_title, new Object[] { model.getCaseNumber(), name(client),
						client.getPersonalIdentityNumber(), age < 0 ? "?" : String.valueOf(age) }));
		step.select(model.getCurrentStep().getValue() - 1);
		refreshResponsible();
		closed.setSelection(model.getStatus() == CaseStatus.CLOSED);
		occasionStatus.setEnabled(selectedOccasion != null);
		if (selectedOccasion != null) {
			occasionStatus.select(selectedOccasion.getStatus().getValue());
		}
		interventions.refresh();
		followUps.refresh();
		occasions.refresh();
		refreshOccasionForms(); // an undone or redone plan changes the selected occasion's forms
		binder.refresh();
		show(caseService.validate(model));
	}

	/** Shows violations at their widgets; a child's violation at the detail widget when that child is selected. */
	private void show(List<Violation> violations) {
		Map<String, String> byField = new LinkedHashMap<>();
		binder.inputErrors().forEach(byField::put);
		for (Violation v : violations) {
			String widget = widgetField(v.field());
			byField.putIfAbsent(widget, v.message());
			Matcher child = CHILD.matcher(v.field());
			// a child's rule goes to its row's table only while the row is not open in the fields below
			if (child.matches() && widget.equals(v.field())) {
				byField.putIfAbsent(child.group(1), NLS.bind(Messages.editor_childError, Integer.parseInt(child.group(2)) + 1, v.message()));
			}
		}
		binder.showErrors(byField);
		shownErrors = byField;
		// Each broken rule once: the field's own messages, not the copies shown again at a child's table row.
		List<String> all = new ArrayList<>(binder.inputErrors().values());
		violations.stream().map(Violation::message).filter(m -> !all.contains(m)).forEach(all::add);
		if (all.isEmpty()) {
			if (statusIsError) {
				status(Messages.editor_statusReady, null, false);
			}
		} else {
			status(NLS.bind(Messages.editor_errorsShort, all.size(), all.get(0)),
					NLS.bind(Messages.editor_errors, all.size()) + "\n– " + String.join("\n– ", all), true);
		}
	}

	/** What {@link #show} put at the fields last, by field id. */
	private Map<String, String> shownErrors = Map.of();

	private String widgetField(String field) {
		Matcher child = CHILD.matcher(field);
		if (!child.matches()) {
			return field;
		}
		int index = Integer.parseInt(child.group(2));
		String rest = child.group(3);
		return switch (child.group(1)) {
		case "interventions" -> index == model.getInterventions().indexOf(selectedIntervention) ? "intervention." + rest : field;
		case "followUps" -> index == model.getFollowUps().indexOf(selectedFollowUp) ? "followUp." + rest : field;
		default -> index == model.getOccasions().indexOf(selectedOccasion) ? "occasion." + rest : field;
		};
	}

	/**
	 * Adds the planned occasions the unit's forms schedule and the case lacks (e.g. a follow-up 3 months after
	 * closure), as one undoable edit; the user saves them with the case.
	 */
	public void planOccasions() {
		if (planner == null || running > 0) {
			return;
		}
		record Plan(List<Occasion> missing, List<OccasionPlanner.MissingForm> forms, IsuCase read) {
		}
		// the planner reads the unit's forms from the database: in a job, on a copy; the form takes no input meanwhile,
		// so the plan still fits the case when it arrives
		IsuCase copy = snapshot(model);
		lock(true);
		jobs.run(NLS.bind(Messages.editor_planJob, model.getCaseNumber()), summary,
				work -> new Plan(planner.missingOccasions(copy), planner.missingForms(copy), copy), plan -> {
					lock(false);
					applyPlan(plan.missing(), plan.forms(), plan.read());
				}, e -> {
					lock(false);
					status(UiJobs.message(e), null, true);
				});
	}

	private void applyPlan(List<Occasion> missing, List<OccasionPlanner.MissingForm> forms, IsuCase read) {
		if (missing.isEmpty() && forms.isEmpty()) {
			status(Messages.editor_occasions_planNone, null, false);
			return;
		}
		// new occasions and the forms that existing ones cover, as one undoable edit
		org.eclipse.emf.common.command.CompoundCommand plan = new org.eclipse.emf.common.command.CompoundCommand();
		if (!missing.isEmpty()) {
			plan.append(AddCommand.create(binder.domain(), model, Literals.ISU_CASE__OCCASIONS, missing));
		}
		for (OccasionPlanner.MissingForm form : forms) {
			// the planner saw the copy: the same occasion of the edited case is at the same place
			int index = read.getOccasions().indexOf(form.occasion());
			if (index >= 0 && index < model.getOccasions().size()) {
				plan.append(AddCommand.create(binder.domain(), model.getOccasions().get(index), Literals.OCCASION__FORMS_DUE,
						form.instrumentId()));
			}
		}
		binder.execute(plan);
		occasions.setInput(model.getOccasions());
		refreshOccasionForms();
	}

	/** While a job changes what the form shows, the form takes no input (nothing typed then could be overwritten). */
	private void lock(boolean locked) {
		running += locked ? 1 : -1;
		if (!scrolled.isDisposed()) {
			scrolled.setEnabled(running == 0);
		}
	}

	// --- the forms due at an occasion (decision 77) ---------------------------------------------------------------

	/** The selected occasion's forms and their state; a form is opened, or started at the occasion, from here. */
	private void occasionFormsArea(Composite section) {
		Label heading = new Label(section, SWT.NONE);
		heading.setText(Messages.editor_occasionForms);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(heading);
		occasionFormTable = WidgetIds.tag(new Table(section, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE),
				WidgetIds.EDITOR_OCCASION_FORMS);
		occasionFormTable.setHeaderVisible(true);
		for (String header : List.of(Messages.editor_occasionForms_column_form, Messages.editor_occasionForms_column_state)) {
			TableColumn column = new TableColumn(occasionFormTable, SWT.NONE);
			column.setText(header);
			column.setWidth(header.equals(Messages.editor_occasionForms_column_form) ? 220 : 120);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(occasionFormTable);
		Button open = WidgetIds.tag(new Button(section, SWT.PUSH), WidgetIds.EDITOR_OCCASION_FORM_OPEN);
		open.setText(Messages.editor_occasionForms_open);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(open);
		open.addListener(SWT.Selection, e -> openOccasionForm());
		occasionFormTable.addListener(SWT.DefaultSelection, e -> openOccasionForm());
	}

	/** The forms of the selected occasion, each with its state, from the case's assessments. */
	private void refreshOccasionForms() {
		if (occasionFormTable == null || occasionFormTable.isDisposed()) {
			return;
		}
		occasionFormTable.removeAll();
		if (selectedOccasion == null) {
			return;
		}
		for (OccasionForms.FormAtOccasion form : OccasionForms.of(selectedOccasion, caseAssessments)) {
			TableItem item = new TableItem(occasionFormTable, SWT.NONE);
			item.setText(new String[] { formName(form.instrumentId()), Messages.label(form.state()) });
			item.setData(form);
		}
	}

	/** "ASI Uppföljning (ej påbörjat), Klientfrågor (klart)" for the occasion's row. */
	private String formsText(Occasion occasion) {
		List<String> parts = new ArrayList<>();
		for (OccasionForms.FormAtOccasion form : OccasionForms.of(occasion, caseAssessments)) {
			parts.add(formName(form.instrumentId()) + " (" + Messages.label(form.state()) + ")");
		}
		return String.join(", ", parts);
	}

	/** The form's name in the user's language; its id when the instrument is not installed. */
	private String formName(String instrumentId) {
		return formNames.computeIfAbsent(instrumentId, id -> {
			String unit = model.getUnit() == null ? null : model.getUnit().getCode();
			return instruments == null ? id
					: instruments.latest(id, unit).flatMap(d -> instruments.form(id, d.getVersion(), unit))
							.map(se.isu.core.instrument.Form::name).orElse(id);
		});
	}

	/** Opens the form's assessment at the occasion, or starts one there for the form's first respondent. */
	public void openOccasionForm() {
		int index = occasionFormTable.getSelectionIndex();
		if (index < 0 || selectedOccasion == null) {
			status(Messages.editor_occasionForms_select, null, true);
			return;
		}
		OccasionForms.FormAtOccasion form = (OccasionForms.FormAtOccasion) occasionFormTable.getItem(index).getData();
		if (form.assessment() != null) {
			openAssessment(form.assessment().getId(), form.assessment().getInstrumentName());
			return;
		}
		if (part.isDirty()) {
			// the assessment links to the occasion by id, which a new occasion gets when the case is saved
			status(Messages.editor_assessments_saveFirst, null, true);
			return;
		}
		String unit = model.getUnit() == null ? null : model.getUnit().getCode();
		java.util.Optional<se.isu.model.instrument.InstrumentDefinition> definition = instruments.latest(form.instrumentId(), unit);
		if (definition.isEmpty()) {
			status(NLS.bind(Messages.editor_occasionForms_notInstalled, form.instrumentId()), null, true);
			return;
		}
		IsuCase copy = snapshot(model);
		Occasion at = copy.getOccasions().get(model.getOccasions().indexOf(selectedOccasion));
		startAssessment(copy, at, form.instrumentId(),
				se.isu.core.instrument.InstrumentDefinitions.respondents(definition.get()).get(0));
	}

	/** Starts and stores a form's assessment in a job, then lists it and opens it in its editor. */
	private void startAssessment(IsuCase of, Occasion at, String instrumentId, se.isu.model.instrument.Respondent respondent) {
		String user = System.getProperty("user.name");
		lock(true);
		jobs.run(NLS.bind(Messages.editor_startJob, model.getCaseNumber()), summary,
				work -> assessments.save(assessments.start(of, at, instrumentId, respondent, user), false), started -> {
					lock(false);
					refreshAssessments();
					openAssessment(started.getId(), started.getInstrumentName());
				}, e -> {
					lock(false);
					if (e instanceof ValidationException invalid) {
						show(invalid.violations());
					} else {
						status(UiJobs.message(e), null, true);
					}
				});
	}

	/** The case's assessments; each opens in its own editor, rendered from its instrument definition. */
	private void assessmentSection(Composite content) {
		Composite section = section(content, Messages.editor_section_assessments);
		assessmentTable = WidgetIds.tag(new Table(section, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), WidgetIds.EDITOR_ASSESSMENTS);
		assessmentTable.setHeaderVisible(true);
		for (String header : List.of(Messages.editor_assessments_column_instrument, Messages.editor_assessments_column_date,
				Messages.editor_assessments_column_occasion, Messages.editor_assessments_column_status)) {
			TableColumn column = new TableColumn(assessmentTable, SWT.NONE);
			column.setText(header);
			column.setWidth(header.equals(Messages.editor_assessments_column_instrument) ? 220 : 110);
		}
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 110).applyTo(assessmentTable);
		Composite buttons = new Composite(section, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(buttons);
		Button newAssessment = WidgetIds.tag(new Button(buttons, SWT.PUSH), WidgetIds.EDITOR_ASSESSMENT_NEW);
		newAssessment.setText(Messages.editor_assessments_new);
		newAssessment.addListener(SWT.Selection, e -> newAssessment());
		Button open = WidgetIds.tag(new Button(buttons, SWT.PUSH), WidgetIds.EDITOR_ASSESSMENT_OPEN);
		open.setText(Messages.editor_assessments_open);
		open.addListener(SWT.Selection, e -> openSelectedAssessment());
		assessmentTable.addListener(SWT.DefaultSelection, e -> openSelectedAssessment());
		refreshAssessments();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void assessmentsChanged(@org.eclipse.e4.ui.di.UIEventTopic(UiEvents.ASSESSMENTS_CHANGED) String caseId) {
		if (model != null && caseId != null && caseId.equals(Long.toString(model.getId()))
				&& assessmentTable != null && !assessmentTable.isDisposed()) {
			refreshAssessments();
		}
	}

	/** Reads the case's assessments in a job; the table, the occasions' form states and the forms list follow. */
	private void refreshAssessments() {
		if (assessmentTable == null || assessments == null || model.getId() == 0) {
			return;
		}
		long caseId = model.getId();
		assessmentReads.run(Messages.editor_assessmentsJob, assessmentTable, work -> assessments.forCase(caseId),
				this::showAssessments, e -> status(UiJobs.message(e), null, true));
	}

	private void showAssessments(List<Assessment> read) {
		assessmentTable.removeAll();
		caseAssessments = read;
		if (occasions != null) {
			occasions.refresh(); // the forms' states in the occasion rows
			refreshOccasionForms();
		}
		for (Assessment a : caseAssessments) {
			TableItem item = new TableItem(assessmentTable, SWT.NONE);
			String occasion = model.getOccasions().stream().filter(o -> a.getOccasionId() != null && o.getId() == a.getOccasionId())
					.findFirst().map(o -> Messages.label(o.getKind())).orElse("");
			item.setText(new String[] { a.getInstrumentName() == null ? a.getInstrumentId() : a.getInstrumentName(),
					a.getAssessedOn() == null ? "" : a.getAssessedOn().toString(), occasion,
					a.getStatus() == AssessmentStatus.COMPLETE ? Messages.assessment_statusComplete : Messages.assessment_statusInProgress });
			item.setData(a);
		}
	}

	private void newAssessment() {
		if (part.isDirty()) {
			status(Messages.editor_assessments_saveFirst, null, true);
			return;
		}
		NewAssessmentDialog dialog = new NewAssessmentDialog(summary.getShell(), instruments.available(model.getUnit().getCode()),
				model.getOccasions(), selectedOccasion);
		if (dialog.open() != org.eclipse.jface.window.Window.OK) {
			return;
		}
		IsuCase copy = snapshot(model);
		Occasion at = dialog.occasion() == null ? null : copy.getOccasions().get(model.getOccasions().indexOf(dialog.occasion()));
		startAssessment(copy, at, dialog.instrument().getId(), dialog.respondent());
	}

	private void openSelectedAssessment() {
		int index = assessmentTable.getSelectionIndex();
		if (index >= 0) {
			Assessment a = (Assessment) assessmentTable.getItem(index).getData();
			openAssessment(a.getId(), a.getInstrumentName());
		}
	}

	private void openAssessment(long id, String label) {
		if (partService != null) {
			se.isu.ui.AssessmentEditors.open(partService, modelService, application, id, label, model.getCaseNumber());
		}
	}

	private Composite section(Composite parent, String text) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(text);
		// label, field, the field's message
		GridLayoutFactory.swtDefaults().numColumns(3).spacing(16, 6).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private record Column(String title, int width, Function<Object, String> text) {
	}

	private static Column column(String title, int width, Function<Object, String> text) {
		return new Column(title, width, text);
	}

	/** A table of the case's children with add/remove buttons; selecting a row shows it in the fields below. */
	private TableViewer childTable(Composite section, String id, String fieldId, EReference reference,
			Supplier<EObject> factory, List<Column> columns, java.util.function.Consumer<Object> onSelect) {
		Composite area = new Composite(section, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(area);
		TableViewer viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		WidgetIds.tag(viewer.getTable(), id);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, 110).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (Column column : columns) {
			TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
			c.getColumn().setText(column.title());
			c.getColumn().setWidth(column.width() * 7);
			c.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					String text = column.text().apply(element);
					return text == null ? "" : text;
				}
			});
		}
		binder.decorateExtra(fieldId, viewer.getTable(), section);
		viewer.setInput(model.eGet(reference));
		viewer.addSelectionChangedListener(e -> {
			onSelect.accept(((IStructuredSelection) e.getSelection()).getFirstElement());
			binder.refresh();
			show(caseService.validate(model));
		});
		Composite buttons = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(buttons);
		Button add = WidgetIds.tag(new Button(buttons, SWT.PUSH), id + ".add");
		add.setText(Messages.editor_add);
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, e -> {
			EObject child = factory.get();
			binder.execute(AddCommand.create(binder.domain(), model, reference, child));
			viewer.setInput(model.eGet(reference));
			viewer.setSelection(new StructuredSelection(child), true);
		});
		Button remove = WidgetIds.tag(new Button(buttons, SWT.PUSH), id + ".remove");
		remove.setText(Messages.editor_remove);
		GridDataFactory.fillDefaults().applyTo(remove);
		remove.addListener(SWT.Selection, e -> {
			Object selected = viewer.getStructuredSelection().getFirstElement();
			if (selected != null) {
				onSelect.accept(null);
				binder.execute(RemoveCommand.create(binder.domain(), model, reference, selected));
			}
		});
		return viewer;
	}

	private Intervention newIntervention() {
		Intervention i = FACTORY.createIntervention();
		i.setDecisionDate(model.getDecisionDate());
		return i;
	}

	private Occasion newOccasion() {
		Occasion o = FACTORY.createOccasion();
		o.setKind(model.getOccasions().isEmpty() ? OccasionKind.INTAKE : OccasionKind.FOLLOW_UP);
		o.setStatus(OccasionStatus.PLANNED);
		o.setPlannedDate(LocalDate.now());
		return o;
	}

	private String label(String valueSet, Integer code) {
		return code == null ? "" : ValueSets.standard().label(valueSet, code, locale);
	}

	private static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private static String name(Client client) {
		return ((client.getGivenName() == null ? "" : client.getGivenName()) + " "
				+ (client.getFamilyName() == null ? "" : client.getFamilyName())).strip();
	}

	// --- drafts (issue 12, workbench shell): DraftKeeper keeps the unsaved case copy, a restart puts it back ---

	@Override
	public String draftKey() {
		return "case:" + draftCaseNumber();
	}

	@Override
	public String draftCaseNumber() {
		return model == null ? part.getPersistedState().get(CASE_NUMBER) : model.getCaseNumber();
	}

	@Override
	public String draft() {
		return se.isu.ui.workbench.EmfDrafts.write(model);
	}

	@Override
	public void restoreDraft(String draft) {
		if (binder == null) {
			pendingDraft = draft; // put back once the reason to read the protected case is given
			return;
		}
		model = (IsuCase) se.isu.ui.workbench.EmfDrafts.read(draft).get(0);
		selectedIntervention = null;
		selectedFollowUp = null;
		selectedOccasion = null;
		interventions.setInput(model.getInterventions());
		followUps.setInput(model.getFollowUps());
		occasions.setInput(model.getOccasions());
		refreshOccasionForms();
		unsavedMerge = true; // an undo back to the stack's save point leaves the restored draft unsaved still
		binder.commandStack().flush(); // tells the view to show the restored case
		binder.refresh();
		part.setDirty(true);
	}
}
