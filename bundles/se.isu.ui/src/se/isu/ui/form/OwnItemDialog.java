package se.isu.ui.form;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;

/** A unit's own question: wording, answer type and range. Its id is prefixed with the unit so it never clashes. */
class OwnItemDialog extends Dialog {

	private static final List<ItemType> TYPES = List.of(ItemType.YES_NO, ItemType.INTEGER, ItemType.DAY_COUNT,
			ItemType.SCALE, ItemType.DATE, ItemType.TEXT);

	/** Longer ids and wordings than these are not questions but pasted text; the fields stop taking more. */
	static final int ID_LIMIT = 40;
	static final int LABEL_LIMIT = 500;

	private final String unitCode;
	private Text id;
	private Text label;
	private Combo type;
	private Text min;
	private Text max;
	private Label problem;
	private Item item;

	OwnItemDialog(Shell parent, String unitCode) {
		super(parent);
		this.unitCode = unitCode;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.customise_add);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		// Swedish first: JFace's own button labels are English without a language pack
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.ownItem_ok, true), WidgetIds.OWN_ITEM_OK);
		WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, Messages.ownItem_cancel, false),
				WidgetIds.OWN_ITEM_CANCEL);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.customise_column_id);
		id = WidgetIds.tag(new Text(area, SWT.BORDER), WidgetIds.OWN_ITEM_ID);
		id.setTextLimit(ID_LIMIT);
		id.setText(unitCode + "_");
		new Label(area, SWT.NONE).setText(Messages.customise_column_item);
		label = WidgetIds.tag(new Text(area, SWT.BORDER), WidgetIds.OWN_ITEM_LABEL);
		label.setTextLimit(LABEL_LIMIT);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(label);
		new Label(area, SWT.NONE).setText(Messages.customise_type);
		type = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), WidgetIds.OWN_ITEM_TYPE);
		TYPES.forEach(t -> type.add(Messages.label(t))); // the user's words, never the enum name
		type.select(0);
		new Label(area, SWT.NONE).setText(Messages.customise_range);
		Composite range = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(range);
		min = WidgetIds.tag(new Text(range, SWT.BORDER), WidgetIds.OWN_ITEM_MIN);
		max = WidgetIds.tag(new Text(range, SWT.BORDER), WidgetIds.OWN_ITEM_MAX);
		problem = WidgetIds.tag(new Label(area, SWT.WRAP), WidgetIds.OWN_ITEM_PROBLEM);
		problem.setForeground(problem.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
		return area;
	}

	@Override
	protected void okPressed() {
		String itemId = id.getText().strip().toUpperCase(Locale.ROOT);
		if (!itemId.matches("[A-Z][A-Z0-9_]*") || label.getText().isBlank()) {
			refuse(Messages.customise_idRule, itemId.matches("[A-Z][A-Z0-9_]*") ? label : id);
			return;
		}
		if (label.getText().strip().codePoints().anyMatch(OwnItemDialog::invisible)) {
			// a right-to-left override or a control character would make the question read differently than stored
			refuse(Messages.ownItem_labelRule, label);
			return;
		}
		Item made = InstrumentFactory.eINSTANCE.createItem();
		made.setId(itemId);
		made.setLabel(label.getText().strip());
		made.setType(TYPES.get(type.getSelectionIndex()));
		try {
			if (!min.getText().isBlank()) {
				made.setMin(Integer.valueOf(min.getText().strip()));
			}
			if (!max.getText().isBlank()) {
				made.setMax(Integer.valueOf(max.getText().strip()));
			}
		} catch (NumberFormatException e) {
			refuse(Messages.customise_rangeRule, min);
			return;
		}
		if (made.getMin() != null && made.getMax() != null && made.getMin() > made.getMax()) {
			refuse(Messages.ownItem_rangeOrder, min);
			return;
		}
		item = made;
		super.okPressed();
	}

	private static boolean invisible(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT;
	}

	/** Shows the broken rule under the fields and puts the cursor where it is to be mended. */
	private void refuse(String rule, Text field) {
		problem.setText(rule);
		problem.getParent().layout(true, true);
		getShell().setSize(getShell().computeSize(getShell().getSize().x, SWT.DEFAULT));
		field.setFocus();
	}

	Item item() {
		return item;
	}
}
