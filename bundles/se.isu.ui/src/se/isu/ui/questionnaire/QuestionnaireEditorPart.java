package se.isu.ui.questionnaire;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.isu.core.CaseService;
import se.isu.core.ValidationException;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.FormCustomisationService;
import se.isu.core.instrument.FormCustomisationService.QuestionnaireState;
import se.isu.core.instrument.FormCustomisationService.QuestionnaireVersion;
import se.isu.core.instrument.InstrumentDefinitions;
import se.isu.core.instrument.QuestionnaireChecker;
import se.isu.core.instrument.QuestionnaireChecker.Problem;
import se.isu.core.instrument.RedcapDictionary;
import se.isu.model.OccasionKind;
import se.isu.model.Unit;
import se.isu.model.instrument.Choice;
import se.isu.model.instrument.ChoiceSet;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.ScheduleAnchor;
import se.isu.model.instrument.ScheduleRule;
import se.isu.model.instrument.Section;
import se.isu.model.valueset.ValueSets;
import se.isu.ui.Fields;
import se.isu.ui.WidgetIds;
import se.isu.ui.form.FormRenderer;
import se.isu.ui.jobs.UiJobs;

/**
 * Verktyg › Formulärredigeraren (issue 17, decision 122): methods staff build a whole questionnaire of their unit
 * without code — sections, items of every type, choice lists, skip rules checked as they are typed (the message
 * under the field that breaks a rule), who answers and when it is planned, a live preview drawn by the real
 * {@link FormRenderer} as the case worker will see it. Ctrl+S keeps a draft, Publicera offers the next version with
 * a comment, Ta ur bruk stops offering it. Every store is a job; the part is dirty while anything typed is not
 * stored, so the workbench asks before it closes.
 */
public class QuestionnaireEditorPart {

	public static final String DESCRIPTOR_ID = "se.isu.ui.partdescriptor.questionnaireeditor";
	/** Intervention types (SKL variable 12) that are placements: §12-hem, familjehem, HVB, jourhem, LVM-hem, stödboende. */
	public static final List<Integer> PLACEMENTS = List.of(1, 10, 12, 16, 23, 31);

	public static final String UNIT = "questionnaire.unit";
	public static final String QUESTIONNAIRE = "questionnaire.questionnaire";
	public static final String NEW = "questionnaire.new";
	public static final String NAME = "questionnaire.name";
	public static final String RESPONDENT = "questionnaire.respondent";
	public static final String SCHEDULE = "questionnaire.schedule";
	public static final String SCHEDULE_MONTHS = "questionnaire.scheduleMonths";
	public static final String TREE = "questionnaire.tree";
	public static final String ADD_SECTION = "questionnaire.addSection";
	public static final String ADD_ITEM = "questionnaire.addItem";
	public static final String MOVE_UP = "questionnaire.up";
	public static final String MOVE_DOWN = "questionnaire.down";
	public static final String REMOVE = "questionnaire.remove";
	public static final String SECTION_ID = "questionnaire.section.id";
	public static final String SECTION_LABEL = "questionnaire.section.label";
	public static final String SECTION_RULE = "questionnaire.section.visibleWhen";
	public static final String ITEM_ID = "questionnaire.item.id";
	public static final String ITEM_LABEL = "questionnaire.item.label";
	public static final String ITEM_TYPE = "questionnaire.item.type";
	public static final String ITEM_CHOICES = "questionnaire.item.choices";
	public static final String ITEM_REQUIRED = "questionnaire.item.required";
	public static final String ITEM_MIN = "questionnaire.item.min";
	public static final String ITEM_MAX = "questionnaire.item.max";
	public static final String ITEM_RULE = "questionnaire.item.visibleWhen";
	public static final String ITEM_EXPRESSION = "questionnaire.item.expression";
	public static final String ITEM_HELP = "questionnaire.item.help";
	public static final String PREVIEW = "questionnaire.preview";
	public static final String PROBLEMS = "questionnaire.problems";
	public static final String COMMENT = "questionnaire.comment";
	public static final String SAVE = "questionnaire.save";
	public static final String PUBLISH = "questionnaire.publish";
	public static final String RETIRE = "questionnaire.retire";
	public static final String HISTORY = "questionnaire.history";
	public static final String STATUS = "questionnaire.status";
	public static final String IMPORT = "questionnaire.import";
	public static final String EXPORT = "questionnaire.export";
	public static final String IMPORT_REDCAP = "questionnaire.importRedcap";

	private static final InstrumentFactory F = InstrumentFactory.eINSTANCE;

	@Inject
	FormCustomisationService service;
	@Inject
	CaseService cases;
	@Inject
	UiJobs jobs;
	@Inject
	MPart part;

	private final QuestionnaireChecker checker = new QuestionnaireChecker(ValueSets.standard()::find);
	private List<Unit> units = List.of();
	private List<InstrumentDefinition> questionnaires = List.of();
	/** What the editor edits: a copy, stored only by Spara / Publicera. */
	private InstrumentDefinition model;
	private Object selected;
	private boolean dirty;
	private boolean filling;
	private boolean busy;
	private List<Problem> problems = List.of();
	/** Reads of the unit's questionnaires still under way (tests wait for none). */
	private int reading;

	private Combo unitCombo;
	private Combo questionnaireCombo;
	private Text name;
	private Combo respondent;
	private Combo schedule;
	private Text scheduleMonths;
	private Tree tree;
	private Composite details;
	private final StackLayout detailStack = new StackLayout();
	private Composite sectionPage;
	private Composite itemPage;
	private Composite nothingPage;
	private Text sectionId;
	private Text sectionLabel;
	private Text sectionRule;
	private Text itemId;
	private Text itemLabel;
	private Combo itemType;
	private Text itemChoices;
	private Button itemRequired;
	private Text itemMin;
	private Text itemMax;
	private Text itemRule;
	private Text itemExpression;
	private Text itemHelp;
	private final Map<String, Label> fieldMessages = new HashMap<>();
	private Composite preview;
	private Label problemList;
	private Text comment;
	private Label history;
	private Label status;
	private Button retire;
	private Runnable previewLater;

	public QuestionnaireEditorPart() {
		// for dependency injection
	}

	/** For rendering outside a workbench (tests). */
	public QuestionnaireEditorPart(FormCustomisationService service, CaseService cases, UiJobs jobs, MPart part) {
		this.service = service;
		this.cases = cases;
		this.jobs = jobs;
		this.part = part;
	}

	/** A row of controls that wraps onto the next line when the part is narrow, each vertically centred. */
	private static Composite wrappingRow(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		org.eclipse.swt.layout.RowLayout layout = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
		layout.wrap = true;
		layout.center = true;
		layout.marginLeft = layout.marginRight = layout.marginTop = layout.marginBottom = 0;
		layout.spacing = 6;
		row.setLayout(layout);
		return row;
	}

	@PostConstruct
	public void create(Composite parent) {
		se.isu.ui.widgets.WheelGuard.install(parent.getDisplay());
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(parent);

		// The editor often opens in the half of the window beside the case list: the rows wrap rather than push the
		// name field or a button out of sight.
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 4).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		new Label(top, SWT.NONE).setText(Messages.unit);
		unitCombo = WidgetIds.tag(new Combo(top, SWT.READ_ONLY), UNIT);
		new Label(top, SWT.NONE).setText(Messages.questionnaire);
		questionnaireCombo = WidgetIds.tag(new Combo(top, SWT.READ_ONLY), QUESTIONNAIRE);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(questionnaireCombo);
		Composite fileButtons = wrappingRow(top);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(fileButtons);
		button(fileButtons, NEW, Messages.newQuestionnaire, this::newQuestionnaire);
		button(fileButtons, IMPORT, Messages.importFile, this::importFile);
		button(fileButtons, IMPORT_REDCAP, Messages.importRedcap, this::importRedcap);
		button(fileButtons, EXPORT, Messages.exportFile, this::exportFile);

		Composite meta = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 2).applyTo(meta);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(meta);
		new Label(meta, SWT.NONE).setText(Messages.name);
		name = WidgetIds.tag(new Text(meta, SWT.BORDER), NAME);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(name);
		Composite when = wrappingRow(meta);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(when);
		new Label(when, SWT.NONE).setText(Messages.respondent);
		respondent = WidgetIds.tag(new Combo(when, SWT.READ_ONLY), RESPONDENT);
		for (Respondent r : Respondent.values()) {
			respondent.add(Messages.respondent(r));
		}
		new Label(when, SWT.NONE).setText(Messages.schedule);
		schedule = WidgetIds.tag(new Combo(when, SWT.READ_ONLY), SCHEDULE);
		for (String s : Messages.schedules()) {
			schedule.add(s);
		}
		new Label(when, SWT.NONE).setText(Messages.scheduleMonths);
		scheduleMonths = WidgetIds.tag(new Text(when, SWT.BORDER), SCHEDULE_MONTHS);
		scheduleMonths.setLayoutData(new org.eclipse.swt.layout.RowData(40, SWT.DEFAULT));
		Label nameMessage = Fields.message(meta, NAME + WidgetIds.MESSAGE_SUFFIX);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(nameMessage);
		fieldMessages.put("|name", nameMessage);

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(left);
		tree = WidgetIds.tag(new Tree(left, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION), TREE);
		GridDataFactory.fillDefaults().grab(true, true).hint(220, 300).applyTo(tree);
		Composite treeButtons = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(4, 4).applyTo(treeButtons);
		button(treeButtons, ADD_SECTION, Messages.addSection, this::addSection);
		button(treeButtons, ADD_ITEM, Messages.addItem, this::addItem);
		button(treeButtons, REMOVE, Messages.remove, this::remove);
		button(treeButtons, MOVE_UP, Messages.up, () -> move(-1));
		button(treeButtons, MOVE_DOWN, Messages.down, () -> move(1));

		ScrolledComposite detailScroll = new ScrolledComposite(sash, SWT.V_SCROLL);
		details = new Composite(detailScroll, SWT.NONE);
		details.setLayout(detailStack);
		detailScroll.setContent(details);
		detailScroll.setExpandHorizontal(true);
		detailScroll.setExpandVertical(true);
		detailScroll.addListener(SWT.Resize, e -> detailScroll.setMinSize(details.computeSize(detailScroll.getClientArea().width, SWT.DEFAULT)));
		nothingPage = new Composite(details, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(nothingPage);
		new Label(nothingPage, SWT.WRAP).setText(Messages.chooseElement);
		sectionPage = page(details);
		sectionId = field(sectionPage, Messages.sectionId, SECTION_ID, "id", SWT.BORDER);
		sectionLabel = field(sectionPage, Messages.sectionLabel, SECTION_LABEL, "label", SWT.BORDER);
		sectionRule = field(sectionPage, Messages.visibleWhen, SECTION_RULE, "visibleWhen", SWT.BORDER);
		sectionRule.setMessage(Messages.ruleHint);
		itemPage = page(details);
		itemId = field(itemPage, Messages.itemId, ITEM_ID, "id", SWT.BORDER);
		itemLabel = field(itemPage, Messages.itemLabel, ITEM_LABEL, "label", SWT.BORDER | SWT.MULTI | SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, 44).applyTo(itemLabel);
		new Label(itemPage, SWT.NONE).setText(Messages.itemType);
		itemType = WidgetIds.tag(new Combo(itemPage, SWT.READ_ONLY), ITEM_TYPE);
		for (ItemType t : ItemType.values()) {
			itemType.add(Messages.type(t));
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(itemType);
		message(itemPage, ITEM_TYPE, "type");
		itemChoices = field(itemPage, Messages.choices, ITEM_CHOICES, "choiceSet", SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, 70).applyTo(itemChoices);
		itemChoices.setToolTipText(Messages.choicesHint);
		new Label(itemPage, SWT.NONE);
		itemRequired = WidgetIds.tag(new Button(itemPage, SWT.CHECK), ITEM_REQUIRED);
		itemRequired.setText(Messages.required);
		new Label(itemPage, SWT.NONE);
		new Label(itemPage, SWT.NONE);
		itemMin = field(itemPage, Messages.min, ITEM_MIN, "min", SWT.BORDER);
		itemMax = field(itemPage, Messages.max, ITEM_MAX, "max", SWT.BORDER);
		itemRule = field(itemPage, Messages.visibleWhen, ITEM_RULE, "visibleWhen", SWT.BORDER);
		itemRule.setMessage(Messages.ruleHint);
		itemExpression = field(itemPage, Messages.expression, ITEM_EXPRESSION, "expression", SWT.BORDER);
		itemHelp = field(itemPage, Messages.help, ITEM_HELP, "help", SWT.BORDER);
		detailStack.topControl = nothingPage;

		ScrolledComposite previewScroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		preview = WidgetIds.tag(new Composite(previewScroll, SWT.NONE), PREVIEW);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(preview);
		previewScroll.setContent(preview);
		previewScroll.setExpandHorizontal(true);
		previewScroll.setExpandVertical(true);
		sash.setWeights(24, 34, 42);

		problemList = WidgetIds.tag(new Label(parent, SWT.WRAP), PROBLEMS);
		problemList.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(problemList);

		Composite bottom = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).spacing(6, 4).applyTo(bottom);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bottom);
		new Label(bottom, SWT.NONE).setText(Messages.comment);
		comment = WidgetIds.tag(new Text(bottom, SWT.BORDER), COMMENT);
		comment.setTextLimit(1000);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(comment);
		button(bottom, SAVE, Messages.saveDraft, () -> save(null));
		button(bottom, PUBLISH, Messages.publish, this::publish);
		retire = button(bottom, RETIRE, Messages.retire, this::retire);
		history = WidgetIds.tag(new Label(parent, SWT.WRAP), HISTORY);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(history);
		status = WidgetIds.tag(new Label(parent, SWT.NONE), STATUS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

		listen();
		setEditable(false);
		status.setText(Messages.reading);
		jobs.run(Messages.reading, tree, monitor -> cases.units(), found -> {
			units = found;
			units.forEach(u -> unitCombo.add(u.getCode() + " " + u.getName()));
			status.setText("");
			if (!units.isEmpty()) {
				unitCombo.select(0);
				readQuestionnaires(null);
			}
		}, error -> status.setText(se.isu.ui.jobs.UiJobs.message(error)));
	}

	// --- building the widgets ------------------------------------------------------------------------

	private static Button button(Composite parent, String id, String text, Runnable action) {
		Button b = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	private static Composite page(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).spacing(6, 0).applyTo(page);
		return page;
	}

	private Text field(Composite page, String label, String id, String field, int style) {
		Label l = new Label(page, SWT.NONE);
		l.setText(label);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 3).applyTo(l);
		Text text = WidgetIds.tag(new Text(page, style), id);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(text);
		message(page, id, field);
		return text;
	}

	/** The message line under a field, filled with the checker's problem for the selected element and that field. */
	private void message(Composite page, String id, String field) {
		new Label(page, SWT.NONE);
		Label message = Fields.message(page, id + WidgetIds.MESSAGE_SUFFIX);
		fieldMessages.put((page == sectionPage ? "section|" : "item|") + field, message);
	}

	private void listen() {
		unitCombo.addListener(SWT.Selection, e -> {
			if (askToKeep()) {
				readQuestionnaires(null);
			}
		});
		questionnaireCombo.addListener(SWT.Selection, e -> {
			int i = questionnaireCombo.getSelectionIndex();
			if (i >= 0 && i < questionnaires.size() && questionnaires.get(i) != model && askToKeep()) {
				open(EcoreUtil.copy(questionnaires.get(i)));
			} else {
				selectCurrentInCombo();
			}
		});
		edit(name, () -> model.setName(name.getText().strip()));
		respondent.addListener(SWT.Selection, e -> changed(() -> {
			model.getRespondents().clear();
			model.getRespondents().add(Respondent.get(respondent.getSelectionIndex()));
		}));
		schedule.addListener(SWT.Selection, e -> changed(this::writeSchedule));
		edit(scheduleMonths, this::writeSchedule);
		tree.addListener(SWT.Selection, e -> {
			selected = e.item == null ? null : e.item.getData();
			showDetails();
		});
		edit(sectionId, () -> section().setId(sectionId.getText().strip()));
		edit(sectionLabel, () -> section().setLabel(sectionLabel.getText().strip()));
		edit(sectionRule, () -> section().setVisibleWhen(blankToNull(sectionRule.getText())));
		edit(itemId, this::renameItem);
		edit(itemLabel, () -> item().setLabel(itemLabel.getText().strip()));
		itemType.addListener(SWT.Selection, e -> changed(() -> {
			item().setType(ItemType.get(itemType.getSelectionIndex()));
			writeChoices();
		}));
		edit(itemChoices, this::writeChoices);
		itemRequired.addListener(SWT.Selection, e -> changed(() -> item().setRequired(itemRequired.getSelection())));
		edit(itemMin, () -> item().setMin(integer(itemMin.getText())));
		edit(itemMax, () -> item().setMax(integer(itemMax.getText())));
		edit(itemRule, () -> item().setVisibleWhen(blankToNull(itemRule.getText())));
		edit(itemExpression, () -> item().setExpression(blankToNull(itemExpression.getText())));
		edit(itemHelp, () -> item().setHelp(blankToNull(itemHelp.getText())));
	}

	private void edit(Text text, Runnable write) {
		text.addListener(SWT.Modify, e -> changed(write));
	}

	/** Every change the person makes goes through here: written to the model, then checked and drawn again. */
	private void changed(Runnable write) {
		if (filling || model == null) {
			return;
		}
		write.run();
		setDirty(true);
		refreshTreeLabels();
		check();
		schedulePreview();
	}

	// --- reading and opening ---------------------------------------------------------------------------

	private Optional<String> unit() {
		int i = unitCombo.getSelectionIndex();
		return i < 0 ? Optional.empty() : Optional.of(units.get(i).getCode());
	}

	private void readQuestionnaires(String thenOpen) {
		Optional<String> unit = unit();
		if (unit.isEmpty()) {
			return;
		}
		status.setText(Messages.reading);
		reading++;
		jobs.run(Messages.reading, tree, monitor -> service.ownQuestionnaires(unit.get()), found -> {
			reading--;
			questionnaires = new ArrayList<>(found);
			questionnaireCombo.removeAll();
			questionnaires.forEach(q -> questionnaireCombo.add(q.getName() + "  (" + q.getId() + ")"));
			status.setText(questionnaires.isEmpty() ? Messages.noneYet : "");
			InstrumentDefinition open = questionnaires.stream().filter(q -> q.getId().equals(thenOpen)).findFirst()
					.orElse(questionnaires.isEmpty() ? null : questionnaires.get(0));
			if (open == null) {
				newQuestionnaire();
			} else {
				open(EcoreUtil.copy(open));
			}
		}, error -> {
			reading--;
			status.setText(UiJobs.message(error));
		});
	}

	/** Whether the unit's questionnaires are being read (a questionnaire will be opened when they arrive). */
	public boolean isReading() {
		return reading > 0 || units.isEmpty();
	}

	/** Shows a questionnaire in the editor (nothing of it is stored yet). */
	public void open(InstrumentDefinition definition) {
		model = definition;
		selected = model.getSections().isEmpty() ? null : model.getSections().get(0);
		filling = true;
		try {
			name.setText(nz(model.getName()));
			respondent.select(model.getRespondents().isEmpty() ? Respondent.STAFF.getValue() : model.getRespondents().get(0).getValue());
			if (model.getRespondents().isEmpty()) {
				model.getRespondents().add(Respondent.STAFF);
			}
			readSchedule();
		} finally {
			filling = false;
		}
		setDirty(false);
		setEditable(true);
		selectCurrentInCombo();
		rebuildTree();
		showDetails();
		check();
		drawPreview();
		readHistory();
	}

	private void selectCurrentInCombo() {
		for (int i = 0; i < questionnaires.size(); i++) {
			if (model != null && questionnaires.get(i).getId().equals(model.getId())) {
				questionnaireCombo.select(i);
				return;
			}
		}
		questionnaireCombo.deselectAll();
	}

	private void readHistory() {
		Optional<String> unit = unit();
		if (unit.isEmpty() || model == null || model.getId() == null || !model.getId().startsWith("unit.")) {
			history.setText(Messages.notStoredYet);
			retire.setEnabled(false);
			return;
		}
		String id = model.getId();
		jobs.run(Messages.reading, tree, monitor -> new Object[] { service.questionnaireHistory(unit.get(), id),
				service.state(unit.get(), id) }, found -> {
					@SuppressWarnings("unchecked")
					List<QuestionnaireVersion> versions = (List<QuestionnaireVersion>) found[0];
					QuestionnaireState state = (QuestionnaireState) found[1];
					List<String> lines = new ArrayList<>();
					lines.add(Messages.state(state));
					versions.stream().limit(4).forEach(v -> lines.add(NLS.bind(v.published() ? Messages.publishedVersion
							: Messages.draftVersion, new Object[] { v.version(), v.createdAt().withNano(0).toString().replace('T', ' '),
									nz(v.author()), nz(v.comment()) })));
					history.setText(String.join("\n", lines));
					retire.setEnabled(state == QuestionnaireState.PUBLISHED);
					history.getParent().layout(true, true);
				}, error -> history.setText(UiJobs.message(error)));
	}

	/** A new, empty questionnaire with one section and one question to start from. */
	public void newQuestionnaire() {
		if (model != null && !askToKeep()) {
			return;
		}
		InstrumentDefinition d = F.createInstrumentDefinition();
		d.setId("");
		d.setVersion("1");
		d.setName("");
		d.getRespondents().add(Respondent.STAFF);
		Section s = F.createSection();
		s.setId("A");
		s.setLabel(Messages.firstSection);
		d.getSections().add(s);
		open(d);
		name.setFocus();
	}

	// --- the tree ----------------------------------------------------------------------------------

	private void rebuildTree() {
		tree.removeAll();
		TreeItem toSelect = null;
		for (Section s : model.getSections()) {
			TreeItem si = new TreeItem(tree, SWT.NONE);
			si.setData(s);
			if (s == selected) {
				toSelect = si;
			}
			for (Item i : s.getItems()) {
				TreeItem ii = new TreeItem(si, SWT.NONE);
				ii.setData(i);
				if (i == selected) {
					toSelect = ii;
				}
			}
			si.setExpanded(true);
		}
		refreshTreeLabels();
		if (toSelect != null) {
			tree.setSelection(toSelect);
		}
	}

	private void refreshTreeLabels() {
		for (TreeItem si : tree.getItems()) {
			Section s = (Section) si.getData();
			si.setText(nz(s.getId()) + "  " + nz(s.getLabel()));
			for (TreeItem ii : si.getItems()) {
				Item i = (Item) ii.getData();
				ii.setText(nz(i.getId()) + "  " + nz(i.getLabel()) + "  [" + Messages.type(i.getType()) + "]");
			}
		}
	}

	private Section section() {
		return (Section) selected;
	}

	private Item item() {
		return (Item) selected;
	}

	private Section sectionOf(Object element) {
		if (element instanceof Section s) {
			return s;
		}
		return element instanceof Item i ? (Section) i.eContainer() : null;
	}

	/** Adds a section after the selected one. */
	public void addSection() {
		if (model == null) {
			return;
		}
		changed(() -> {
			Section s = F.createSection();
			s.setId(freeId(Character.toString((char) ('A' + model.getSections().size())), sectionIds()));
			s.setLabel(Messages.newSection);
			Section current = sectionOf(selected);
			int at = current == null ? model.getSections().size() : model.getSections().indexOf(current) + 1;
			model.getSections().add(at, s);
			selected = s;
		});
		rebuildTree();
		showDetails();
		sectionLabel.setFocus();
		sectionLabel.selectAll();
	}

	/** Adds a question after the selected one (or last in the selected section), of the type chosen last. */
	public void addItem() {
		if (model == null) {
			return;
		}
		if (model.getSections().isEmpty()) {
			addSection();
		}
		changed(() -> {
			Section s = sectionOf(selected) == null ? model.getSections().get(0) : sectionOf(selected);
			Item i = F.createItem();
			i.setId(freeId(s.getId() + (s.getItems().size() + 1), itemIds()));
			i.setLabel("");
			i.setType(ItemType.SINGLE_CHOICE);
			int at = selected instanceof Item current ? s.getItems().indexOf(current) + 1 : s.getItems().size();
			s.getItems().add(at, i);
			selected = i; // no choice list yet: the checker asks for one under the field
		});
		rebuildTree();
		showDetails();
		itemLabel.setFocus();
	}

	private void remove() {
		if (selected == null || model == null) {
			return;
		}
		Object gone = selected;
		changed(() -> {
			if (gone instanceof Item i) {
				Section s = (Section) i.eContainer();
				int index = s.getItems().indexOf(i);
				s.getItems().remove(i);
				model.getChoiceSets().removeIf(c -> c.getId().equals(i.getId() + "_val"));
				selected = s.getItems().isEmpty() ? s : s.getItems().get(Math.min(index, s.getItems().size() - 1));
			} else if (gone instanceof Section s) {
				model.getSections().remove(s);
				selected = model.getSections().isEmpty() ? null : model.getSections().get(0);
			}
		});
		rebuildTree();
		showDetails();
	}

	private void move(int step) {
		if (selected == null || model == null) {
			return;
		}
		changed(() -> {
			if (selected instanceof Item i) {
				List<Item> list = ((Section) i.eContainer()).getItems();
				int to = list.indexOf(i) + step;
				if (to >= 0 && to < list.size()) {
					((org.eclipse.emf.common.util.EList<Item>) list).move(to, i);
				}
			} else if (selected instanceof Section s) {
				int to = model.getSections().indexOf(s) + step;
				if (to >= 0 && to < model.getSections().size()) {
					model.getSections().move(to, s);
				}
			}
		});
		rebuildTree();
	}

	private Set<String> sectionIds() {
		Set<String> ids = new HashSet<>();
		model.getSections().forEach(s -> ids.add(s.getId()));
		return ids;
	}

	private Set<String> itemIds() {
		Set<String> ids = new HashSet<>();
		model.getSections().forEach(s -> s.getItems().forEach(i -> ids.add(i.getId())));
		return ids;
	}

	private static String freeId(String wanted, Set<String> taken) {
		String id = wanted;
		for (int n = 2; taken.contains(id); n++) {
			id = wanted + "_" + n;
		}
		return id;
	}

	// --- the details of the selected element -------------------------------------------------------

	private void showDetails() {
		filling = true;
		try {
			if (selected instanceof Section s) {
				sectionId.setText(nz(s.getId()));
				sectionLabel.setText(nz(s.getLabel()));
				sectionRule.setText(nz(s.getVisibleWhen()));
				detailStack.topControl = sectionPage;
			} else if (selected instanceof Item i) {
				itemId.setText(nz(i.getId()));
				itemLabel.setText(nz(i.getLabel()));
				itemType.select(i.getType() == null ? -1 : i.getType().getValue());
				itemChoices.setText(choicesText(i));
				itemRequired.setSelection(i.isRequired());
				itemMin.setText(i.getMin() == null ? "" : i.getMin().toString());
				itemMax.setText(i.getMax() == null ? "" : i.getMax().toString());
				itemRule.setText(nz(i.getVisibleWhen()));
				itemExpression.setText(nz(i.getExpression()));
				itemHelp.setText(nz(i.getHelp()));
				detailStack.topControl = itemPage;
			} else {
				detailStack.topControl = nothingPage;
			}
		} finally {
			filling = false;
		}
		details.layout(true, true);
		showFieldMessages();
	}

	private String choicesText(Item i) {
		ChoiceSet set = choiceSet(i);
		if (set == null) {
			return "";
		}
		List<String> lines = new ArrayList<>();
		set.getChoices().forEach(c -> lines.add(nz(c.getCode()) + "=" + nz(c.getLabel())));
		return String.join("\n", lines);
	}

	private ChoiceSet choiceSet(Item i) {
		return i.getChoiceSet() == null ? null
				: model.getChoiceSets().stream().filter(c -> c.getId().equals(i.getChoiceSet())).findFirst().orElse(null);
	}

	/**
	 * The choices typed as {@code kod=text} per line become the item's own list (id {@code <item>_val}); a type
	 * without choices drops its list. A SCALE keeps a list when one is typed, else it uses min and max.
	 */
	private void writeChoices() {
		Item i = item();
		boolean takesList = i.getType() == ItemType.SINGLE_CHOICE || i.getType() == ItemType.MULTI_CHOICE
				|| i.getType() == ItemType.SCALE;
		String typed = itemChoices.getText().strip();
		String own = i.getId() + "_val";
		if (!takesList || (i.getType() == ItemType.SCALE && typed.isEmpty())) {
			i.setChoiceSet(null);
			model.getChoiceSets().removeIf(c -> c.getId().equals(own));
			return;
		}
		ChoiceSet set = choiceSet(i);
		if (set == null) {
			set = F.createChoiceSet();
			set.setId(own);
			model.getChoiceSets().add(set);
			i.setChoiceSet(own);
		}
		set.getChoices().clear();
		for (String line : typed.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int eq = line.indexOf('=');
			Choice c = F.createChoice();
			c.setCode((eq < 0 ? line : line.substring(0, eq)).strip());
			c.setLabel(eq < 0 ? c.getCode() : line.substring(eq + 1).strip());
			set.getChoices().add(c);
		}
	}

	/** A new item id renames its own choice list and every rule that reads it. */
	private void renameItem() {
		Item i = item();
		String before = i.getId();
		String after = itemId.getText().strip();
		i.setId(after);
		ChoiceSet own = model.getChoiceSets().stream().filter(c -> c.getId().equals(before + "_val")).findFirst().orElse(null);
		if (own != null && i.getChoiceSet() != null && i.getChoiceSet().equals(own.getId())) {
			own.setId(after + "_val");
			i.setChoiceSet(own.getId());
		}
	}

	// --- schedule ----------------------------------------------------------------------------------

	/** The schedule choices in the order of {@link Messages#schedules()}. */
	private void writeSchedule() {
		model.getSchedule().clear();
		model.getOccasionKinds().clear();
		int choice = schedule.getSelectionIndex();
		Integer months = integer(scheduleMonths.getText());
		int offset = months == null ? 0 : Math.max(0, months);
		ScheduleRule rule = F.createScheduleRule();
		rule.setToleranceDays(30);
		rule.setOffsetMonths(offset);
		switch (choice) {
		case 1 -> {
			rule.setAnchor(ScheduleAnchor.INTERVENTION_END);
			rule.getInterventionTypes().addAll(PLACEMENTS);
			rule.setOccasionKind(offset == 0 ? OccasionKind.DISCHARGE : OccasionKind.FOLLOW_UP);
		}
		case 2 -> {
			rule.setAnchor(ScheduleAnchor.CLOSURE);
			rule.setOccasionKind(offset == 0 ? OccasionKind.DISCHARGE : OccasionKind.FOLLOW_UP);
		}
		case 3 -> {
			rule.setAnchor(ScheduleAnchor.ACTUALISATION);
			rule.setOccasionKind(OccasionKind.INTAKE);
		}
		case 4 -> {
			rule.setAnchor(ScheduleAnchor.INTERVENTION_START);
			rule.setOccasionKind(OccasionKind.INTERIM);
		}
		default -> rule = null;
		}
		if (rule != null) {
			model.getSchedule().add(rule);
			model.getOccasionKinds().add(rule.getOccasionKind());
		}
	}

	private void readSchedule() {
		ScheduleRule rule = model.getSchedule().isEmpty() ? null : model.getSchedule().get(0);
		int choice = 0;
		if (rule != null) {
			choice = switch (rule.getAnchor()) {
			case INTERVENTION_END -> 1;
			case CLOSURE -> 2;
			case ACTUALISATION -> 3;
			case INTERVENTION_START -> 4;
			default -> 0;
			};
		}
		schedule.select(choice);
		scheduleMonths.setText(rule == null || rule.getOffsetMonths() == 0 ? "" : Integer.toString(rule.getOffsetMonths()));
	}

	// --- checking and the preview ------------------------------------------------------------------

	private void check() {
		problems = checker.check(model);
		showFieldMessages();
		if (problems.isEmpty()) {
			problemList.setText("");
		} else {
			List<String> lines = problems.stream().limit(4).map(Problem::message).toList();
			problemList.setText((problems.size() == 1 ? Messages.problemsOne : NLS.bind(Messages.problems, problems.size())) + "\n" + String.join("\n", lines));
		}
		problemList.getParent().layout(true, true);
	}

	/** The problem of the selected element's field under that field; the others are listed under the editor. */
	private void showFieldMessages() {
		fieldMessages.forEach((key, label) -> {
			String text = "";
			String[] parts = key.split("\\|", -1);
			String element = selected instanceof Section s ? s.getId() : selected instanceof Item i ? i.getId() : null;
			for (Problem p : problems) {
				boolean form = parts[0].isEmpty() && p.element().isEmpty() && p.field().equals(parts[1]);
				boolean mine = !parts[0].isEmpty() && element != null && p.element().equals(element)
						&& p.field().equals(parts[1]) && ((parts[0].equals("section")) == (selected instanceof Section));
				boolean ownList = parts[1].equals("choiceSet") && selected instanceof Item i && p.field().equals("choices")
						&& p.element().equals(i.getChoiceSet());
				if (form || mine || ownList) {
					text = p.message();
					break;
				}
			}
			if (!label.isDisposed() && !label.getText().equals(text)) {
				label.setText(text);
				label.setToolTipText(text.isEmpty() ? null : text);
			}
		});
	}

	private void schedulePreview() {
		if (previewLater != null) {
			preview.getDisplay().timerExec(-1, previewLater);
		}
		previewLater = this::drawPreview;
		preview.getDisplay().timerExec(400, previewLater);
	}

	/** The form as the case worker will see it, drawn by the real renderer; a form with problems shows why not. */
	void drawPreview() {
		if (preview.isDisposed() || model == null) {
			return;
		}
		for (Control c : preview.getChildren()) {
			c.dispose();
		}
		if (!problems.isEmpty()) {
			Label why = new Label(preview, SWT.WRAP);
			why.setText(Messages.previewWaits);
			GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(why);
		} else {
			try {
				InstrumentDefinition shown = EcoreUtil.copy(model);
				if (shown.getId() == null || shown.getId().isBlank()) {
					shown.setId("preview");
				}
				Form form = new Form(shown, ValueSets.standard()::find, Locale.getDefault(), 0);
				FormRenderer renderer = new FormRenderer(preview, form, form.newSheet());
				GridDataFactory.fillDefaults().grab(true, true).applyTo(renderer.control());
			} catch (RuntimeException e) {
				Label why = new Label(preview, SWT.WRAP);
				why.setText(NLS.bind(Messages.previewFailed, e.getMessage()));
			}
		}
		preview.layout(true, true);
		ScrolledComposite scroll = (ScrolledComposite) preview.getParent();
		scroll.setMinSize(preview.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	// --- storing -----------------------------------------------------------------------------------

	private void setDirty(boolean value) {
		dirty = value;
		if (part != null) {
			part.setDirty(value);
		}
	}

	public boolean isDirty() {
		return dirty;
	}

	/** Ctrl+S and the workbench's "Spara" when closing: keeps a draft in a job. */
	@Persist
	public void persist() {
		save(null);
	}

	private String idForStoring() {
		if (model.getId() == null || model.getId().isBlank()) {
			model.setId(nz(model.getName()).isBlank() ? "formular" : model.getName());
		}
		return model.getId();
	}

	/** Keeps what the editor holds as a draft, sound or not; {@code then} runs after it is stored. */
	public void save(Runnable then) {
		Optional<String> unit = unit();
		if (model == null || unit.isEmpty() || busy) {
			return;
		}
		idForStoring();
		InstrumentDefinition copy = EcoreUtil.copy(model);
		String note = comment.getText().strip();
		busy = true;
		status.setText(Messages.saving);
		jobs.run(Messages.saving, tree, monitor -> service.saveDraft(unit.get(), copy, note.isEmpty() ? null : note), stored -> {
			busy = false;
			model.setId(stored.getId());
			model.setOwnerUnit(stored.getOwnerUnit());
			setDirty(false);
			comment.setText("");
			status.setText(NLS.bind(Messages.saved, stored.getName()));
			refreshList(stored.getId());
			if (then != null) {
				then.run();
			}
		}, error -> {
			busy = false;
			status.setText(UiJobs.message(error));
		});
	}

	/** Publishes the next version with the comment; every problem is named and nothing is stored when it has any. */
	public void publish() {
		Optional<String> unit = unit();
		if (model == null || unit.isEmpty() || busy) {
			return;
		}
		check();
		if (!problems.isEmpty()) {
			status.setText(NLS.bind(Messages.publishRefused, problems.size()));
			return;
		}
		idForStoring();
		InstrumentDefinition copy = EcoreUtil.copy(model);
		String note = comment.getText().strip();
		busy = true;
		status.setText(Messages.publishing);
		jobs.run(Messages.publishing, tree, monitor -> service.publish(unit.get(), copy, note.isEmpty() ? null : note), stored -> {
			busy = false;
			model.setId(stored.getId());
			model.setVersion(stored.getVersion());
			model.setOwnerUnit(stored.getOwnerUnit());
			setDirty(false);
			comment.setText("");
			status.setText(NLS.bind(Messages.published, stored.getName(), stored.getVersion()));
			refreshList(stored.getId());
		}, error -> {
			busy = false;
			status.setText(error instanceof ValidationException v ? String.join("\n",
					v.violations().stream().map(ValidationException.Violation::message).limit(4).toList()) : UiJobs.message(error));
		});
	}

	private void retire() {
		Optional<String> unit = unit();
		if (model == null || unit.isEmpty() || busy || !MessageDialog.openQuestion(tree.getShell(), Messages.retire,
				NLS.bind(Messages.retireQuestion, model.getName()))) {
			return;
		}
		String id = model.getId();
		String note = comment.getText().strip();
		busy = true;
		jobs.run(Messages.saving, tree, monitor -> {
			service.retire(unit.get(), id, note.isEmpty() ? null : note);
			return id;
		}, done -> {
			busy = false;
			comment.setText("");
			status.setText(NLS.bind(Messages.retired, model.getName()));
			readHistory();
		}, error -> {
			busy = false;
			status.setText(UiJobs.message(error));
		});
	}

	/** Reads the list again after a store, keeping the questionnaire open as it is. */
	private void refreshList(String id) {
		Optional<String> unit = unit();
		jobs.run(Messages.reading, tree, monitor -> service.ownQuestionnaires(unit.orElseThrow()), found -> {
			questionnaires = new ArrayList<>(found);
			questionnaireCombo.removeAll();
			questionnaires.forEach(q -> questionnaireCombo.add(q.getName() + "  (" + q.getId() + ")"));
			selectCurrentInCombo();
			readHistory();
		}, error -> status.setText(UiJobs.message(error)));
	}

	/** True when the editor may show something else: nothing unsaved, or the person saved or dropped it. */
	private boolean askToKeep() {
		if (!dirty) {
			return true;
		}
		int answer = new MessageDialog(tree.getShell(), Messages.title, null, Messages.unsaved, MessageDialog.QUESTION, 0,
				Messages.saveDraft, Messages.dontSave, IDialogConstants.CANCEL_LABEL).open();
		if (answer == 0) {
			save(null); // stored in the background; what is shown next is read after it
			return true;
		}
		if (answer == 1) {
			setDirty(false);
			return true;
		}
		return false;
	}

	private void setEditable(boolean editable) {
		for (Control c : new Control[] { name, respondent, schedule, scheduleMonths, tree }) {
			c.setEnabled(editable);
		}
	}

	// --- files -------------------------------------------------------------------------------------

	private void importFile() {
		FileDialog dialog = new FileDialog(tree.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.xmi", "*.*" });
		String file = dialog.open();
		if (file != null && askToKeep()) {
			importFile(Path.of(file));
		}
	}

	/** Reads a questionnaire exported from this editor (or any definition XMI) into the editor, unsaved. */
	public void importFile(Path file) {
		jobs.run(Messages.reading, tree, monitor -> InstrumentDefinitions.parseDefinition(Files.readString(file, StandardCharsets.UTF_8)),
				definition -> {
					definition.setId(null);
					definition.setOwnerUnit(null);
					open(definition);
					setDirty(true);
					status.setText(NLS.bind(Messages.imported, file.getFileName()));
				}, error -> status.setText(NLS.bind(Messages.importFailed, file.getFileName(), UiJobs.message(error))));
	}

	private void importRedcap() {
		FileDialog dialog = new FileDialog(tree.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.csv", "*.*" });
		String file = dialog.open();
		if (file != null && askToKeep()) {
			importRedcap(Path.of(file));
		}
	}

	/** Reads a REDCap data dictionary; a refused row is named with its reason and then nothing is imported. */
	public void importRedcap(Path file) {
		String name = file.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
		jobs.run(Messages.reading, tree, monitor -> {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				return RedcapDictionary.read(reader, name);
			}
		}, definition -> {
			definition.setId(null);
			definition.getRespondents().add(Respondent.STAFF);
			open(definition);
			setDirty(true);
			status.setText(NLS.bind(Messages.imported, file.getFileName()));
		}, error -> {
			String why = error instanceof ValidationException v ? String.join("\n",
					v.violations().stream().map(ValidationException.Violation::message).toList()) : UiJobs.message(error);
			problemList.setText(NLS.bind(Messages.importFailed, file.getFileName(), "") + "\n" + why);
			status.setText(NLS.bind(Messages.importFailed, file.getFileName(), Messages.nothingImported));
			problemList.getParent().layout(true, true);
		});
	}

	private void exportFile() {
		if (model == null) {
			return;
		}
		FileDialog dialog = new FileDialog(tree.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.xmi" });
		dialog.setFileName(nz(model.getName()).replaceAll("[^\\p{L}\\p{N}_-]+", "_") + ".xmi");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			exportFile(Path.of(file));
		}
	}

	/** Writes the questionnaire as it stands in the editor, whole or not at all. */
	public void exportFile(Path file) {
		InstrumentDefinition copy = EcoreUtil.copy(model);
		if (copy.getId() == null || copy.getId().isBlank()) {
			copy.setId("formular");
		}
		jobs.run(Messages.saving, tree, monitor -> {
			se.isu.core.WholeFile.write(file, out -> out.write(InstrumentDefinitions.toXmi(copy).getBytes(StandardCharsets.UTF_8)));
			return file;
		}, written -> status.setText(NLS.bind(Messages.exported, written.getFileName())),
				error -> status.setText(UiJobs.message(error)));
	}

	// --- small helpers -----------------------------------------------------------------------------

	private static Integer integer(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	/** The definition as it stands in the editor (tests). */
	public InstrumentDefinition model() {
		return model;
	}

	@Focus
	public void setFocus() {
		tree.setFocus();
	}
}
