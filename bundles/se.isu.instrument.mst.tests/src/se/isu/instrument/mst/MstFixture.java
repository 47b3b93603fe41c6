package se.isu.instrument.mst;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.PersonalIdentityNumber;
import se.isu.core.instrument.AssessmentService;
import se.isu.model.Intervention;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.query.CaseFilter;
import se.isu.testkit.OsgiServices;

/** Cases of an MST team for the tests: opened, started and closed on given dates, made once per test database. */
final class MstFixture {

	private MstFixture() {
	}

	/**
	 * The unit's cases, in the order made: each family's MST intervention starts {@code stays[i]} days before its
	 * closure on {@code closed[i]}. The test database outlives a run, so a unit that has cases already is reused.
	 * The caller is logged in as a case worker of the unit.
	 */
	static List<IsuCase> team(String unit, int birthDay, LocalDate[] closed, int[] stays) {
		CaseService cases = OsgiServices.get(CaseService.class);
		List<IsuCase> stored = cases.findCases(new CaseFilter(null, null, unit, null, 200, null));
		if (!stored.isEmpty()) {
			return stored.stream().map(c -> cases.findCase(c.getCaseNumber()).orElseThrow())
					.sorted(java.util.Comparator.comparing(IsuCase::getId)).toList();
		}
		List<IsuCase> made = new ArrayList<>();
		for (int i = 0; i < closed.length; i++) {
			LocalDate start = closed[i].minusDays(stays[i]);
			IsuCase c = cases.openCase(new NewCase(PersonalIdentityNumber.compose(LocalDate.of(2010, 4, birthDay), i,
					i % 2 == 0 ? 1 : 2), "Ung", "Familj" + i, unit, "MST-team " + unit,
					start.minusDays(20)));
			c.setDecisionDate(start.minusDays(10));
			Intervention mst = IsuFactory.eINSTANCE.createIntervention();
			mst.setInterventionType(1);
			mst.setDecisionDate(start.minusDays(10));
			mst.setStartDate(start);
			c.getInterventions().add(mst);
			c.setClosureDate(closed[i]);
			made.add(cases.saveCase(c));
		}
		return made;
	}

	/** Imports a CSV through the service and fails with every problem when anything is refused. */
	static int importAll(String instrument, String csv) {
		try {
			AssessmentService.ImportResult result = OsgiServices.get(AssessmentService.class).importCsv(instrument,
					new StringReader(csv));
			if (!result.ok()) {
				throw new AssertionError("refused: " + result.problems());
			}
			return result.imported();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** The plugin's registered group report of this class (as the gallery has it, with its references set). */
	static <R extends se.isu.instrument.api.report.GroupReport> R report(Class<R> type) {
		org.osgi.framework.BundleContext context = OsgiServices.context();
		try {
			for (org.osgi.framework.ServiceReference<se.isu.instrument.api.report.GroupReport> ref : context
					.getServiceReferences(se.isu.instrument.api.report.GroupReport.class, null)) {
				se.isu.instrument.api.report.GroupReport report = context.getService(ref);
				if (type.isInstance(report)) {
					return type.cast(report);
				}
			}
		} catch (org.osgi.framework.InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		throw new AssertionError(type + " is not registered");
	}
}
