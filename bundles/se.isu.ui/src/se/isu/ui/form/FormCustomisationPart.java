package se.isu.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.isu.core.CaseService;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.core.instrument.FormCustomisationService;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.Unit;
import se.isu.model.instrument.AddedItem;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.Section;
import se.isu.model.instrument.UnitOverlay;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;

/**
 * Where methods staff (SU-administratör) decide which items their unit follows, without code: tick items to hide,
 * add the unit's own items, and save the result as a new version of the unit's overlay with a comment. The shipped
 * definition is never changed; every saved version is kept and listed.
 */
public class FormCustomisationPart {

	public static final String DESCRIPTOR_ID = "se.isu.ui.partdescriptor.formcustomisation";
	/** The version comment's column holds 1000 characters (ISU_FORM_RESOURCE.REMARK): the field takes no more. */
	static final int COMMENT_LIMIT = 1000;

	@Inject
	FormCustomisationService customisation;
	@Inject
	InstrumentRegistry registry;
	@Inject
	CaseService cases;

	private Combo unitCombo;
	private Combo instrumentCombo;
	private Table items;
	private Text comment;
	private Label message;
	private Label history;
	private List<Unit> units = List.of();
	private List<InstrumentDefinition> instruments = List.of();
	private UnitOverlay draft;

	public FormCustomisationPart() {
		// for dependency injection
	}

	/** For rendering outside a workbench (tests). */
	public FormCustomisationPart(FormCustomisationService customisation, InstrumentRegistry registry, CaseService cases) {
		this.customisation = customisation;
		this.registry = registry;
		this.cases = cases;
	}

	@PostConstruct
	public void create(Composite parent) {
		se.isu.ui.widgets.WheelGuard.install(parent.getDisplay()); // the wheel never changes unit or instrument
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(10, 10).spacing(8, 6).applyTo(top);
		new Label(top, SWT.NONE).setText(Messages.customise_unit);
		unitCombo = WidgetIds.tag(new Combo(top, SWT.READ_ONLY), WidgetIds.CUSTOMISE_UNIT);
		new Label(top, SWT.NONE).setText(Messages.customise_instrument);
		instrumentCombo = WidgetIds.tag(new Combo(top, SWT.READ_ONLY), WidgetIds.CUSTOMISE_INSTRUMENT);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(instrumentCombo);
		history = WidgetIds.tag(new Label(top, SWT.WRAP), WidgetIds.CUSTOMISE_HISTORY);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(700, SWT.DEFAULT).applyTo(history);

		items = WidgetIds.tag(new Table(top, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), WidgetIds.CUSTOMISE_ITEMS);
		items.setHeaderVisible(true);
		for (String header : List.of(Messages.customise_column_hidden, Messages.customise_column_id,
				Messages.customise_column_item, Messages.customise_column_origin)) {
			TableColumn column = new TableColumn(items, SWT.NONE);
			column.setText(header);
			column.setWidth(header.equals(Messages.customise_column_item) ? 480 : 90);
		}
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 380).applyTo(items);
		items.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				hiddenChanged((TableItem) e.item);
			}
		});

		Composite buttons = new Composite(top, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(buttons);
		Button add = WidgetIds.tag(new Button(buttons, SWT.PUSH), WidgetIds.CUSTOMISE_ADD);
		add.setText(Messages.customise_add);
		add.addListener(SWT.Selection, e -> addOwnItem());
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText(Messages.customise_removeOwn);
		remove.addListener(SWT.Selection, e -> removeOwnItem());

		new Label(top, SWT.NONE).setText(Messages.customise_comment);
		comment = WidgetIds.tag(new Text(top, SWT.BORDER), WidgetIds.CUSTOMISE_COMMENT);
		comment.setTextLimit(COMMENT_LIMIT);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(comment);
		Button save = WidgetIds.tag(new Button(top, SWT.PUSH), WidgetIds.CUSTOMISE_SAVE);
		save.setText(Messages.customise_save);
		save.addListener(SWT.Selection, e -> save());
		message = WidgetIds.tag(new Label(top, SWT.WRAP), WidgetIds.CUSTOMISE_MESSAGE);
		message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(700, SWT.DEFAULT).applyTo(message);

		units = cases.units();
		units.forEach(u -> unitCombo.add(u.getCode() + " " + u.getName()));
		instruments = registry.installed().stream().map(InstrumentRegistry.Installed::definition)
				.filter(d -> registry.latest(d.getId(), null).map(l -> l == d).orElse(false)).toList();
		instruments.forEach(d -> instrumentCombo.add(d.getName() + " (" + d.getVersion() + ")"));
		unitCombo.addListener(SWT.Selection, e -> load());
		instrumentCombo.addListener(SWT.Selection, e -> load());
		if (!units.isEmpty() && !instruments.isEmpty()) {
			unitCombo.select(0);
			instrumentCombo.select(0);
			load();
		}
	}

	/** Shows the shipped items with the unit's current overlay applied as ticks and own items. */
	public void load() {
		Optional<String> unit = unit();
		Optional<InstrumentDefinition> definition = definition();
		if (unit.isEmpty() || definition.isEmpty()) {
			return;
		}
		draft = customisation.currentOverlay(unit.get(), definition.get().getId()).map(EcoreUtil::copy).orElseGet(() -> {
			UnitOverlay o = InstrumentFactory.eINSTANCE.createUnitOverlay();
			o.setInstrumentId(definition.get().getId());
			o.setUnitCode(unit.get());
			return o;
		});
		List<UnitOverlay> versions = customisation.overlayHistory(unit.get(), definition.get().getId());
		history.setText(versions.isEmpty() ? Messages.customise_noVersions
				: versions.stream().limit(5).map(v -> NLS.bind(Messages.customise_version, new Object[] { v.getRevision(),
						v.getCreatedAt(), v.getAuthor(), v.getComment() == null ? "" : v.getComment() }))
						.reduce((a, b) -> a + "\n" + b).orElse(""));
		message.setText("");
		refreshItems(definition.get());
		items.getParent().layout(true, true);
	}

	private void refreshItems(InstrumentDefinition definition) {
		items.removeAll();
		for (Section section : definition.getSections()) {
			for (Item item : section.getItems()) {
				row(item, draft.getHiddenItems().contains(item.getId()), Messages.customise_shipped);
				for (AddedItem added : draft.getAddedItems()) {
					if (added.getSectionId().equals(section.getId()) && item.getId().equals(added.getAfterItemId())) {
						row(added.getItem(), false, Messages.customise_own);
					}
				}
			}
			for (AddedItem added : draft.getAddedItems()) {
				if (added.getSectionId().equals(section.getId()) && added.getAfterItemId() == null) {
					row(added.getItem(), false, Messages.customise_own);
				}
			}
		}
	}

	private void row(Item item, boolean hidden, String origin) {
		TableItem row = new TableItem(items, SWT.NONE);
		row.setText(new String[] { "", item.getId(), item.getLabel(), origin });
		row.setChecked(hidden);
		row.setData(item);
	}

	private void hiddenChanged(TableItem row) {
		Item item = (Item) row.getData();
		boolean own = draft.getAddedItems().stream().anyMatch(a -> a.getItem() == item);
		if (own) {
			row.setChecked(false); // an own item is removed, not hidden
			return;
		}
		draft.getHiddenItems().remove(item.getId());
		if (row.getChecked()) {
			draft.getHiddenItems().add(item.getId());
		}
	}

	/** Ticks an item as hidden (or not), as clicking its check box does. */
	public void setHidden(String itemId, boolean hidden) {
		for (TableItem row : items.getItems()) {
			if (((Item) row.getData()).getId().equals(itemId)) {
				row.setChecked(hidden);
				hiddenChanged(row);
			}
		}
	}

	private void addOwnItem() {
		InstrumentDefinition definition = definition().orElse(null);
		if (definition == null) {
			return;
		}
		int selected = items.getSelectionIndex();
		Item after = selected < 0 ? null : (Item) items.getItem(selected).getData();
		OwnItemDialog dialog = new OwnItemDialog(items.getShell(), unit().orElse(""));
		if (dialog.open() == Window.OK) {
			addOwnItem(dialog.item(), after == null ? null : after.getId());
		}
	}

	/** Adds an own item after the given item (or last in the first section), as the dialog does. */
	public void addOwnItem(Item item, String afterItemId) {
		InstrumentDefinition definition = definition().orElseThrow();
		AddedItem added = InstrumentFactory.eINSTANCE.createAddedItem();
		String section = definition.getSections().get(0).getId();
		for (Section s : definition.getSections()) {
			if (s.getItems().stream().anyMatch(i -> i.getId().equals(afterItemId))) {
				section = s.getId();
			}
		}
		for (AddedItem a : draft.getAddedItems()) {
			if (a.getItem().getId().equals(afterItemId)) {
				section = a.getSectionId();
			}
		}
		added.setSectionId(section);
		added.setAfterItemId(afterItemId);
		added.setItem(item);
		draft.getAddedItems().add(added);
		refreshItems(definition);
	}

	private void removeOwnItem() {
		int selected = items.getSelectionIndex();
		if (selected >= 0) {
			Item item = (Item) items.getItem(selected).getData();
			draft.getAddedItems().removeIf(a -> a.getItem() == item);
			definition().ifPresent(this::refreshItems);
		}
	}

	/** Stores the draft as the unit's next version; broken rules are listed and nothing is stored. */
	public boolean save() {
		if (draft == null) {
			return false;
		}
		try {
			customisation.saveOverlay(draft, System.getProperty("user.name"), comment.getText().strip());
			comment.setText("");
			load();
			return true;
		} catch (ValidationException e) {
			List<String> lines = new ArrayList<>();
			for (Violation v : e.violations()) {
				lines.add(v.message());
			}
			message.setText(String.join("\n", lines));
			message.getParent().layout(true, true);
			return false;
		}
	}

	private Optional<String> unit() {
		int i = unitCombo.getSelectionIndex();
		return i < 0 ? Optional.empty() : Optional.of(units.get(i).getCode());
	}

	private Optional<InstrumentDefinition> definition() {
		int i = instrumentCombo.getSelectionIndex();
		return i < 0 ? Optional.empty() : Optional.of(instruments.get(i));
	}

	/** Chooses unit and instrument by code and id, as the combos do. */
	public void select(String unitCode, String instrumentId) {
		for (int i = 0; i < units.size(); i++) {
			if (units.get(i).getCode().equals(unitCode)) {
				unitCombo.select(i);
			}
		}
		for (int i = 0; i < instruments.size(); i++) {
			if (instruments.get(i).getId().equals(instrumentId)) {
				instrumentCombo.select(i);
			}
		}
		load();
	}

	@Focus
	public void setFocus() {
		items.setFocus();
	}
}
