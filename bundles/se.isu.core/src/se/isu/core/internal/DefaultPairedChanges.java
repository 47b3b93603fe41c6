package se.isu.core.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompilationService.ChangeRule;
import se.isu.core.compile.PairedChange;
import se.isu.instrument.api.report.PairedChanges;
import se.isu.model.query.Measure;
import se.isu.model.query.PairQuery;

/**
 * The instrument API's paired change, on the compilation service: the same query, rule and suppression, figures
 * handed over as their (suppressed) texts.
 */
@Component(service = PairedChanges.class)
public class DefaultPairedChanges implements PairedChanges {

	@Reference
	CompilationService compilations;

	@Override
	public Figures pairedChange(Request r) {
		PairedChange p = compilations.pairedChange(new PairQuery(r.baselineInstrument(), r.baselineKind(),
				r.followUpInstrument(), r.followUpKind(),
				r.measured() == Measured.SCORE ? Measure.ValueKind.SCORE : Measure.ValueKind.ITEM, r.id(),
				r.parameters().from(), r.parameters().to(), r.parameters().unitCode(), null, r.dropoutInstrument()),
				new ChangeRule(r.threshold(), r.higherIsBetter()));
		return new Figures(p.baseline().text(), p.paired().text(), p.dropouts().text(), p.pending().text(),
				p.improvedShare().text(), p.unchangedShare().text(), p.worseShare().text(), p.meanChange().text(),
				p.medianChange().text(), p.completersBaselineMean().text(), p.dropoutsBaselineMean().text(),
				p.dropoutReasons().stream().map(x -> new Reason(x.label(), x.count().text())).toList(), p.notes());
	}
}
