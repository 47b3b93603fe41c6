package se.isu.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.protection.RetentionRule;
import se.isu.core.protection.RetentionService;
import se.isu.security.AccessAction;
import se.isu.security.AccessLog;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.RetentionRepository;
import se.isu.store.RetentionRepository.Candidate;
import se.isu.store.RetentionRepository.CullingLogRow;
import se.isu.store.SettingsRepository;

@Component(service = RetentionService.class)
public class DefaultRetentionService implements RetentionService {

	static final String YEARS = "retention.years";
	static final String FOLLOWING_YEAR = "retention.followingYear";
	static final String EXEMPT_DAYS = "retention.exemptBirthDays";

	@Reference
	RetentionRepository repository;

	@Reference
	SettingsRepository settings;

	@Reference
	Session session;

	@Reference
	AccessLog log;

	Clock clock = Clock.systemDefaultZone();

	@Override
	public RetentionRule rule() {
		session.require(Permission.RETENTION);
		return storedRule();
	}

	private RetentionRule storedRule() {
		int years = settings.get(YEARS).map(Integer::parseInt).orElse(RetentionRule.DEFAULT.years());
		boolean followingYear = settings.get(FOLLOWING_YEAR).map(Boolean::parseBoolean)
				.orElse(RetentionRule.DEFAULT.followingYear());
		String days = settings.get(EXEMPT_DAYS).orElse("");
		return new RetentionRule(years, followingYear, days.isBlank() ? java.util.Set.of()
				: Arrays.stream(days.split(",")).map(String::strip).map(Integer::valueOf).collect(Collectors.toSet()));
	}

	@Override
	public void setRule(RetentionRule rule) {
		User admin = session.require(Permission.RETENTION);
		settings.put(YEARS, Integer.toString(rule.years()));
		settings.put(FOLLOWING_YEAR, Boolean.toString(rule.followingYear()));
		settings.put(EXEMPT_DAYS, rule.exemptBirthDays().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
		log.record(admin, AccessAction.RETENTION_RULE, null, "regel / rule: " + rule.describe());
	}

	@Override
	public Preview preview(LocalDate today) {
		session.require(Permission.RETENTION);
		return previewOf(storedRule(), today);
	}

	private Preview previewOf(RetentionRule rule, LocalDate today) {
		LocalDate cutoff = rule.cutoff(today);
		List<PreviewRow> rows = repository.closedCasesWithLastEntryOnOrBefore(cutoff).stream().map(c -> {
			if (c.held()) {
				return row(c, Verdict.HELD, c.holdReason());
			}
			if (rule.exempt(c.clientBirthDate())) {
				return row(c, Verdict.EXEMPT, "forskningsundantag: född dag " + c.clientBirthDate().getDayOfMonth());
			}
			return row(c, Verdict.CULL, null);
		}).toList();
		return new Preview(rule, today, cutoff, rows);
	}

	private static PreviewRow row(Candidate c, Verdict verdict, String reason) {
		return new PreviewRow(c.caseNumber(), c.unitCode(), c.closureDate(), c.lastEntry(), verdict, reason);
	}

	@Override
	public int run(LocalDate today, long confirmedCount) {
		User admin = session.require(Permission.RETENTION);
		// A run dated in the future would cull cases that are not yet past their retention time; the future is for
		// the preview only (a dry run). A past date is allowed: its cutoff is earlier, so it culls less, never more.
		LocalDate now = LocalDate.now(clock);
		if (today.isAfter(now)) {
			throw new se.isu.core.ValidationException("date", "Datum: gallring kan inte köras med ett datum efter i dag ("
					+ now + "), bara förhandsvisas. Inget har gallrats. / Date: a retention run cannot be dated after today ("
					+ now + "); a future date is for the preview only. Nothing was culled.");
		}
		RetentionRule rule = storedRule();
		LocalDate cutoff = rule.cutoff(today);
		List<Candidate> toCull = repository.closedCasesWithLastEntryOnOrBefore(cutoff).stream()
				.filter(c -> !c.held() && !rule.exempt(c.clientBirthDate())).toList();
		if (toCull.size() != confirmedCount) {
			throw new IllegalStateException("Förhandsvisningen visade " + confirmedCount + " ärenden att gallra men nu är det "
					+ toCull.size() + ": visa förhandsvisningen igen och bekräfta på nytt. Inget har gallrats."
					+ " / The data changed since the preview; nothing was culled.");
		}
		if (toCull.isEmpty()) {
			return 0;
		}
		// Counts per unit and year of last entry: enough to account for the run, nothing that points at a person.
		Map<String, Long> perUnitAndYear = toCull.stream().collect(Collectors.groupingBy(
				c -> c.unitCode() + " " + c.lastEntry().getYear(), TreeMap::new, Collectors.counting()));
		String summary = perUnitAndYear.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
				.collect(Collectors.joining("; "));
		RetentionRepository.Culled culled = repository.cull(toCull.stream().map(Candidate::caseId).toList(),
				LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), rule.describe() + "; gräns " + cutoff, summary);
		log.record(admin, AccessAction.RETENTION_RUN, null, culled.cases() + " ärenden, " + culled.clients() + " klienter, "
				+ culled.assessments() + " bedömningar gallrade (" + summary + ")");
		return culled.cases();
	}

	@Override
	public void hold(String caseNumber, String reason) {
		User admin = session.require(Permission.RETENTION);
		if (reason == null || reason.isBlank()) {
			throw new se.isu.core.ValidationException("reason", "Skäl: ange varför ärendet ska sparas. / Reason is required.");
		}
		repository.hold(caseNumber, reason.strip(), LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
		log.record(admin, AccessAction.RETENTION_HOLD, caseNumber, "sparas / held");
	}

	@Override
	public void releaseHold(String caseNumber) {
		User admin = session.require(Permission.RETENTION);
		repository.releaseHold(caseNumber);
		log.record(admin, AccessAction.RETENTION_HOLD, caseNumber, "släppt / released");
	}

	@Override
	public List<CullingLogRow> cullingLog() {
		session.require(Permission.RETENTION);
		return repository.cullingLog();
	}
}
