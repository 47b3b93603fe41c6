package se.isu.core.instrument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import se.isu.core.Messages;
import se.isu.core.ValidationException.Violation;
import se.isu.model.instrument.AddedItem;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.Section;
import se.isu.model.instrument.UnitOverlay;

/**
 * Applies a unit's overlay to a shipped definition. The result is a copy; the shipped definition is never
 * touched. Hidden items disappear from the form (their stored answers stay), own items are placed after the item
 * they name, own sections come last.
 */
public final class FormOverlays {

	private FormOverlays() {
	}

	/** What is wrong with the overlay for this definition, each naming the item. */
	public static List<Violation> check(InstrumentDefinition base, UnitOverlay overlay) {
		List<Violation> violations = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Set<String> sections = new HashSet<>();
		for (Section s : base.getSections()) {
			sections.add(s.getId());
			s.getItems().forEach(i -> ids.add(i.getId()));
		}
		for (String hidden : overlay.getHiddenItems()) {
			if (!ids.contains(hidden)) {
				violations.add(new Violation(hidden, NLS.bind(Messages.overlayUnknownItem, hidden, base.getName())));
			} else {
				List<String> users = usersOf(base, hidden);
				if (!users.isEmpty()) {
					// hiding it would silently empty a score or a computed value, or hide other questions for good
					violations.add(new Violation(hidden, NLS.bind(Messages.overlayHiddenInUse, hidden, String.join(", ", users))));
				}
			}
		}
		for (Section s : overlay.getAddedSections()) {
			sections.add(s.getId());
			for (Item i : s.getItems()) {
				if (!ids.add(i.getId())) {
					violations.add(new Violation(i.getId(), NLS.bind(Messages.overlayDuplicateId, i.getId())));
				}
			}
		}
		for (AddedItem added : overlay.getAddedItems()) {
			String id = added.getItem().getId();
			if (!ids.add(id)) {
				violations.add(new Violation(id, NLS.bind(Messages.overlayDuplicateId, id)));
			}
			if (!sections.contains(added.getSectionId())) {
				violations.add(new Violation(id, NLS.bind(Messages.overlayUnknownSection, id, added.getSectionId())));
			}
		}
		return violations;
	}

	/** Items whose skip rule or computation reads the item, and scores that have it as a component. */
	private static List<String> usersOf(InstrumentDefinition base, String itemId) {
		List<String> users = new ArrayList<>();
		for (Section section : base.getSections()) {
			if (reads(section.getVisibleWhen(), itemId)) {
				users.add(section.getId());
			}
			for (Item item : section.getItems()) {
				if (reads(item.getVisibleWhen(), itemId) || reads(item.getExpression(), itemId)) {
					users.add(item.getId());
				}
			}
		}
		base.getScores().stream().filter(s -> s.getComponents().stream().anyMatch(c -> c.getItemId().equals(itemId)))
				.forEach(s -> users.add(s.getId()));
		return users;
	}

	private static boolean reads(String expression, String itemId) {
		return expression != null && !expression.isBlank() && Expression.parse(expression).references().contains(itemId);
	}

	/** The form the unit fills in: a copy of base with the overlay applied. */
	public static InstrumentDefinition apply(InstrumentDefinition base, UnitOverlay overlay) {
		InstrumentDefinition form = EcoreUtil.copy(base);
		if (overlay == null) {
			return form;
		}
		Set<String> hidden = new HashSet<>(overlay.getHiddenItems());
		for (Section section : form.getSections()) {
			section.getItems().removeIf(i -> hidden.contains(i.getId()));
		}
		form.getSections().addAll(EcoreUtil.copyAll(overlay.getAddedSections()));
		Set<String> placed = new HashSet<>();
		for (AddedItem added : overlay.getAddedItems()) {
			Section section = form.getSections().stream().filter(s -> s.getId().equals(added.getSectionId()))
					.findFirst().orElseThrow(() -> new IllegalArgumentException(
							"Own item " + added.getItem().getId() + ": no section " + added.getSectionId()));
			int at = section.getItems().size();
			for (int i = 0; i < section.getItems().size(); i++) {
				if (section.getItems().get(i).getId().equals(added.getAfterItemId())) {
					at = i + 1;
				}
			}
			// several own items after the same anchor keep the order they were added in
			while (at < section.getItems().size() && placed.contains(section.getItems().get(at).getId())) {
				at++;
			}
			section.getItems().add(at, EcoreUtil.copy(added.getItem()));
			placed.add(added.getItem().getId());
		}
		// a hidden item a score needs makes that score missing, never silently zero: keep the rule as shipped
		return form;
	}
}
