package se.isu.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.isu.model.IsuCase;
import se.isu.model.IsuPackage.Literals;
import se.isu.model.Staff;

/**
 * "Their version with my changes on top" for a case someone else saved first (decision 141). "Mine" is every field
 * whose value differs from the case as it was stored when this person opened or last saved it ({@code base}); each
 * is set on a copy of the version now stored ({@code theirs}). A field both changed keeps this person's value and is
 * named, so they can look at it before saving. Children (interventions, follow-ups, occasions) are matched by id: a
 * new row of mine is added, a row I removed is removed, a row I changed gets my changed fields; a row they removed and
 * I changed comes back as a new row (and is named). Nothing here stores anything.
 */
final class CaseMerge {

	/** Kept from the stored version: identity, optimistic lock and what the editor never edits. */
	private static final Set<String> NOT_EDITED = Set.of("id", "version", "caseNumber", "personalIdentityNumber",
			"givenName", "familyName", "birthDate", "protectedIdentity");

	/**
	 * @param merged their version with my changes on top (a new object; {@code theirs} is not changed)
	 * @param changes how many of my fields were put on top
	 * @param both the fields both changed, as field ids ("origin", "legalSex") or rows ("interventions", 2,
	 *             "startDate")
	 */
	record Result(IsuCase merged, int changes, List<Field> both) {
	}

	/** A field both changed: {@code list} and {@code row} (1-based, in the merged case) are null for the case's own. */
	record Field(String list, Integer row, String name) {
	}

	private int changes;
	private final List<Field> both = new ArrayList<>();

	private CaseMerge() {
	}

	static Result theirsWithMine(IsuCase base, IsuCase mine, IsuCase theirs) {
		CaseMerge merge = new CaseMerge();
		IsuCase merged = EcoreUtil.copy(theirs);
		merge.attributes(base, mine, merged, theirs, null, null);
		merge.responsible(base, mine, merged);
		if (base.getClient() != null && mine.getClient() != null && merged.getClient() != null) {
			// the client is shared with the client's other cases: a copy, so the version read stays untouched
			merged.setClient(EcoreUtil.copy(theirs.getClient()));
			merge.attributes(base.getClient(), mine.getClient(), merged.getClient(), theirs.getClient(), null, null);
		}
		for (EReference children : List.of(Literals.ISU_CASE__INTERVENTIONS, Literals.ISU_CASE__FOLLOW_UPS,
				Literals.ISU_CASE__OCCASIONS)) {
			merge.children(children, base, mine, merged);
		}
		return new Result(merged, merge.changes, List.copyOf(merge.both));
	}

	/** Sets my changed attributes of {@code mine} (against {@code base}) on {@code target}; names those both changed. */
	private void attributes(EObject base, EObject mine, EObject target, EObject theirs, String list, EList<?> rows) {
		for (EAttribute attribute : mine.eClass().getEAllAttributes()) {
			if (NOT_EDITED.contains(attribute.getName()) || attribute.isTransient() || !attribute.isChangeable()) {
				continue;
			}
			Object before = base.eGet(attribute);
			Object now = mine.eGet(attribute);
			if (Objects.equals(before, now)) {
				continue;
			}
			Object stored = theirs.eGet(attribute);
			changes++;
			if (!Objects.equals(stored, before) && !Objects.equals(stored, now)) {
				both.add(new Field(list, list == null ? null : rows.indexOf(target) + 1, attribute.getName()));
			}
			target.eSet(attribute, attribute.isMany() ? new ArrayList<>((List<?>) now) : now);
		}
	}

	/** The responsible case worker is a reference to staff, compared by user name. */
	private void responsible(IsuCase base, IsuCase mine, IsuCase merged) {
		String before = userName(base.getResponsibleStaff());
		String now = userName(mine.getResponsibleStaff());
		if (Objects.equals(before, now)) {
			return;
		}
		changes++;
		String stored = userName(merged.getResponsibleStaff());
		if (!Objects.equals(stored, before) && !Objects.equals(stored, now)) {
			both.add(new Field(null, null, Literals.ISU_CASE__RESPONSIBLE_STAFF.getName()));
		}
		merged.setResponsibleStaff(mine.getResponsibleStaff());
	}

	private static String userName(Staff staff) {
		return staff == null ? null : staff.getUserName();
	}

	@SuppressWarnings("unchecked")
	private void children(EReference reference, IsuCase base, IsuCase mine, IsuCase merged) {
		EList<EObject> baseRows = (EList<EObject>) base.eGet(reference);
		EList<EObject> myRows = (EList<EObject>) mine.eGet(reference);
		EList<EObject> mergedRows = (EList<EObject>) merged.eGet(reference);
		List<EObject> theirRows = List.copyOf(mergedRows);
		String list = reference.getName();
		for (EObject before : baseRows) {
			long id = id(before);
			EObject myRow = byId(myRows, id);
			EObject theirRow = byId(theirRows, id);
			if (myRow == null) {
				// I removed the row: it goes, unless they already removed it
				if (theirRow != null) {
					changes++;
					if (!EcoreUtil.equals(before, theirRow)) {
						both.add(new Field(list, mergedRows.indexOf(theirRow) + 1, null));
					}
					mergedRows.remove(theirRow);
				}
			} else if (!EcoreUtil.equals(before, myRow)) {
				if (theirRow == null) {
					// they removed a row I changed: mine comes back as a new row, named so it is looked at
					EObject again = EcoreUtil.copy(myRow);
					again.eSet(again.eClass().getEStructuralFeature("id"), 0L);
					mergedRows.add(again);
					changes++;
					both.add(new Field(list, mergedRows.size(), null));
				} else {
					EObject stored = EcoreUtil.copy(theirRow);
					attributes(before, myRow, theirRow, stored, list, mergedRows);
				}
			}
		}
		for (EObject row : myRows) {
			if (id(row) == 0) {
				mergedRows.add(EcoreUtil.copy(row));
				changes++;
			}
		}
	}

	private static long id(EObject row) {
		return ((Number) row.eGet(row.eClass().getEStructuralFeature("id"))).longValue();
	}

	private static EObject byId(List<EObject> rows, long id) {
		return id == 0 ? null : rows.stream().filter(r -> id(r) == id).findFirst().orElse(null);
	}
}
