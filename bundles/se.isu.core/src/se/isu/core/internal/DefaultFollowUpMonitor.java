package se.isu.core.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompiledTable;
import se.isu.core.compile.FollowUpMonitor;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.DateVariable;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;
import se.isu.security.AccessAction;
import se.isu.security.AccessLog;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.AggregationRepository;
import se.isu.store.CaseRepository;

/** The due list from the occasions in the database; dropout as a compilation of occasions by outcome. */
@Component(service = FollowUpMonitor.class)
public class DefaultFollowUpMonitor implements FollowUpMonitor {

	@Reference
	AggregationRepository aggregation;

	@Reference
	CompilationService compilations;

	@Reference
	CaseRepository cases;

	@Reference
	InstrumentRegistry registry;

	@Reference
	Session session;

	@Reference
	AccessLog log;

	Clock clock = Clock.systemDefaultZone();

	@Override
	public DueList dueList(boolean onlyMine) {
		// The list names cases and clients, so it needs the right to read them, in the person's own units.
		User user = session.require(Permission.CASE_READ);
		LocalDate today = LocalDate.now(clock);
		LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		String staff = onlyMine ? user.userName() : null;
		KeyLabels labels = new KeyLabels(cases);
		List<DueOccasion> due = new ArrayList<>();
		Map<String, String> formNames = new java.util.HashMap<>();
		Map<State, Long> totals = new EnumMap<>(State.class);
		// each state is one indexed query for its newest occasions and their count
		for (State state : State.values()) {
			AggregationRepository.DueGroup group = switch (state) {
			case DUE_THIS_WEEK -> aggregation.dueOccasions("PLANNED", today, sunday, false, user.units(), staff,
					LIMIT_PER_STATE);
			case OVERDUE -> aggregation.dueOccasions("PLANNED", null, today.minusDays(1), true, user.units(), staff,
					LIMIT_PER_STATE);
			case MISSED -> aggregation.dueOccasions("NOT_DONE", today.minusDays(MISSED_DAYS), null, true, user.units(),
					staff, LIMIT_PER_STATE);
			};
			totals.put(state, group.total());
			for (AggregationRepository.DueOccasion o : group.newest()) {
				long late = state == State.DUE_THIS_WEEK ? 0 : Math.max(0, ChronoUnit.DAYS.between(o.plannedDate(), today));
				due.add(new DueOccasion(state, o.caseNumber(), o.unitCode(), o.staffUserName(), o.staffName(), o.kind(),
						KeyLabels.occasionKind(o.kind()), o.plannedDate(), late,
						state == State.MISSED ? labels.code("isu.ejGenomford", o.notDoneReason()) : null,
						IdentityGuard.name(user, o.clientName(), o.protectedIdentity(), o.staffUserName()),
						o.instrumentId(), o.instrumentId() == null ? null
								: formNames.computeIfAbsent(o.instrumentId(), id -> formName(id, o.unitCode()))));
			}
		}
		log.record(user, AccessAction.CASE_LIST, null,
				"förfallolista med klientnamn, " + (onlyMine ? "bara egna, " : "") + due.size() + " tillfällen");
		return new DueList(today, due, totals);
	}

	/** The form's name in the user's language; the id when the instrument is no longer installed. */
	private String formName(String instrumentId, String unitCode) {
		return registry.latest(instrumentId, unitCode)
				.flatMap(d -> registry.form(instrumentId, d.getVersion(), unitCode)).map(Form::name).orElse(instrumentId);
	}

	@Override
	public CompiledTable dropout(String period, LocalDate from, LocalDate to, String unitCode) {
		LocalDate today = LocalDate.now(clock);
		LocalDate until = to == null || to.isAfter(today) ? today : to;
		// A period that starts in the future has nothing due yet; keep it a valid (empty) period.
		until = from != null && from.isAfter(until) ? from : until;
		List<Dimension> rows = period == null ? List.of(Dimension.of(Dimension.Kind.OCCASION_KIND))
				: List.of(Dimension.of(Dimension.Kind.OCCASION_KIND), Dimension.period(period + ":OCCASION"));
		CompilationQuery query = new CompilationQuery(Measure.share(Measure.Subject.OCCASIONS), rows,
				List.of(Dimension.of(Dimension.Kind.OCCASION_OUTCOME)), List.of(), from, until, DateVariable.OCCASION, null)
				.withFilter(Dimension.of(Dimension.Kind.OCCASION_OUTCOME), "DONE", "NOT_DONE", "OVERDUE");
		if (unitCode != null) {
			query = query.withFilter(Dimension.unit(), unitCode);
		}
		return compilations.compile(query);
	}
}
