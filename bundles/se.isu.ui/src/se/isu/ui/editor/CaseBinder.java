package se.isu.ui.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.isu.core.DateText;
import se.isu.model.ValueSet;
import se.isu.model.ValueSetEntry;
import se.isu.model.valueset.ValueSets;
import se.isu.ui.Fields;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;

/**
 * Binds form widgets to attributes of EMF objects. Every edit runs as an EMF {@link SetCommand} on one command
 * stack, so undo, redo and the dirty state come from EMF; {@link #refresh()} writes the model back into every widget
 * (after undo, redo or a reload). Widgets carry the field id that validation uses, so a broken rule is shown at its
 * widget: as text in the column beside it (always there, so a message moves nothing) and as an error marker.
 */
final class CaseBinder {

	/** Reads which object a binding edits now (a child row may change under a detail area). */
	private record Binding(String fieldId, Supplier<EObject> owner, EAttribute attribute, Control control, Runnable refresh) {
	}

	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
			new BasicCommandStack());
	private final ValueSets valueSets;
	private final Locale locale;
	private final List<Binding> bindings = new ArrayList<>();
	/** By field id, in the order the fields were made: the form's order, top to bottom. */
	private final Map<String, ControlDecoration> decorations = new LinkedHashMap<>();
	private final Map<String, Label> messages = new HashMap<>();
	private final Map<String, String> dateErrors = new HashMap<>();
	/** Each bound field's label by field id, to name a field in a message. */
	private final Map<String, String> labels = new HashMap<>();
	private boolean refreshing;
	private Runnable onChange = () -> {
	};

	CaseBinder(ValueSets valueSets, Locale locale) {
		this.valueSets = valueSets;
		this.locale = locale;
	}

	BasicCommandStack commandStack() {
		return (BasicCommandStack) domain.getCommandStack();
	}

	/** Called after every edit, undo and redo. */
	void onChange(Runnable listener) {
		this.onChange = listener;
		domain.getCommandStack().addCommandStackListener(event -> listener.run());
	}

	/** Sets an attribute through the command stack (undoable). */
	void set(EObject owner, EStructuralFeature attribute, Object value) {
		Object current = owner.eGet(attribute);
		if (value == null ? current == null : value.equals(current)) {
			return;
		}
		Command command = SetCommand.create(domain, owner, attribute, value);
		domain.getCommandStack().execute(command);
	}

	/** Runs a structural change (add or remove a child) as one undoable command. */
	void execute(Command command) {
		domain.getCommandStack().execute(command);
	}

	EditingDomain domain() {
		return domain;
	}

	// --- widgets ------------------------------------------------------------------------------------

	Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
		return label;
	}

	/** A date typed as ÅÅÅÅ-MM-DD; empty means not recorded. A malformed date is shown at the field and not stored. */
	Text date(Composite parent, String label, String fieldId, Supplier<EObject> owner, EAttribute attribute) {
		labels.put(fieldId, label);
		label(parent, label);
		Text text = WidgetIds.tag(new Text(parent, SWT.BORDER), fieldId);
		text.setMessage(Messages.editor_dateHint);
		GridDataFactory.swtDefaults().hint(110, SWT.DEFAULT).applyTo(text);
		decorate(fieldId, text, parent);
		text.addModifyListener(e -> {
			if (refreshing || owner.get() == null) {
				return;
			}
			try {
				LocalDate date = DateText.parse(text.getText(), label);
				boolean hadError = dateErrors.remove(fieldId) != null;
				Object before = owner.get().eGet(attribute);
				set(owner.get(), attribute, date);
				if (hadError && (date == null ? before == null : date.equals(before))) {
					onChange.run(); // the text is a date again but the model did not change: the error still goes
				}
			} catch (IllegalArgumentException ex) {
				dateErrors.put(fieldId, ex.getMessage());
				onChange.run();
			}
		});
		bindings.add(new Binding(fieldId, owner, attribute, text, () -> {
			if (dateErrors.containsKey(fieldId)) {
				return; // keep what the user typed until it parses
			}
			Object value = owner.get() == null ? null : owner.get().eGet(attribute);
			String shown = value == null ? "" : value.toString();
			if (!shown.equals(text.getText())) {
				text.setText(shown);
			}
			text.setEnabled(owner.get() != null);
		}));
		return text;
	}

	/** One code of a value set, or none; typing the code's number selects it. */
	Combo single(Composite parent, String label, String fieldId, Supplier<EObject> owner, EAttribute attribute) {
		labels.put(fieldId, label);
		label(parent, label);
		ValueSet set = valueSets.get(ValueSets.valueSetOf(attribute).orElseThrow());
		Combo combo = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), fieldId);
		combo.add(Messages.editor_notRecorded);
		for (ValueSetEntry entry : set.getEntries()) {
			combo.add(entry.getCode() + " " + ValueSets.label(entry, locale));
		}
		combo.setVisibleItemCount(Math.min(16, set.getEntries().size() + 1));
		// A width hint keeps long labels (e.g. Insatstyp 29) from widening the whole form.
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).minSize(120, SWT.DEFAULT).applyTo(combo);
		decorate(fieldId, combo, parent);
		combo.addListener(SWT.Selection, e -> {
			if (!refreshing && owner.get() != null) {
				int index = combo.getSelectionIndex();
				set(owner.get(), attribute, index <= 0 ? null : set.getEntries().get(index - 1).getCode());
			}
		});
		bindings.add(new Binding(fieldId, owner, attribute, combo, () -> {
			Object value = owner.get() == null ? null : owner.get().eGet(attribute);
			int index = 0;
			for (int i = 0; value != null && i < set.getEntries().size(); i++) {
				if (set.getEntries().get(i).getCode() == (Integer) value) {
					index = i + 1;
				}
			}
			combo.select(index);
			combo.setEnabled(owner.get() != null);
		}));
		return combo;
	}

	/**
	 * One row of a register read at run time (the providers), stored by id, or none. {@code choices} are ids and
	 * labels in the order shown; an id the model holds that is not among them (a provider made inactive) is shown
	 * by its id until someone chooses another, never replaced silently.
	 */
	Combo reference(Composite parent, String label, String fieldId, Supplier<EObject> owner, EAttribute attribute,
			Map<Long, String> choices) {
		labels.put(fieldId, label);
		label(parent, label);
		Combo combo = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), fieldId);
		List<Long> ids = new ArrayList<>();
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).minSize(120, SWT.DEFAULT).applyTo(combo);
		decorate(fieldId, combo, parent);
		combo.addListener(SWT.Selection, e -> {
			if (!refreshing && owner.get() != null) {
				int index = combo.getSelectionIndex();
				set(owner.get(), attribute, index <= 0 ? null : ids.get(index - 1));
			}
		});
		bindings.add(new Binding(fieldId, owner, attribute, combo, () -> {
			Object value = owner.get() == null ? null : owner.get().eGet(attribute);
			ids.clear();
			ids.addAll(choices.keySet());
			List<String> items = new ArrayList<>();
			items.add(Messages.editor_notRecorded);
			ids.forEach(id -> items.add(choices.get(id)));
			if (value != null && !ids.contains(value)) {
				ids.add((Long) value);
				items.add(String.valueOf(value));
			}
			if (!java.util.Arrays.asList(combo.getItems()).equals(items)) {
				combo.setItems(items.toArray(String[]::new));
				combo.setVisibleItemCount(Math.min(16, items.size()));
			}
			combo.select(value == null ? 0 : ids.indexOf(value) + 1);
			combo.setEnabled(owner.get() != null);
		}));
		return combo;
	}

	/** Several codes of a value set ("Möjlighet till flera val") as check boxes. */
	Composite multiple(Composite parent, String label, String fieldId, Supplier<EObject> owner, EAttribute attribute) {
		labels.put(fieldId, label);
		Label title = label(parent, label);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(title);
		ValueSet set = valueSets.get(ValueSets.valueSetOf(attribute).orElseThrow());
		Composite boxes = WidgetIds.tag(new Composite(parent, SWT.NONE), fieldId);
		GridLayoutFactory.fillDefaults().spacing(12, 2).applyTo(boxes);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(boxes);
		decorate(fieldId, boxes, parent);
		List<Button> buttons = new ArrayList<>();
		for (ValueSetEntry entry : set.getEntries()) {
			Button box = WidgetIds.tag(new Button(boxes, SWT.CHECK), fieldId + "." + entry.getCode());
			box.setText(entry.getCode() + " " + ValueSets.label(entry, locale));
			box.setData("code", entry.getCode());
			buttons.add(box);
			box.addListener(SWT.Selection, e -> {
				if (refreshing || owner.get() == null) {
					return;
				}
				List<Integer> codes = new ArrayList<>();
				buttons.stream().filter(Button::getSelection).forEach(b -> codes.add((Integer) b.getData("code")));
				set(owner.get(), attribute, codes);
			});
		}
		bindings.add(new Binding(fieldId, owner, attribute, boxes, () -> {
			@SuppressWarnings("unchecked")
			List<Integer> codes = owner.get() == null ? List.of() : (List<Integer>) owner.get().eGet(attribute);
			for (Button box : buttons) {
				box.setSelection(codes.contains(box.getData("code")));
				box.setEnabled(owner.get() != null);
			}
		}));
		return boxes;
	}

	/** The error marker on the control and the message text in the next cell of {@code messageParent}. */
	private void decorate(String fieldId, Control control, Composite messageParent) {
		ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		decoration.hide();
		decorations.put(fieldId, decoration);
		messages.put(fieldId, Fields.message(messageParent, fieldId + WidgetIds.MESSAGE_SUFFIX));
	}

	/** Writes the model into every bound widget. */
	void refresh() {
		refreshing = true;
		try {
			bindings.forEach(b -> {
				if (!b.control().isDisposed()) {
					b.refresh().run();
				}
			});
		} finally {
			refreshing = false;
		}
	}

	/** The label of a bound field, or of one named with {@link #name(String, String)}; else the id itself. */
	String labelOf(String fieldId) {
		return labels.getOrDefault(fieldId, fieldId);
	}

	/** Names a field the binder does not bind (a table, a combo the part handles itself). */
	void name(String fieldId, String label) {
		labels.put(fieldId, label);
	}

	/** Date texts that do not parse, by field id: they are errors although the model did not change. */
	Map<String, String> inputErrors() {
		return dateErrors;
	}

	/** Shows each message at the widget decorated under its field id and clears the others. */
	void showErrors(Map<String, String> messagesByField) {
		decorations.forEach((id, decoration) -> {
			String message = messagesByField.get(id);
			Label text = messages.get(id);
			if (message == null) {
				decoration.hide();
			} else {
				decoration.setDescriptionText(message);
				decoration.show();
			}
			if (!text.isDisposed() && !text.getText().equals(message == null ? "" : message)) {
				text.setText(message == null ? "" : message);
				text.setToolTipText(message);
			}
		});
	}

	/** The first control in form order whose field has a message. */
	Optional<Control> firstBroken(Map<String, String> messagesByField) {
		return decorations.entrySet().stream().filter(e -> messagesByField.containsKey(e.getKey()))
				.map(e -> e.getValue().getControl()).filter(c -> !c.isDisposed()).findFirst();
	}

	/**
	 * Decorates a widget the binder did not create (e.g. a table of children) under a field id; its message goes in
	 * the next cell of {@code messageParent}.
	 */
	void decorateExtra(String fieldId, Control control, Composite messageParent) {
		decorate(fieldId, control, messageParent);
	}
}
