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
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.Form.Field;
import se.isu.core.instrument.Form.Parsed;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.MissingCode;
import se.isu.model.instrument.Section;
import se.isu.ui.Messages;

/**
 * Turns any instrument {@link Form} into a keyboard-first SWT form: one text field per item in Tab order, codes and
 * missing codes typed by key, Enter moves on, the meaning of what was typed (or the broken rule) shown beside the
 * field at once, skip logic hiding and clearing items, progress per section.
 *
 * <p>What is typed is never thrown away: text that breaks a rule stays in its field, marked, and is not put in the
 * answers until corrected; {@link #invalidItems()} tells the caller not to save yet. Three widgets per item and
 * no per-item composites keep a 200-item interview quick to open.
 */
public final class FormRenderer {

	/** Widget data key holding the item id on each answer field, for tests and screen readers. */
	public static final String ITEM_KEY = "isu.form.item";
	/** Widget data key holding the section id on each progress label. */
	public static final String SECTION_KEY = "isu.form.section";

	private final Form form;
	private final AnswerSheet answers;
	private final ScrolledComposite scrolled;
	private final Composite content;
	private final Map<String, Row> rows = new LinkedHashMap<>();
	private final Map<Section, Label> progress = new HashMap<>();
	private final Map<String, String> invalid = new LinkedHashMap<>();
	private final List<Runnable> listeners = new ArrayList<>();
	private final Font headingFont;
	private final Color errorColor;
	private final Color hintColor;
	private boolean dirty;
	private boolean updating;
	private boolean built;

	/** The widgets of one item. */
	private record Row(Field field, Label label, Text input, Label hint) {
	}

	public FormRenderer(Composite parent, Form form, AnswerSheet initial) {
		this.form = form;
		this.answers = initial;
		form.settle(answers);
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL);
		content = new Composite(scrolled, SWT.NONE);
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 12;
		layout.verticalSpacing = 3;
		content.setLayout(layout);
		FontData data = parent.getFont().getFontData()[0];
		headingFont = new Font(parent.getDisplay(), data.getName(), data.getHeight() + 2, SWT.BOLD);
		errorColor = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		hintColor = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		content.addDisposeListener(e -> headingFont.dispose());
		content.setRedraw(false);
		try {
			for (Section section : form.sections()) {
				section(section);
			}
			refreshVisibility();
			for (Section section : form.sections()) {
				updateProgress(section);
			}
		} finally {
			content.setRedraw(true);
		}
		built = true;
		scrolled.setContent(content);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.addListener(SWT.Resize, e -> resize());
		resize();
	}

	private void section(Section section) {
		Label heading = new Label(content, SWT.NONE);
		heading.setText(section.getId() + "  " + form.sectionLabel(section));
		heading.setFont(headingFont);
		GridData headingData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		headingData.verticalIndent = 12;
		heading.setLayoutData(headingData);
		Label sectionProgress = new Label(content, SWT.NONE);
		sectionProgress.setData(SECTION_KEY, section.getId());
		sectionProgress.setForeground(hintColor);
		GridData progressData = new GridData(SWT.FILL, SWT.END, false, false);
		progressData.verticalIndent = 12;
		sectionProgress.setLayoutData(progressData);
		progress.put(section, sectionProgress);
		for (Field field : form.fieldsOf(section)) {
			rows.put(field.id(), row(field));
		}
	}

	private Row row(Field field) {
		Label label = new Label(content, SWT.WRAP);
		label.setText(field.id() + "  " + field.label() + optionsText(field));
		GridData labelData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		labelData.widthHint = 460;
		label.setLayoutData(labelData);
		if (field.item().getHelp() != null) {
			label.setToolTipText(field.item().getHelp());
		}
		boolean longText = field.type() == ItemType.TEXT;
		Text input = new Text(content, SWT.BORDER | SWT.SINGLE);
		input.setData(ITEM_KEY, field.id());
		GridData inputData = new GridData(SWT.FILL, SWT.CENTER, false, false);
		inputData.widthHint = longText ? 260 : 70;
		input.setLayoutData(inputData);
		input.setToolTipText(keysText(field));
		input.setEditable(field.type() != ItemType.COMPUTED);
		Label hint = new Label(content, SWT.NONE);
		hint.setForeground(hintColor);
		GridData hintData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		hintData.exclude = true;
		hint.setLayoutData(hintData);
		hint.setVisible(false);
		Row row = new Row(field, label, input, hint);
		answers.get(field.id()).ifPresent(entry -> input.setText(entry.isMissing() ? entry.missingCode() : entry.value()));
		showMeaning(row);
		input.addListener(SWT.Modify, e -> typed(row));
		// Enter moves on like Tab: the interviewer's hands stay on the keys
		input.addListener(SWT.DefaultSelection, e -> input.traverse(SWT.TRAVERSE_TAB_NEXT));
		return row;
	}

	private static String optionsText(Field field) {
		if (field.options().isEmpty() || field.type() == ItemType.YES_NO || field.options().size() > 12) {
			return "";
		}
		StringBuilder text = new StringBuilder("\n");
		boolean plainScale = field.type() == ItemType.SCALE && field.options().stream()
				.allMatch(o -> o.label().equals(o.code()));
		if (plainScale) {
			return "\n" + field.options().get(0).code() + "\u2013" + field.options().get(field.options().size() - 1).code();
		}
		field.options().forEach(o -> text.append(text.length() > 1 ? "  \u00b7  " : "").append(o.code()).append(" ").append(o.label()));
		return text.toString();
	}

	private static String keysText(Field field) {
		StringBuilder keys = new StringBuilder();
		switch (field.type()) {
		case YES_NO -> keys.append(Messages.form_keysYesNo);
		case INTEGER, DAY_COUNT, MONEY -> keys.append(NLS.bind(Messages.form_keysNumber,
				(field.min() == null ? "" : field.min()) + "\u2013" + (field.max() == null ? "" : field.max())));
		case DATE -> keys.append(Messages.form_keysDate);
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
		String id = row.field().id();
		Parsed parsed = row.field().parse(row.input().getText());
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
		showMeaning(row);
		if (changed) {
			settle();
		}
		dirty = true;
		updateProgress(row.field().section());
		listeners.forEach(Runnable::run);
	}

	/** Applies skip logic and computed items after an answer changed, then shows the result. */
	private void settle() {
		for (String id : form.settle(answers)) {
			Row row = rows.get(id);
			if (row != null) {
				updating = true;
				try {
					row.input().setText(answers.get(id).map(e -> e.isMissing() ? e.missingCode() : e.value()).orElse(""));
				} finally {
					updating = false;
				}
				invalid.remove(id);
				showMeaning(row);
			}
		}
		if (refreshVisibility()) {
			content.layout(true, true);
			resize();
		}
		form.sections().forEach(this::updateProgress);
	}

	/** @return whether any item appeared or disappeared */
	private boolean refreshVisibility() {
		boolean changed = false;
		for (Row row : rows.values()) {
			boolean visible = form.isVisible(row.field(), answers);
			if (row.input().getVisible() != visible || ((GridData) row.input().getLayoutData()).exclude == visible) {
				changed = true;
				for (Control control : List.of(row.label(), row.input())) {
					control.setVisible(visible);
					((GridData) control.getLayoutData()).exclude = !visible;
				}
				if (!visible) {
					invalid.remove(row.field().id());
					row.hint().setVisible(false);
					((GridData) row.hint().getLayoutData()).exclude = true;
				} else {
					showMeaning(row);
				}
			}
		}
		return changed;
	}

	/** What the typed code means, or the broken rule, in the line below the field. */
	private void showMeaning(Row row) {
		String id = row.field().id();
		String text = null;
		boolean error = false;
		if (invalid.containsKey(id)) {
			text = invalid.get(id);
			error = true;
		} else {
			Optional<AnswerSheet.Entry> entry = answers.get(id);
			if (entry.isPresent() && (entry.get().isMissing() || !row.field().options().isEmpty())) {
				text = "\u2192 " + row.field().display(entry.get());
				if (entry.get().value() != null && row.field().type() == ItemType.SCALE && !row.field().bands().isEmpty()) {
					text += row.field().band(Integer.parseInt(entry.get().value())).map(b -> " (" + b.label() + ")").orElse("");
				}
			}
		}
		boolean show = text != null && row.input().getVisible();
		GridData data = (GridData) row.hint().getLayoutData();
		boolean layoutChange = data.exclude == show;
		row.hint().setText(text == null ? "" : text);
		row.hint().setForeground(error ? errorColor : hintColor);
		row.hint().setVisible(show);
		data.exclude = !show;
		row.input().setBackground(error ? row.input().getDisplay().getSystemColor(SWT.COLOR_YELLOW) : null);
		if (layoutChange && built && !updating) {
			content.layout(new Control[] { row.hint() });
			resize();
		}
	}

	private void updateProgress(Section section) {
		Label label = progress.get(section);
		if (label != null) {
			int[] p = form.progress(section, answers);
			label.setText(NLS.bind(Messages.form_progress, p[0], p[1]));
		}
	}

	private void resize() {
		int width = scrolled.getClientArea().width;
		scrolled.setMinSize(content.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
	}

	public Control control() {
		return scrolled;
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

	/** The answer field of an item, if the item is in the form. */
	public Optional<Text> input(String itemId) {
		return Optional.ofNullable(rows.get(itemId)).map(Row::input);
	}

	/** The line under an item: the meaning of the answer or the rule it breaks. */
	public Optional<Label> hint(String itemId) {
		return Optional.ofNullable(rows.get(itemId)).map(Row::hint);
	}

	public Optional<Label> progress(String sectionId) {
		return progress.entrySet().stream().filter(e -> e.getKey().getId().equals(sectionId)).map(Map.Entry::getValue)
				.findFirst();
	}

	/** Puts the cursor in the item's field and scrolls to it (e.g. the first item a save refused). */
	public void focus(String itemId) {
		input(itemId).ifPresent(input -> {
			input.setFocus();
			scrolled.showControl(input);
		});
	}
}
