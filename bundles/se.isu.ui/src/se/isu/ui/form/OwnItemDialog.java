package se.isu.ui.form;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
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

/** A unit's own question: wording, answer type and range. Its id is prefixed with the unit so it never clashes. */
class OwnItemDialog extends Dialog {

	private static final List<ItemType> TYPES = List.of(ItemType.YES_NO, ItemType.INTEGER, ItemType.DAY_COUNT,
			ItemType.SCALE, ItemType.DATE, ItemType.TEXT);

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
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.customise_column_id);
		id = new Text(area, SWT.BORDER);
		id.setText(unitCode + "_");
		new Label(area, SWT.NONE).setText(Messages.customise_column_item);
		label = new Text(area, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(label);
		new Label(area, SWT.NONE).setText(Messages.customise_type);
		type = new Combo(area, SWT.READ_ONLY);
		TYPES.forEach(t -> type.add(t.getLiteral()));
		type.select(0);
		new Label(area, SWT.NONE).setText(Messages.customise_range);
		Composite range = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(range);
		min = new Text(range, SWT.BORDER);
		max = new Text(range, SWT.BORDER);
		problem = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
		return area;
	}

	@Override
	protected void okPressed() {
		String itemId = id.getText().strip().toUpperCase(Locale.ROOT);
		if (!itemId.matches("[A-Z][A-Z0-9_]*") || label.getText().isBlank()) {
			problem.setText(Messages.customise_idRule);
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
			problem.setText(Messages.customise_rangeRule);
			return;
		}
		item = made;
		super.okPressed();
	}

	Item item() {
		return item;
	}
}
