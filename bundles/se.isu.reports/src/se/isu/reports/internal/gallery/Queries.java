package se.isu.reports.internal.gallery;

import se.isu.instrument.api.report.ReportParameters;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.Dimension;

/** The report's period and unit applied to a compilation. */
final class Queries {

	private Queries() {
	}

	static CompilationQuery scoped(CompilationQuery query, ReportParameters parameters) {
		CompilationQuery scoped = query.withPeriod(parameters.from(), parameters.to());
		return parameters.unitCode() == null ? scoped : scoped.withFilter(Dimension.unit(), parameters.unitCode());
	}
}
