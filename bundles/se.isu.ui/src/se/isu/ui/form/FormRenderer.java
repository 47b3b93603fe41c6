package se.isu.ui.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.Form.Field;
import se.isu.core.instrument.Form.Parsed;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.MissingCode;
import se.isu.model.instrument.Section;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;
import se.isu.ui.widgets.WheelGuard;

/**
 * Turns any instrument {@link Form} into a keyboard-first SWT form: a list of sections with their progress on the
 * left, the items of the current section on the right, one text field per item. Codes and missing codes are typed
 * by key, Tab and Enter move on (from the last item of a section into the next section), the meaning of what was
 * typed (or the broken rule) shows under the field at once, skip logic hides and clears items.
 *
 * <p>A section's widgets are made the first time it is shown, so a 200-item interview opens as fast as its first
 * section; answers, skip logic and progress live in the {@link AnswerSheet} and cover every section from the start.
 *
 * <p>What is typed is never thrown away: text that breaks a rule stays in its field, marked, and is not put in the
 * answers until corrected; {@link #invalidItems()} tells the caller not to save yet.
 */
public final class FormRenderer {

	/** Widget data key holding the item id on each answer field, for tests and screen readers. */
	public static final String ITEM_KEY = "isu.form.item";
	/** Widget data key on a repeating group's add button: the group id. */
	public static final String ADD_ROW_KEY = "isu.form.addRow";
	/** Widget data key on a row's remove button: the group id and row, e.g. {@code drug[2]}. */
	public static final String REMOVE_ROW_KEY = "isu.form.removeRow";

	/** Characters per line of a question label when the page is wide enough; fewer in a narrow part. */
	private static final int LABEL_COLUMNS = 66;
	private static final int MIN_LABEL_COLUMNS = 24;
	private static final int MIN_SECTION_LIST = 140;
	/** Width the questions keep before the section list gets more than its minimum: 40-odd characters and a text field. */
	private static final int QUESTIONS_ROOM = 640;
	private static final int TEXT_INPUT_WIDTH = 260;
	/** Characters of a hint line shown at most. */
	private static final int HINT_LIMIT = 160;

	private final Form form;
	private final AnswerSheet answers;
	/** Plugins' item renderers (decision 94), asked where an item's input is made. */
	private final ItemRenderers.Bound itemRenderers;
	private final Composite root;
	private final Table sectionList;
	private final Composite pages;
	private final StackLayout stack = new StackLayout();
	private final List<Section> sections;
	private final Map<Section, Page> rendered = new HashMap<>();
	/** The widgets of each answer, by answer id (a repeating group's: one per row, drug[2].days). */
	private final Map<String, Row> rows = new LinkedHashMap<>();
	/** Rows each repeating group shows: the stored rows, more when the person adds some. */
	private final Map<String, Integer> rowCounts = new HashMap<>();
	/** The made composite of each repeating group, rebuilt when rows are added or removed. */
	private final Map<String, GroupBox> groupBoxes = new HashMap<>();
	/** Asks before a row with answers is removed; a test answers it without a dialog. */
	private java.util.function.Predicate<String> confirmRemoval = this::askRemoval;
	private final Map<String, String> invalid = new LinkedHashMap<>();
	private final List<Runnable> listeners = new ArrayList<>();
	private final Font headingFont;
	private final Color errorColor;
	private final Color hintColor;
	private boolean dirty;
	private boolean updating;
	/** The section on screen; the list's selection can be empty for a moment (GTK), this never is. */
	private Section shown;
	/** The item the cursor was last in, where it returns when the part is activated again. */
	private Row lastFocused;
	private int charWidth;

	/** The widgets of one section, made on first show; labels are wrapped at {@code columns} characters. */
	private static final class Page {
		final ScrolledComposite scrolled;
		final Composite content;
		final Section section;
		int columns = LABEL_COLUMNS;
		int textWidth = TEXT_INPUT_WIDTH;

		Page(ScrolledComposite scrolled, Composite content, Section section) {
			this.scrolled = scrolled;
			this.content = content;
			this.section = section;
		}

		ScrolledComposite scrolled() {
			return scrolled;
		}

		Composite content() {
			return content;
		}
	}

	/**
	 * The widgets of one answer; the hint line is made when there is first something to say. {@code id} is the
	 * stored answer id: the item id, or in a repeating group the row's id (drug[2].days).
	 */
	private final class Row {
		final Field field;
		final String id;
		final int rowIndex;
		final Label label;
		final Text input;
		final Page page;
		/** A grid row's marks under its choices, in the order of the options. */
		Label[] cells;
		Label hint;
		/** A plugin renderer's control in a row under the field, or null (decision 94). */
		Control plugin;

		Row(Field field, String id, int rowIndex, Page page, Label label, Text input) {
			this.field = field;
			this.id = id;
			this.rowIndex = rowIndex;
			this.page = page;
			this.label = label;
			this.input = input;
		}
	}

	/** A repeating group as made on its page: its composite and the add button (null until made). */
	private static final class GroupBox {
		final Form.Group group;
		final Composite composite;
		final Page page;
		Button add;

		GroupBox(Form.Group group, Composite composite, Page page) {
			this.group = group;
			this.composite = composite;
			this.page = page;
		}
	}

	public FormRenderer(Composite parent, Form form, AnswerSheet initial) {
		this(parent, form, initial, ItemRenderers.NONE);
	}

	/** The same, letting plugins' item renderers bring a control of their own for the items they rank. */
	public FormRenderer(Composite parent, Form form, AnswerSheet initial, ItemRenderers renderers) {
		this.form = form;
		this.answers = initial;
		this.itemRenderers = renderers.bind(form);
		this.sections = form.sections();
		form.settle(answers);
		for (Form.Group group : form.groups()) {
			if (group.isRepeating()) {
				rowCounts.put(group.id(), Math.max(group.rows(answers), group.minRows()));
			}
		}
		WheelGuard.install(parent.getDisplay()); // idempotent; the application installs it at start-up too
		root = new Composite(parent, SWT.NONE);
		GridLayout rootLayout = new GridLayout(2, false);
		rootLayout.marginWidth = 0;
		rootLayout.marginHeight = 0;
		root.setLayout(rootLayout);
		FontData data = parent.getFont().getFontData()[0];
		headingFont = new Font(parent.getDisplay(), data.getName(), data.getHeight() + 2, SWT.BOLD);
		root.addDisposeListener(e -> headingFont.dispose());
		errorColor = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		hintColor = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);

		sectionList = WidgetIds.tag(new Table(root, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER), WidgetIds.FORM_SECTIONS);
		new TableColumn(sectionList, SWT.NONE);
		new TableColumn(sectionList, SWT.RIGHT);
		for (Section section : sections) {
			new TableItem(sectionList, SWT.NONE).setText(0, section.getId() + "  " + form.sectionLabel(section));
		}
		updateProgress();
		sectionList.getColumn(0).pack();
		sectionList.getColumn(1).pack();
		GridData listData = new GridData(SWT.FILL, SWT.FILL, false, true);
		int listWidth = sectionList.getColumn(0).getWidth() + sectionList.getColumn(1).getWidth() + 8;
		listData.widthHint = listWidth;
		sectionList.setLayoutData(listData);
		// In a narrow editor (an assessment beside the case list) the questions need the room more than the section
		// names: the list gets what is left beyond the questions' room, and the page heading still names the section.
		root.addListener(SWT.Resize, e -> {
			int width = root.getClientArea().width;
			int hint = width <= 0 ? listWidth : Math.min(listWidth, Math.max(MIN_SECTION_LIST, width - QUESTIONS_ROOM));
			if (hint != listData.widthHint) {
				listData.widthHint = hint;
				root.layout(true);
			}
		});
		if (sections.size() < 2) {
			// one section: the list would only repeat the heading, and the questions need the room
			listData.exclude = true;
			sectionList.setVisible(false);
		}
		// a narrow list cuts long names and the progress column: the whole line shows on hover
		sectionList.addListener(SWT.MouseHover, e -> {
			TableItem item = sectionList.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
			sectionList.setToolTipText(item == null ? null : item.getText(0) + "   " + item.getText(1));
		});
		sectionList.addListener(SWT.Selection, e -> sectionChosen());
		// Keys typed while the list has the focus are answers, not a search in the list: they go to the form
		// (issue 12: a date typed into the list was lost and Enter raised "Index -1 out of bounds").
		sectionList.addListener(SWT.KeyDown, this::keyInSectionList);
		sectionList.addListener(SWT.DefaultSelection, e -> focusFirstUnanswered(shown));

		pages = new Composite(root, SWT.NONE);
		pages.setLayout(stack);
		pages.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		if (!sections.isEmpty()) {
			show(sections.get(0));
		}
	}

	/** Shows a section, making its widgets the first time. */
	public void show(Section section) {
		Page page = page(section);
		stack.topControl = page.scrolled();
		pages.layout();
		shown = section;
		sectionList.setSelection(sections.indexOf(section));
	}

	/** A section was chosen in the list; an empty selection (possible on GTK) keeps the shown section. */
	private void sectionChosen() {
		int index = sectionList.getSelectionIndex();
		if (index < 0) {
			sectionList.setSelection(sections.indexOf(shown));
			return;
		}
		show(sections.get(index));
	}

	/** A printable key in the section list starts the answer to the first unanswered item of the shown section. */
	private void keyInSectionList(Event e) {
		if (e.character < ' ' || e.character == SWT.DEL || (e.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0) {
			return;
		}
		e.doit = false;
		Text target = focusFirstUnanswered(shown);
		if (target != null) {
			target.insert(String.valueOf(e.character));
		}
	}

	/**
	 * Puts the cursor in the first item of the form that takes input and has no answer yet (a new interview: the
	 * first item; a resumed one: where it stopped), or in the first item when all are answered. Returns the field.
	 */
	public Text focusFirstUnanswered() {
		return focusFirstUnanswered(null);
	}

	/** The same, within one section (null: the whole form). */
	private Text focusFirstUnanswered(Section within) {
		Form.Slot first = null;
		search: for (Section section : sections) {
			if (within != null && section != within) {
				continue;
			}
			for (Form.Slot slot : slots(section)) {
				if (slot.field().type() == ItemType.COMPUTED || !form.isVisible(slot.field(), slot.row(), answers)) {
					continue;
				}
				if (first == null) {
					first = slot;
				}
				if (answers.get(slot.answerId()).isEmpty() && !invalid.containsKey(slot.answerId())) {
					first = slot;
					break search;
				}
			}
		}
		if (first == null) {
			return null;
		}
		focus(first.answerId());
		Row row = rows.get(first.answerId());
		return row == null ? null : row.input;
	}

	/** Puts the cursor back where it was when the form was left, or in the first unanswered item. */
	public void restoreFocus() {
		if (lastFocused != null && !lastFocused.input.isDisposed() && lastFocused.input.getVisible()) {
			focus(lastFocused.id);
		} else {
			focusFirstUnanswered();
		}
	}

	private Page page(Section section) {
		Page page = rendered.get(section);
		if (page != null) {
			return page;
		}
		ScrolledComposite scrolled = new ScrolledComposite(pages, SWT.V_SCROLL);
		Composite content = new Composite(scrolled, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 12;
		layout.verticalSpacing = 3;
		content.setLayout(layout);
		page = new Page(scrolled, content, section);
		page.columns = columnsFor(pages.getClientArea().width, section);
		page.textWidth = textInputWidth(pages.getClientArea().width);
		rendered.put(section, page);
		content.setRedraw(false);
		try {
			Label heading = new Label(content, SWT.NONE);
			heading.setText(section.getId() + "  " + form.sectionLabel(section));
			heading.setFont(headingFont);
			heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			if (section.getHelp() != null) {
				heading.setToolTipText(section.getHelp());
			}
			List<Field> fields = form.fieldsOf(section);
			for (int i = 0; i < fields.size(); i++) {
				Field field = fields.get(i);
				Optional<Form.Group> group = field.group();
				if (group.isEmpty()) {
					rows.put(field.id(), finish(row(page, page.content(), field, 0)));
					continue;
				}
				if (group.get().isRepeating()) {
					groupBox(page, group.get());
				} else {
					grid(page, group.get());
				}
				i += group.get().fields().size() - 1; // a group's items stand together (the validator sees to it)
			}
		} finally {
			content.setRedraw(true);
		}
		scrolled.setContent(content);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		Page made = page;
		scrolled.addListener(SWT.Resize, e -> {
			rewrap(made);
			resize(made);
		});
		resize(page);
		return page;
	}

	/**
	 * One answer's label and field in {@code parent} (the page, a repeating group's box or a grid); {@code rowIndex}
	 * is the row of a repeating group (0 outside one).
	 */
	private Row row(Page page, Composite parent, Field field, int rowIndex) {
		String id = field.answerId(rowIndex);
		// Wrapped here, not by SWT.WRAP: GTK re-measures a wrapping label on every layout pass, which made a section
		// of 25 items take twice as long to open (AsiFormOpenBenchmark).
		Label label = new Label(parent, SWT.NONE);
		label.setText(labelText(field, page.columns));
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		if (field.item().getHelp() != null) {
			label.setToolTipText(field.item().getHelp());
		}
		Text input = new Text(parent, SWT.BORDER | SWT.SINGLE);
		input.setData(ITEM_KEY, id);
		GridData inputData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		inputData.widthHint = field.type() == ItemType.TEXT ? page.textWidth : 70;
		input.setLayoutData(inputData);
		input.setToolTipText(keysText(field));
		input.setEditable(field.type() != ItemType.COMPUTED);
		Row row = new Row(field, id, rowIndex, page, label, input);
		answers.get(id).ifPresent(entry -> input.setText(entry.isMissing() ? entry.missingCode() : entry.value()));
		input.addListener(SWT.Modify, e -> typed(row));
		// Enter moves on like Tab: the interviewer's hands stay on the keys
		input.addListener(SWT.DefaultSelection, e -> move(input, true));
		input.addListener(SWT.Traverse, e -> traverse(input, e));
		input.addListener(SWT.FocusIn, e -> lastFocused = row);
		if (rowIndex > 0) {
			// the keyboard's way to remove a row; later, as the row's widgets are made again
			input.setToolTipText(input.getToolTipText() + (input.getToolTipText().isEmpty() ? "" : "\n") + Messages.form_keysRemoveRow);
			input.addListener(SWT.KeyDown, e -> {
				if (e.keyCode == SWT.DEL && (e.stateMask & SWT.MOD1) != 0) {
					e.doit = false;
					input.getDisplay().asyncExec(() -> {
						if (!root.isDisposed() && rowCounts.getOrDefault(field.group().orElseThrow().id(), 0) >= rowIndex) {
							removeRow(field.group().orElseThrow(), rowIndex);
						}
					});
				}
			});
		}
		// The one place plugins take part: a control under the field that talks to it by text only (decision 94).
		row.plugin = itemRenderers.render(parent, field, input, () -> move(input, true));
		return row;
	}

	/** Hides a new row that skip logic hides and shows what its answer means. */
	private Row finish(Row row) {
		if (!form.isVisible(row.field, row.rowIndex, answers)) {
			setShown(row, false);
		}
		showMeaning(row, false);
		return row;
	}

	/**
	 * A repeating group: its heading, each row titled "Substans 2" with a remove button and the group's items as
	 * typed fields, then "Lägg till substans". The box is made again when rows are added or removed.
	 */
	private void groupBox(Page page, Form.Group group) {
		Composite box = new Composite(page.content(), SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 4;
		layout.verticalSpacing = 3;
		box.setLayout(layout);
		box.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		GroupBox made = new GroupBox(group, box, page);
		groupBoxes.put(group.id(), made);
		fillGroupBox(made);
	}

	private void fillGroupBox(GroupBox box) {
		Form.Group group = box.group;
		Label heading = new Label(box.composite, SWT.NONE);
		heading.setText(group.id() + "  " + group.label());
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		int count = rowCounts.getOrDefault(group.id(), 0);
		if (count == 0) {
			Label none = new Label(box.composite, SWT.NONE);
			none.setText(Messages.form_noRows);
			none.setForeground(hintColor);
			none.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		}
		for (int r = 1; r <= count; r++) {
			// the title and its remove button sit in the box's two columns: no composite per row (20 rows open faster)
			Label rowTitle = new Label(box.composite, SWT.NONE);
			rowTitle.setText(group.rowTitle(r));
			rowTitle.setFont(headingFont);
			GridData titleData = new GridData(SWT.FILL, SWT.CENTER, true, false);
			titleData.verticalIndent = 6;
			rowTitle.setLayoutData(titleData);
			Button remove = new Button(box.composite, SWT.PUSH);
			GridData removeData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
			removeData.verticalIndent = 6;
			remove.setLayoutData(removeData);
			remove.setText(Messages.form_removeRow);
			remove.setData(REMOVE_ROW_KEY, group.id() + "[" + r + "]");
			int row = r;
			remove.addListener(SWT.Selection, e -> removeRow(group, row));
			for (Field member : group.fields()) {
				Row made = row(box.page, box.composite, member, r);
				rows.put(made.id, made);
				finish(made);
			}
		}
		box.add = new Button(box.composite, SWT.PUSH);
		box.add.setText(NLS.bind(Messages.form_addRow, group.rowLabel()));
		box.add.setData(ADD_ROW_KEY, group.id());
		box.add.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
		box.add.setEnabled(count < group.maxRows());
		box.add.addListener(SWT.Selection, e -> addRow(group));
		box.add.addListener(SWT.Traverse, e -> traverse(box.add, e));
	}

	/**
	 * A grid: one table whose rows are the group's items and whose columns are its choices. Each row is still
	 * typed (1, 2, 9 ...) in its field; the mark under the chosen column shows what was typed.
	 */
	private void grid(Page page, Form.Group group) {
		List<Form.Option> options = group.fields().get(0).options();
		Composite table = new Composite(page.content(), SWT.NONE);
		GridLayout layout = new GridLayout(2 + options.size(), false);
		layout.marginWidth = 0;
		layout.verticalSpacing = 3;
		layout.horizontalSpacing = 10;
		table.setLayout(layout);
		table.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		Label heading = new Label(table, SWT.NONE);
		heading.setText(group.id() + "  " + group.label());
		heading.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false, 2, 1));
		for (Form.Option option : options) {
			Label column = new Label(table, SWT.CENTER);
			column.setText(option.code() + "\n" + option.label());
			column.setLayoutData(new GridData(SWT.CENTER, SWT.END, false, false));
		}
		for (Field member : group.fields()) {
			Row made = row(page, table, member, 0);
			made.cells = new Label[options.size()];
			for (int c = 0; c < options.size(); c++) {
				made.cells[c] = new Label(table, SWT.CENTER);
				// as wide as its column (the choice's heading): an empty label would be measured 0 wide and its mark unseen
				made.cells[c].setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
			}
			rows.put(made.id, made);
			finish(made);
		}
	}

	/** Adds an empty row at the end of a repeating group and puts the cursor in its first field. */
	public void addRow(Form.Group group) {
		int count = rowCounts.getOrDefault(group.id(), 0);
		if (count >= group.maxRows()) {
			return;
		}
		rowCounts.put(group.id(), count + 1);
		rebuild(group, texts -> texts);
		dirty = true;
		updateProgress();
		listeners.forEach(Runnable::run);
		group.fields().stream().map(f -> rows.get(f.answerId(count + 1))).filter(r -> r.input.getVisible()).findFirst()
				.ifPresent(r -> focus(r.id));
	}

	/**
	 * Removes a row of a repeating group, asking first when anything stands in it; the rows after it move up with
	 * their typed texts (a text that breaks a rule included).
	 *
	 * @return whether the row was removed
	 */
	public boolean removeRow(Form.Group group, int row) {
		boolean typedSomething = group.fields().stream()
				.anyMatch(f -> !currentText(f.answerId(row)).isBlank() && f.type() != ItemType.COMPUTED);
		if (typedSomething && !confirmRemoval.test(group.rowTitle(row))) {
			return false;
		}
		int count = rowCounts.getOrDefault(group.id(), 0);
		answers.removeRow(group.id(), row);
		rowCounts.put(group.id(), Math.max(0, count - 1));
		rebuild(group, texts -> {
			Map<String, String> moved = new LinkedHashMap<>();
			texts.forEach((id, text) -> se.isu.instrument.api.RowIds.parse(id).ifPresent(ref -> {
				if (ref.row() < row) {
					moved.put(id, text);
				} else if (ref.row() > row) {
					moved.put(se.isu.instrument.api.RowIds.of(ref.group(), ref.row() - 1, ref.item()), text);
				}
			}));
			return moved;
		});
		settle();
		dirty = true;
		updateProgress();
		listeners.forEach(Runnable::run);
		return true;
	}

	/** Lets a caller (a test) answer the question before a row with answers is removed. */
	public void setRemovalConfirmation(java.util.function.Predicate<String> ask) {
		confirmRemoval = ask;
	}

	private boolean askRemoval(String rowTitle) {
		MessageBox box = new MessageBox(root.getShell(), SWT.ICON_QUESTION | SWT.YES | SWT.NO);
		box.setText(NLS.bind(Messages.form_removeRowTitle, rowTitle));
		box.setMessage(NLS.bind(Messages.form_removeRowQuestion, rowTitle));
		return box.open() == SWT.YES;
	}

	/**
	 * Makes a repeating group's widgets again after its rows changed: what stood in its fields (rules broken
	 * included) is taken, moved by {@code move}, and typed back, so nothing typed is lost.
	 */
	private void rebuild(Form.Group group, java.util.function.UnaryOperator<Map<String, String>> move) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Iterator<Map.Entry<String, Row>> it = rows.entrySet().iterator(); it.hasNext();) {
			Map.Entry<String, Row> e = it.next();
			if (e.getValue().field.inRows() && e.getValue().field.group().orElseThrow() == group) {
				texts.put(e.getKey(), e.getValue().input.getText());
				invalid.remove(e.getKey());
				it.remove();
			}
		}
		Map<String, String> moved = move.apply(texts);
		GroupBox box = groupBoxes.get(group.id());
		if (box == null) {
			return; // not made yet: the answers alone hold the group
		}
		box.composite.setRedraw(false);
		try {
			for (Control child : box.composite.getChildren()) {
				child.dispose();
			}
			fillGroupBox(box);
			moved.forEach((id, text) -> {
				Row row = rows.get(id);
				if (row != null && !text.equals(row.input.getText())) {
					row.input.setText(text); // typed again: parsed, checked and marked as when it was typed
				}
			});
		} finally {
			box.composite.setRedraw(true);
		}
		box.page.content().layout(true, true);
		resize(box.page);
	}

	/**
	 * Tab and Shift+Tab go to the next or previous item that takes input: computed items are skipped, and from the
	 * last item of a section the cursor continues in the next section.
	 */
	private void traverse(Control control, Event e) {
		if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
			e.doit = false;
			move(control, e.detail == SWT.TRAVERSE_TAB_NEXT);
		}
	}

	/**
	 * Focuses the next (or previous) field that takes input, or a repeating group's add button, crossing into
	 * other sections.
	 */
	private void move(Control from, boolean forward) {
		Section section = sectionOf(from);
		int sectionIndex = sections.indexOf(section);
		List<Control> shown = stops(section);
		int at = shown.indexOf(from) + (forward ? 1 : -1);
		while (true) {
			if (at >= 0 && at < shown.size()) {
				Control target = shown.get(at);
				if (!(target instanceof Text text) || text.getEditable()) {
					focus(target);
					return;
				}
				at += forward ? 1 : -1;
				continue;
			}
			sectionIndex += forward ? 1 : -1;
			if (sectionIndex < 0 || sectionIndex >= sections.size()) {
				return;
			}
			Section next = sections.get(sectionIndex);
			shown = stops(next);
			at = forward ? 0 : shown.size() - 1;
		}
	}

	private Section sectionOf(Control control) {
		for (Map.Entry<Section, Page> e : rendered.entrySet()) {
			for (Control c = control; c != null; c = c.getParent()) {
				if (c == e.getValue().content()) {
					return e.getKey();
				}
			}
		}
		return shown;
	}

	/** Where Tab stops in a section, in order: shown fields, and after each repeating group's rows its add button. */
	private List<Control> stops(Section section) {
		page(section);
		List<Control> stops = new ArrayList<>();
		Form.Group last = null;
		for (Form.Slot slot : slots(section)) {
			Form.Group group = slot.field().inRows() ? slot.field().group().orElseThrow() : null;
			if (last != null && group != last) {
				addStop(stops, last);
			}
			last = group;
			Row row = rows.get(slot.answerId());
			if (row != null && row.input.getVisible()) {
				stops.add(row.input);
			}
		}
		if (last != null) {
			addStop(stops, last);
		}
		// a repeating group without rows has no slots: its add button still is a stop, in the group's place
		for (Form.Group group : form.groups()) {
			if (group.isRepeating() && group.section() == section && rowCounts.getOrDefault(group.id(), 0) == 0) {
				GroupBox box = groupBoxes.get(group.id());
				if (box != null && box.add != null && box.add.isEnabled()) {
					stops.add(insertionPoint(stops, group), box.add);
				}
			}
		}
		return stops;
	}

	private void addStop(List<Control> stops, Form.Group group) {
		GroupBox box = groupBoxes.get(group.id());
		if (box != null && box.add != null && box.add.isEnabled()) {
			stops.add(box.add);
		}
	}

	/** Where an empty group's add button goes among the stops: before the first field that follows the group. */
	private int insertionPoint(List<Control> stops, Form.Group group) {
		List<Field> fields = form.fieldsOf(group.section());
		int after = fields.indexOf(group.fields().get(group.fields().size() - 1));
		for (int i = after + 1; i < fields.size(); i++) {
			Row row = rows.get(fields.get(i).inRows() ? null : fields.get(i).id());
			if (row != null && stops.contains(row.input)) {
				return stops.indexOf(row.input);
			}
		}
		return stops.size();
	}

	/** Every answer place of the section with the rows the renderer shows. */
	private List<Form.Slot> slots(Section section) {
		return form.slots(section, g -> rowCounts.getOrDefault(g.id(), 0));
	}

	private static String labelText(Field field, int columns) {
		String unit = field.unitText().isEmpty() ? "" : " (" + field.unitText() + ")";
		// a grid's choices head its columns, not every row
		boolean gridRow = field.group().map(Form.Group::isGrid).orElse(false);
		return wrap(field.id() + "  " + field.label() + unit, columns) + (gridRow ? "" : optionsText(field, columns));
	}

	/** How many label characters fit beside the answer fields of the section in a page this wide. */
	private int columnsFor(int pageWidth, Section section) {
		if (pageWidth <= 0) {
			return LABEL_COLUMNS;
		}
		if (charWidth == 0) {
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(root);
			charWidth = Math.max(1, (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth()));
			gc.dispose();
		}
		// margins, the answer column (wide when the section has free-text items), the scroll bar
		int answerColumn = form.fieldsOf(section).stream().anyMatch(f -> f.type() == ItemType.TEXT)
				? textInputWidth(pageWidth) + 10
				: 90;
		int free = pageWidth - 24 - answerColumn - 30;
		return Math.max(MIN_LABEL_COLUMNS, Math.min(LABEL_COLUMNS, free / charWidth));
	}

	/** Free-text fields take a third of a narrow page, so the question beside them keeps readable lines. */
	private static int textInputWidth(int pageWidth) {
		return pageWidth <= 0 ? TEXT_INPUT_WIDTH : Math.max(110, Math.min(TEXT_INPUT_WIDTH, pageWidth / 3 - 10));
	}

	/** Re-wraps a page's labels when its width allows a different number of characters per line. */
	private void rewrap(Page page) {
		int width = page.scrolled().getClientArea().width;
		int columns = columnsFor(width, page.section);
		int textWidth = textInputWidth(width);
		if (columns == page.columns && textWidth == page.textWidth) {
			return;
		}
		page.columns = columns;
		page.textWidth = textWidth;
		for (Row row : rows.values()) {
			if (row.page == page) {
				row.label.setText(labelText(row.field, columns));
				if (row.field.type() == ItemType.TEXT && row.input.getLayoutData() instanceof GridData data) {
					data.widthHint = textWidth;
				}
			}
		}
		page.content().layout(true, true);
	}

	/** Breaks text into lines of at most {@code columns} characters at spaces. */
	static String wrap(String text, int columns) {
		StringBuilder out = new StringBuilder();
		int lineStart = 0;
		for (String word : text.split(" ")) {
			if (out.length() - lineStart + word.length() > columns && out.length() > lineStart) {
				out.setLength(out.length() - 1);
				out.append('\n');
				lineStart = out.length();
			}
			out.append(word).append(' ');
		}
		return out.toString().stripTrailing();
	}

	private static String optionsText(Field field, int columns) {
		if (field.options().isEmpty() || field.type() == ItemType.YES_NO || field.options().size() > 12) {
			return "";
		}
		boolean plainScale = field.type() == ItemType.SCALE
				&& field.options().stream().allMatch(o -> o.label().equals(o.code()));
		if (plainScale) {
			return "\n" + field.options().get(0).code() + "\u2013" + field.options().get(field.options().size() - 1).code();
		}
		StringBuilder text = new StringBuilder();
		field.options().forEach(o -> text.append(text.length() > 0 ? "  \u00b7  " : "").append(o.code()).append("\u00a0").append(o.label()));
		return "\n" + wrap(text.toString(), columns);
	}

	private static String keysText(Field field) {
		StringBuilder keys = new StringBuilder();
		switch (field.type()) {
		case YES_NO -> keys.append(Messages.form_keysYesNo);
		case DECIMAL -> keys.append(NLS.bind(Messages.form_keysDecimal,
				(field.min() == null ? "" : field.min()) + "\u2013" + (field.max() == null ? "" : field.max())));
		case INTEGER, DAY_COUNT, MONEY, AGE -> keys.append(NLS.bind(Messages.form_keysNumber,
				(field.min() == null ? "" : field.min()) + "\u2013" + (field.max() == null ? "" : field.max())));
		case DATE -> keys.append(Messages.form_keysDate);
		case MONTH_YEAR -> keys.append(Messages.form_keysMonthYear);
		case MULTI_CHOICE -> keys.append(Messages.form_keysMulti);
		default -> {
			// the options are in the label
		}
		}
		for (MissingCode m : field.missingCodes()) {
			keys.append(keys.length() == 0 ? "" : "\n").append(m.getCode()).append(" = ").append(m.getLabel());
		}
		return keys.toString();
	}

	private void typed(Row row) {
		if (updating) {
			return;
		}
		String id = row.id;
		Parsed parsed = row.field.parse(row.input.getText());
		boolean changed;
		switch (parsed) {
		case Parsed.Value v -> {
			changed = !answers.get(id).map(e -> v.canonical().equals(e.value())).orElse(false);
			answers.put(id, v.canonical());
			invalid.remove(id);
		}
		case Parsed.Missing m -> {
			changed = !answers.get(id).map(e -> m.code().equals(e.missingCode())).orElse(false);
			answers.putMissing(id, m.code());
			invalid.remove(id);
		}
		case Parsed.Empty e -> {
			changed = answers.clear(id);
			invalid.remove(id);
		}
		case Parsed.Invalid i -> {
			changed = answers.clear(id);
			invalid.put(id, i.message());
		}
		}
		showMeaning(row, true);
		if (changed) {
			settle();
		}
		dirty = true;
		updateProgress();
		listeners.forEach(Runnable::run);
	}

	/** Applies skip logic and computed items after an answer changed, then shows the result where it is rendered. */
	private void settle() {
		for (String id : form.settle(answers)) {
			invalid.remove(id);
			Row row = rows.get(id);
			if (row != null) {
				updating = true;
				try {
					row.input.setText(answers.get(id).map(e -> e.isMissing() ? e.missingCode() : e.value()).orElse(""));
				} finally {
					updating = false;
				}
				showMeaning(row, true);
			}
		}
		for (Map.Entry<Section, Page> entry : rendered.entrySet()) {
			boolean changed = false;
			for (Form.Slot slot : slots(entry.getKey())) {
				Row row = rows.get(slot.answerId());
				if (row == null) {
					continue;
				}
				boolean visible = form.isVisible(slot.field(), slot.row(), answers);
				if (row.input.getVisible() != visible) {
					setShown(row, visible);
					if (!visible) {
						invalid.remove(slot.answerId());
					}
					showMeaning(row, false);
					changed = true;
				}
			}
			if (changed) {
				entry.getValue().content().layout(true, true);
				resize(entry.getValue());
			}
		}
	}

	private static void setShown(Row row, boolean visible) {
		List<Control> controls = new ArrayList<>(List.of(row.label, row.input));
		if (row.cells != null) {
			controls.addAll(List.of(row.cells));
		}
		if (row.plugin != null) {
			controls.add(row.plugin);
		}
		for (Control control : controls) {
			control.setVisible(visible);
			((GridData) control.getLayoutData()).exclude = !visible;
		}
	}

	/** What the typed code means, or the broken rule, in a line under the field. */
	private void showMeaning(Row row, boolean relayout) {
		String id = row.id;
		String text = null;
		boolean error = false;
		if (row.cells != null) {
			// a grid row shows its value as a mark under the chosen column
			String value = answers.get(id).map(AnswerSheet.Entry::value).orElse(null);
			for (int c = 0; c < row.cells.length; c++) {
				String mark = row.field.options().get(c).code().equals(value) ? "\u25cf" : "";
				if (!mark.equals(row.cells[c].getText())) {
					row.cells[c].setText(mark);
				}
			}
		}
		if (invalid.containsKey(id)) {
			text = invalid.get(id);
			error = true;
		} else {
			Optional<AnswerSheet.Entry> entry = answers.get(id);
			if (entry.isPresent() && (entry.get().isMissing() || !row.field.options().isEmpty() && row.cells == null)) {
				text = "\u2192 " + row.field.display(entry.get());
				if (entry.get().value() != null && row.field.type() == ItemType.SCALE && !row.field.bands().isEmpty()) {
					text += row.field.band(Integer.parseInt(entry.get().value())).map(b -> " (" + b.label() + ")").orElse("");
				}
			}
		}
		if (text != null && text.length() > HINT_LIMIT) {
			// a rule message quotes what was typed: a pasted page would make the line wider than the window
			text = text.substring(0, HINT_LIMIT) + "\u2026";
		}
		boolean show = text != null && row.input.getVisible();
		if (row.hint == null) {
			if (!show) {
				return;
			}
			Composite parent = row.input.getParent();
			row.hint = new Label(parent, SWT.NONE);
			GridData hintData = new GridData(SWT.FILL, SWT.CENTER, true, false, ((GridLayout) parent.getLayout()).numColumns, 1);
			hintData.horizontalIndent = 16;
			row.hint.setLayoutData(hintData);
			row.hint.moveBelow(row.cells != null && row.cells.length > 0 ? row.cells[row.cells.length - 1] : row.input);
		}
		GridData data = (GridData) row.hint.getLayoutData();
		boolean layoutChange = data.exclude == show;
		row.hint.setText(text == null ? "" : text);
		row.hint.setForeground(error ? errorColor : hintColor);
		row.hint.setVisible(show);
		data.exclude = !show;
		row.input.setBackground(error ? row.input.getDisplay().getSystemColor(SWT.COLOR_YELLOW) : null);
		if (relayout && (layoutChange || show)) {
			row.page.content().layout(new Control[] { row.hint });
			resize(row.page);
		}
	}

	private void updateProgress() {
		for (int i = 0; i < sections.size(); i++) {
			int[] p = form.progress(sections.get(i), answers);
			String text = NLS.bind(Messages.form_progress, p[0], p[1]);
			TableItem item = sectionList.getItem(i);
			if (!text.equals(item.getText(1))) {
				item.setText(1, text);
			}
		}
	}

	private static void resize(Page page) {
		int width = page.scrolled().getClientArea().width;
		page.scrolled().setMinSize(page.content().computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
	}

	public Control control() {
		return root;
	}

	public Form form() {
		return form;
	}

	/** The valid answers as they stand (hidden items cleared, computed items filled in). */
	public AnswerSheet answers() {
		return answers;
	}

	/** Items whose text breaks a rule, with the message; their text is kept in the field but not in the answers. */
	public Map<String, String> invalidItems() {
		return Map.copyOf(invalid);
	}

	public boolean isDirty() {
		return dirty;
	}

	public void markSaved() {
		dirty = false;
	}

	/** Called after every keystroke that changes an answer or the dirty state. */
	public void onChange(Runnable listener) {
		listeners.add(listener);
	}

	/**
	 * What stands in every item's field in the form's order, a text that breaks a rule included: the state a draft
	 * keeps, so a crash loses nothing typed. Items of sections never shown have the text of their answer.
	 */
	public Map<String, String> typedTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Section section : sections) {
			for (Form.Slot slot : slots(section)) {
				texts.put(slot.answerId(), currentText(slot.answerId()));
			}
		}
		return texts;
	}

	/**
	 * Puts texts back into their fields in the form's order as if typed, so rules, skips and computed items follow
	 * (restoring a draft). Computed items and ids the form does not have are left alone.
	 */
	public void retype(Map<String, String> texts) {
		// a draft's rows of repeating groups come back first (empty rows included), then every text is typed
		for (Form.Group group : form.groups()) {
			if (group.isRepeating()) {
				int rowsInDraft = Math.min(group.maxRows(), se.isu.instrument.api.RowIds.rows(group.id(), texts.keySet()));
				while (rowCounts.getOrDefault(group.id(), 0) < rowsInDraft) {
					rowCounts.merge(group.id(), 1, Integer::sum);
					rebuild(group, t -> t);
				}
			}
		}
		for (Section section : sections) {
			for (Form.Slot slot : slots(section)) {
				String text = texts.get(slot.answerId());
				if (text != null && slot.field().type() != ItemType.COMPUTED && !text.equals(currentText(slot.answerId()))) {
					input(slot.answerId()).ifPresent(input -> input.setText(text));
				}
			}
		}
	}

	private String currentText(String itemId) {
		Row row = rows.get(itemId);
		return row != null ? row.input.getText()
				: answers.get(itemId).map(e -> e.isMissing() ? e.missingCode() : e.value()).orElse("");
	}

	/** The answer field of an item (its section is made if it was not yet), if the item is in the form. */
	public Optional<Text> input(String itemId) {
		return form.field(itemId).flatMap(f -> {
			page(f.section());
			return Optional.ofNullable(rows.get(itemId)).map(r -> r.input);
		});
	}

	/** The add button of a repeating group (its section is made if it was not yet). */
	public Optional<Button> addButton(String groupId) {
		return form.group(groupId).flatMap(g -> {
			page(g.section());
			return Optional.ofNullable(groupBoxes.get(groupId)).map(b -> b.add);
		});
	}

	/** The remove button of a row of a repeating group, if the row is shown. */
	public Optional<Button> removeButton(String groupId, int row) {
		addButton(groupId);
		GroupBox box = groupBoxes.get(groupId);
		if (box == null) {
			return Optional.empty();
		}
		String key = groupId + "[" + row + "]";
		for (Control child : box.composite.getChildren()) {
			if (child instanceof Button b && key.equals(b.getData(REMOVE_ROW_KEY))) {
				return Optional.of(b);
			}
		}
		return Optional.empty();
	}

	/** The rows a repeating group shows now. */
	public int rowCount(String groupId) {
		return rowCounts.getOrDefault(groupId, 0);
	}

	/** The line under an item: the meaning of the answer or the rule it breaks; empty when nothing is shown. */
	public String hint(String itemId) {
		input(itemId);
		Row row = rows.get(itemId);
		return row == null || row.hint == null || !row.hint.getVisible() ? "" : row.hint.getText();
	}

	/** "answered of shown" for a section, as the section list shows it. */
	public Optional<String> progress(String sectionId) {
		for (int i = 0; i < sections.size(); i++) {
			if (sections.get(i).getId().equals(sectionId)) {
				return Optional.of(sectionList.getItem(i).getText(1));
			}
		}
		return Optional.empty();
	}

	/** The section shown now. */
	public Section currentSection() {
		return shown;
	}

	/** Shows the item's section, puts the cursor in its field and scrolls to it (e.g. the first item a save refused). */
	public void focus(String itemId) {
		if (form.field(itemId).isEmpty()) {
			// a rule on a whole group (too few rows): its add button
			addButton(itemId).filter(Button::isEnabled).ifPresent(this::focus);
			return;
		}
		form.field(itemId).ifPresent(field -> {
			show(field.section());
			Row row = rows.get(itemId);
			if (row != null) {
				row.input.setFocus();
				row.page.scrolled().showControl(row.input);
			}
		});
	}

	/** Focuses a field or an add button, showing its section and scrolling to it. */
	private void focus(Control control) {
		if (control.getData(ITEM_KEY) instanceof String id) {
			focus(id);
			return;
		}
		Section section = sectionOf(control);
		show(section);
		control.setFocus();
		rendered.get(section).scrolled().showControl(control);
	}
}
