package se.isu.ui.form;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
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

	/** Characters per line of a question label when the page is wide enough; fewer in a narrow part. */
	private static final int LABEL_COLUMNS = 66;
	private static final int MIN_LABEL_COLUMNS = 24;
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
	private final Map<String, Row> rows = new LinkedHashMap<>();
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

	/** The widgets of one item; the hint line is made when there is first something to say. */
	private final class Row {
		final Field field;
		final Label label;
		final Text input;
		final Page page;
		Label hint;
		/** A plugin renderer's control in a row under the field, or null (decision 94). */
		Control plugin;

		Row(Field field, Page page, Label label, Text input) {
			this.field = field;
			this.page = page;
			this.label = label;
			this.input = input;
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
		listData.widthHint = sectionList.getColumn(0).getWidth() + sectionList.getColumn(1).getWidth() + 8;
		sectionList.setLayoutData(listData);
		if (sections.size() < 2) {
			// one section: the list would only repeat the heading, and the questions need the room
			listData.exclude = true;
			sectionList.setVisible(false);
		}
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
		Field first = null;
		for (Field field : form.fields()) {
			if (within != null && field.section() != within || field.type() == ItemType.COMPUTED
					|| !form.isVisible(field, answers)) {
				continue;
			}
			if (first == null) {
				first = field;
			}
			if (answers.get(field.id()).isEmpty() && !invalid.containsKey(field.id())) {
				first = field;
				break;
			}
		}
		if (first == null) {
			return null;
		}
		focus(first.id());
		return rows.get(first.id()).input;
	}

	/** Puts the cursor back where it was when the form was left, or in the first unanswered item. */
	public void restoreFocus() {
		if (lastFocused != null && !lastFocused.input.isDisposed() && lastFocused.input.getVisible()) {
			focus(lastFocused.field.id());
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
			for (Field field : form.fieldsOf(section)) {
				rows.put(field.id(), row(page, field));
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

	private Row row(Page page, Field field) {
		// Wrapped here, not by SWT.WRAP: GTK re-measures a wrapping label on every layout pass, which made a section
		// of 25 items take twice as long to open (AsiFormOpenBenchmark).
		Label label = new Label(page.content(), SWT.NONE);
		String unit = field.item().getUnit() == null ? "" : " (" + field.item().getUnit() + ")";
		label.setText(labelText(field, page.columns));
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		if (field.item().getHelp() != null) {
			label.setToolTipText(field.item().getHelp());
		}
		Text input = new Text(page.content(), SWT.BORDER | SWT.SINGLE);
		input.setData(ITEM_KEY, field.id());
		GridData inputData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		inputData.widthHint = field.type() == ItemType.TEXT ? 260 : 70;
		input.setLayoutData(inputData);
		input.setToolTipText(keysText(field));
		input.setEditable(field.type() != ItemType.COMPUTED);
		Row row = new Row(field, page, label, input);
		answers.get(field.id()).ifPresent(entry -> input.setText(entry.isMissing() ? entry.missingCode() : entry.value()));
		input.addListener(SWT.Modify, e -> typed(row));
		// Enter moves on like Tab: the interviewer's hands stay on the keys
		input.addListener(SWT.DefaultSelection, e -> move(row, true));
		input.addListener(SWT.Traverse, e -> traverse(row, e));
		input.addListener(SWT.FocusIn, e -> lastFocused = row);
		// The one place plugins take part: a control under the field that talks to it by text only (decision 94).
		row.plugin = itemRenderers.render(page.content(), field, input, () -> move(row, true));
		boolean visible = form.isVisible(field, answers);
		if (!visible) {
			setShown(row, false);
		}
		showMeaning(row, false);
		return row;
	}

	/**
	 * Tab and Shift+Tab go to the next or previous item that takes input: computed items are skipped, and from the
	 * last item of a section the cursor continues in the next section.
	 */
	private void traverse(Row row, Event e) {
		if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
			e.doit = false;
			move(row, e.detail == SWT.TRAVERSE_TAB_NEXT);
		}
	}

	/** Focuses the next (or previous) item that takes input, crossing into other sections. */
	private void move(Row from, boolean forward) {
		int sectionIndex = sections.indexOf(from.field.section());
		List<Row> shown = shownRows(from.field.section());
		int at = shown.indexOf(from) + (forward ? 1 : -1);
		while (true) {
			if (at >= 0 && at < shown.size()) {
				Row target = shown.get(at);
				if (target.input.getEditable()) {
					focus(target.field.id());
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
			page(next);
			shown = shownRows(next);
			at = forward ? 0 : shown.size() - 1;
		}
	}

	private List<Row> shownRows(Section section) {
		page(section);
		return form.fieldsOf(section).stream().map(f -> rows.get(f.id())).filter(r -> r.input.getVisible()).toList();
	}

	private static String labelText(Field field, int columns) {
		String unit = field.item().getUnit() == null ? "" : " (" + field.item().getUnit() + ")";
		return wrap(field.id() + "  " + field.label() + unit, columns) + optionsText(field, columns);
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
		int answerColumn = form.fieldsOf(section).stream().anyMatch(f -> f.type() == ItemType.TEXT) ? 270 : 90;
		int free = pageWidth - 24 - answerColumn - 30;
		return Math.max(MIN_LABEL_COLUMNS, Math.min(LABEL_COLUMNS, free / charWidth));
	}

	/** Re-wraps a page's labels when its width allows a different number of characters per line. */
	private void rewrap(Page page) {
		int columns = columnsFor(page.scrolled().getClientArea().width, page.section);
		if (columns == page.columns) {
			return;
		}
		page.columns = columns;
		for (Row row : rows.values()) {
			if (row.page == page) {
				row.label.setText(labelText(row.field, columns));
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
		String id = row.field.id();
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
			for (Field field : form.fieldsOf(entry.getKey())) {
				Row row = rows.get(field.id());
				boolean visible = form.isVisible(field, answers);
				if (row.input.getVisible() != visible) {
					setShown(row, visible);
					if (!visible) {
						invalid.remove(field.id());
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
		for (Control control : row.plugin == null ? List.of(row.label, row.input) : List.of(row.label, row.input, row.plugin)) {
			control.setVisible(visible);
			((GridData) control.getLayoutData()).exclude = !visible;
		}
	}

	/** What the typed code means, or the broken rule, in a line under the field. */
	private void showMeaning(Row row, boolean relayout) {
		String id = row.field.id();
		String text = null;
		boolean error = false;
		if (invalid.containsKey(id)) {
			text = invalid.get(id);
			error = true;
		} else {
			Optional<AnswerSheet.Entry> entry = answers.get(id);
			if (entry.isPresent() && (entry.get().isMissing() || !row.field.options().isEmpty())) {
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
			row.hint = new Label(row.page.content(), SWT.NONE);
			GridData hintData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
			hintData.horizontalIndent = 16;
			row.hint.setLayoutData(hintData);
			row.hint.moveBelow(row.input);
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
			for (Field field : form.fieldsOf(section)) {
				texts.put(field.id(), currentText(field.id()));
			}
		}
		return texts;
	}

	/**
	 * Puts texts back into their fields in the form's order as if typed, so rules, skips and computed items follow
	 * (restoring a draft). Computed items and ids the form does not have are left alone.
	 */
	public void retype(Map<String, String> texts) {
		for (Section section : sections) {
			for (Field field : form.fieldsOf(section)) {
				String text = texts.get(field.id());
				if (text != null && field.type() != ItemType.COMPUTED && !text.equals(currentText(field.id()))) {
					input(field.id()).ifPresent(input -> input.setText(text));
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
		return form.field(itemId).map(f -> {
			page(f.section());
			return rows.get(itemId).input;
		});
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
		form.field(itemId).ifPresent(field -> {
			show(field.section());
			Row row = rows.get(itemId);
			row.input.setFocus();
			row.page.scrolled().showControl(row.input);
		});
	}
}
