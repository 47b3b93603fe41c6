package se.isu.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.CaseChangedException;
import se.isu.core.Messages;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.ApiViews;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.ClientFacts;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.IsuCase;
import se.isu.model.Occasion;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Prerequisite;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.Score;
import se.isu.security.AccessAction;
import se.isu.security.AccessLog;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.AssessmentRepository;
import se.isu.store.CaseRepository;
import se.isu.store.CaseRepository.CaseKey;
import se.isu.store.StaleDataException;

@Component(service = AssessmentService.class)
public class DefaultAssessmentService implements AssessmentService {

	@Reference
	AssessmentRepository repository;

	@Reference
	InstrumentRegistry registry;

	@Reference
	IdentityGuard identities;

	@Reference
	CaseRepository cases;

	@Reference
	Session session;

	@Reference
	AccessLog log;

	/** Names the person who saved an assessment last when a stale save is refused. */
	@Reference
	se.isu.store.AccountRepository accounts;

	/** The instruments' own rules (API 1.2), asked on every save: a plugin's rule holds whatever surface saves. */
	@Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE,
			policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
	volatile List<se.isu.instrument.api.AnswerCheck> answerChecks = new java.util.concurrent.CopyOnWriteArrayList<>();

	Clock clock = Clock.systemDefaultZone();

	@Override
	public Assessment start(IsuCase c, Occasion occasion, String instrumentId, Respondent respondent,
			String interviewer) {
		String unit = c.getUnit() == null ? null : c.getUnit().getCode();
		session.require(Permission.CASE_WRITE, unit);
		InstrumentDefinition definition = registry.latest(instrumentId, unit).orElseThrow(
				() -> new ValidationException("instrumentId", NLS.bind(Messages.instrumentNotInstalled, instrumentId, "-")));
		if (!se.isu.core.instrument.InstrumentDefinitions.respondents(definition).contains(respondent)) {
			throw new ValidationException("respondent",
					NLS.bind(Messages.respondentNotAllowed, definition.getName(), respondent.getLiteral()));
		}
		if (occasion != null && occasion.getId() == 0) {
			// the link is by id: an occasion added in the editor but not yet saved has none
			throw new ValidationException("occasion", Messages.occasionNotSaved);
		}
		Assessment a = InstrumentFactory.eINSTANCE.createAssessment();
		a.setCaseId(c.getId());
		a.setOccasionId(occasion == null ? null : occasion.getId());
		a.setInstrumentId(definition.getId());
		a.setInstrumentVersion(definition.getVersion());
		a.setInstrumentName(definition.getName());
		a.setRespondent(respondent);
		a.setStatus(AssessmentStatus.IN_PROGRESS);
		a.setAssessedOn(occasion != null && occasion.getDoneDate() != null ? occasion.getDoneDate() : LocalDate.now(clock));
		a.setInterviewer(interviewer);
		a.setUnitCode(unit);
		return a;
	}

	@Override
	public Assessment save(Assessment assessment, boolean complete) {
		CaseKey key = caseOf(assessment.getCaseId());
		User user = session.require(Permission.CASE_WRITE, key.unitCode());
		Form form = formFor(assessment).orElseThrow(() -> new ValidationException("instrumentId",
				NLS.bind(Messages.instrumentNotInstalled, assessment.getInstrumentId(), assessment.getInstrumentVersion())));
		AnswerSheet sheet = AnswerSheet.of(form, assessment.getAnswers());
		form.settle(sheet);
		List<Violation> violations = new ArrayList<>(form.check(sheet, complete));
		violations.addAll(pluginChecks(form, sheet));
		if (assessment.getAssessedOn() != null && assessment.getAssessedOn().isAfter(LocalDate.now(clock))) {
			violations.add(new Violation("assessedOn", NLS.bind(Messages.dateInFuture, "Datum")));
		}
		if (complete && violations.isEmpty()) {
			prerequisite(form.definition(), assessment).ifPresent(violations::add);
		}
		if (!violations.isEmpty()) {
			throw new ValidationException(violations);
		}
		Assessment toStore = EcoreUtil.copy(assessment);
		toStore.getAnswers().clear();
		toStore.getAnswers().addAll(sheet.toAnswers());
		List<Score> scores = registry.scorer(assessment.getInstrumentId()).score(form, sheet, clientFacts(form, key, assessment));
		toStore.getScores().clear();
		toStore.getScores().addAll(scores);
		toStore.setStatus(complete ? AssessmentStatus.COMPLETE : AssessmentStatus.IN_PROGRESS);
		toStore.setOverlayRevision(form.overlayRevision() == 0 ? null : form.overlayRevision());
		toStore.setInstrumentName(form.definition().getName());
		try {
			Assessment saved = repository.save(toStore, user.userName());
			log.record(user, AccessAction.ASSESSMENT_WRITE, key.caseNumber(),
					saved.getInstrumentId() + " #" + saved.getId() + " " + saved.getStatus());
			return saved;
		} catch (StaleDataException e) {
			if (e.changedBy().isPresent() && e.changedAt().isPresent()) {
				throw new CaseChangedException(NLS.bind(Messages.staleAssessmentBy,
						ChangeStamps.name(accounts, e.changedBy().get()), ChangeStamps.time(e.changedAt().get(), clock)), e);
			}
			throw new CaseChangedException(Messages.staleAssessment, e);
		}
	}

	/**
	 * The problems the instrument's own {@link se.isu.instrument.api.AnswerCheck}s find. A check that throws is a
	 * bug in its plugin: the save is refused rather than stored past a rule nobody could check.
	 */
	List<Violation> pluginChecks(Form form, AnswerSheet sheet) {
		List<Violation> found = new ArrayList<>();
		String instrument = form.definition().getId();
		for (se.isu.instrument.api.AnswerCheck check : List.copyOf(answerChecks)) {
			if (!check.checks(instrument)) {
				continue;
			}
			try {
				check.check(ApiViews.form(form), ApiViews.answers(sheet))
						.forEach(p -> found.add(new Violation(p.itemId(), p.message())));
			} catch (RuntimeException e) {
				found.add(new Violation("instrumentId", NLS.bind(Messages.answerCheckFailed, instrument, e)));
			}
		}
		return found;
	}

	/** A follow-up needs its baseline instrument done on the same client within the stated months. */
	private Optional<Violation> prerequisite(InstrumentDefinition definition, Assessment assessment) {
		Prerequisite rule = definition.getPrerequisite();
		if (rule == null) {
			return Optional.empty();
		}
		LocalDate on = assessment.getAssessedOn() == null ? LocalDate.now(clock) : assessment.getAssessedOn();
		LocalDate earliest = rule.getWithinMonths() > 0 ? on.minusMonths(rule.getWithinMonths()) : LocalDate.MIN;
		boolean found = repository.findCompleteForSameClient(assessment.getCaseId(), rule.getInstrumentId()).stream()
				.filter(a -> a.getId() != assessment.getId())
				.anyMatch(a -> a.getAssessedOn() != null && !a.getAssessedOn().isAfter(on)
						&& !a.getAssessedOn().isBefore(earliest));
		if (found) {
			return Optional.empty();
		}
		String required = registry.latest(rule.getInstrumentId(), null).map(InstrumentDefinition::getName)
				.orElse(rule.getInstrumentId());
		return Optional.of(new Violation("instrumentId", NLS.bind(Messages.prerequisiteMissing,
				new Object[] { definition.getName(), required, rule.getWithinMonths(), earliest + " \u2013 " + on })));
	}

	@Override
	public Optional<Assessment> find(long id) {
		session.require(Permission.CASE_READ);
		Optional<Assessment> found = repository.find(id);
		found.ifPresent(a -> {
			CaseKey key = caseOf(a.getCaseId());
			User user = session.require(Permission.CASE_READ, key.unitCode());
			String protectedRead = identities.requireReason(user, key);
			log.record(user, AccessAction.ASSESSMENT_READ, key.caseNumber(), a.getInstrumentId() + " #" + a.getId()
					+ (protectedRead == null ? "" : ", " + protectedRead));
		});
		return found;
	}

	@Override
	public List<Assessment> forCase(long caseId) {
		CaseKey key = caseOf(caseId);
		User user = session.require(Permission.CASE_READ, key.unitCode());
		String protectedRead = identities.requireReason(user, key);
		List<Assessment> found = repository.findByCase(caseId);
		log.record(user, AccessAction.ASSESSMENT_READ, key.caseNumber(), found.size() + " bedömningar"
				+ (protectedRead == null ? "" : ", " + protectedRead));
		return found;
	}

	/**
	 * The client's legal sex and age at the assessment date, read only for a form with zone scores (AUDIT, DUDIT):
	 * other forms are scored without loading the case.
	 */
	private ClientFacts clientFacts(Form form, CaseKey key, Assessment assessment) {
		boolean zones = form.definition().getScores().stream()
				.anyMatch(s -> s.getBandsOf() != null && !s.getBandsOf().isBlank());
		if (!zones) {
			return ClientFacts.UNKNOWN;
		}
		LocalDate date = assessment.getAssessedOn() != null ? assessment.getAssessedOn() : LocalDate.now(clock);
		return cases.findCase(key.caseNumber()).map(c -> ClientFacts.of(c.getClient(), date)).orElse(ClientFacts.UNKNOWN);
	}

	/** The case an assessment belongs to; an id that names no case is refused like a case of another unit. */
	private CaseKey caseOf(long caseId) {
		return cases.findKey(caseId).orElseThrow(() -> new ValidationException("caseId",
				NLS.bind(Messages.required, "Ärende")));
	}

	@Override
	public Optional<Form> formFor(Assessment assessment) {
		// a stored assessment keeps the unit's form it was answered on; a new one gets the unit's current form
		Integer revision = assessment.getId() == 0 ? null : assessment.getOverlayRevision();
		if (assessment.getId() != 0 && revision == null) {
			revision = 0; // answered on the shipped form
		}
		return registry.form(assessment.getInstrumentId(), assessment.getInstrumentVersion(), assessment.getUnitCode(),
				revision);
	}

	@Override
	public Optional<Assessment> baseline(Assessment followUp) {
		// The baseline may lie in another case of the same client: readable only by whoever may read this one.
		CaseKey followUpCase = caseOf(followUp.getCaseId());
		identities.requireReason(session.require(Permission.CASE_READ, followUpCase.unitCode()), followUpCase);
		Optional<InstrumentDefinition> definition = registry.find(followUp.getInstrumentId(),
				followUp.getInstrumentVersion());
		Optional<String> baselineId = definition.map(InstrumentDefinition::getBaselineInstrument).filter(Objects::nonNull);
		if (baselineId.isEmpty()) {
			return Optional.empty();
		}
		// A form asked at several occasions pairs by occasion kind (its answer at intake, say), and is never its own
		// baseline; without a kind the newest earlier assessment of the baseline instrument is taken, as before.
		se.isu.model.OccasionKind kind = definition.get().isSetBaselineOccasionKind()
				? definition.get().getBaselineOccasionKind()
				: null;
		LocalDate on = followUp.getAssessedOn() == null ? LocalDate.now(clock) : followUp.getAssessedOn();
		return repository.findCompleteForSameClient(followUp.getCaseId(), baselineId.get()).stream()
				.filter(a -> a.getId() != followUp.getId())
				.filter(a -> a.getAssessedOn() == null || !a.getAssessedOn().isAfter(on))
				.filter(a -> kind == null || kind == occasionKind(a))
				.findFirst();
	}

	/** The kind of the occasion an assessment was answered at, or null when it has none. */
	private se.isu.model.OccasionKind occasionKind(Assessment a) {
		if (a.getOccasionId() == null) {
			return null;
		}
		return cases.findKey(a.getCaseId()).flatMap(key -> cases.findCase(key.caseNumber()))
				.flatMap(c -> c.getOccasions().stream().filter(o -> o.getId() == a.getOccasionId()).findFirst())
				.map(se.isu.model.Occasion::getKind).orElse(null);
	}

	@Override
	public List<ScoreChange> change(Assessment baseline, Assessment followUp) {
		List<ScoreChange> changes = new ArrayList<>();
		for (Score after : followUp.getScores()) {
			// a score missing at baseline is stored without a value: Optional.map, as Stream.map + findFirst throws on null
			Double before = baseline.getScores().stream().filter(s -> s.getScoreId().equals(after.getScoreId()))
					.findFirst().map(Score::getValue).orElse(null);
			changes.add(new ScoreChange(after.getScoreId(), after.getLabel(), before, after.getValue()));
		}
		return changes;
	}

	static final String CASE_COLUMN = "arende";
	static final String DATE_COLUMN = "datum";

	@Override
	public ImportResult importCsv(String instrumentId, java.io.Reader csv) throws java.io.IOException {
		// the right to record at all; each line is then checked against its case's unit
		User user = session.require(Permission.CASE_WRITE);
		InstrumentDefinition definition = registry.latest(instrumentId, null).orElseThrow(
				() -> new ValidationException("instrumentId", NLS.bind(Messages.instrumentNotInstalled, instrumentId, "-")));
		Respondent respondent = se.isu.core.instrument.InstrumentDefinitions.respondents(definition).get(0);
		String text = new java.io.BufferedReader(csv).lines().collect(java.util.stream.Collectors.joining("\n"));
		String firstLine = text.lines().findFirst().orElse("");
		// a Swedish spreadsheet writes semicolons (the comma is its decimal sign)
		char delimiter = firstLine.indexOf(';') >= 0 ? ';' : ',';
		List<ImportProblem> problems = new ArrayList<>();
		List<Assessment> toStore = new ArrayList<>();
		java.util.Map<String, Optional<IsuCase>> casesByNumber = new java.util.HashMap<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
				.setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
				.setTrim(true).get().parse(new java.io.StringReader(text))) {
			List<String> header = parser.getHeaderNames();
			java.util.Map<String, String> columns = new java.util.LinkedHashMap<>(); // header text -> item id
			for (String name : header) {
				String key = name.strip().replace("\u00e4", "a").replace("\u00c4", "A").toLowerCase(java.util.Locale.ROOT);
				if (key.equals(CASE_COLUMN) || key.equals(DATE_COLUMN)) {
					columns.put(name, key);
				} else if (definition.getSections().stream().flatMap(sec -> sec.getItems().stream())
						.anyMatch(item -> item.getId().equals(name.strip()))) {
					columns.put(name, name.strip());
				} else {
					problems.add(new ImportProblem(1, name, NLS.bind(Messages.importUnknownColumn, definition.getName())));
				}
			}
			for (String required : List.of(CASE_COLUMN, DATE_COLUMN)) {
				if (!columns.containsValue(required)) {
					problems.add(new ImportProblem(1, required, Messages.importColumnMissing));
				}
			}
			if (!problems.isEmpty()) {
				return new ImportResult(0, problems);
			}
			for (org.apache.commons.csv.CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				java.util.function.BiConsumer<String, String> bad = (column, message) -> problems
						.add(new ImportProblem(line, column, message));
				java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
				for (java.util.Map.Entry<String, String> column : columns.entrySet()) {
					values.put(column.getValue(), record.isSet(column.getKey()) ? record.get(column.getKey()) : "");
				}
				String caseNumber = values.get(CASE_COLUMN);
				Optional<IsuCase> found = caseNumber.isEmpty() ? Optional.empty()
						: casesByNumber.computeIfAbsent(caseNumber, cases::findCase);
				if (found.isEmpty()) {
					bad.accept(CASE_COLUMN, NLS.bind(Messages.importNoCase, caseNumber));
					continue;
				}
				IsuCase c = found.get();
				String unit = c.getUnit() == null ? null : c.getUnit().getCode();
				try {
					session.require(Permission.CASE_WRITE, unit);
				} catch (se.isu.security.AccessDeniedException e) {
					bad.accept(CASE_COLUMN, NLS.bind(Messages.importNoRight, caseNumber, unit));
					continue;
				}
				LocalDate date = null;
				try {
					date = LocalDate.parse(values.get(DATE_COLUMN));
					if (date.isAfter(LocalDate.now(clock))) {
						bad.accept(DATE_COLUMN, NLS.bind(Messages.dateInFuture, DATE_COLUMN));
					}
				} catch (java.time.format.DateTimeParseException e) {
					bad.accept(DATE_COLUMN, NLS.bind(Messages.importBadDate, values.get(DATE_COLUMN)));
				}
				Form form = registry.form(definition.getId(), definition.getVersion(), unit).orElseThrow();
				AnswerSheet sheet = form.newSheet();
				int before = problems.size();
				for (java.util.Map.Entry<String, String> value : values.entrySet()) {
					if (value.getKey().equals(CASE_COLUMN) || value.getKey().equals(DATE_COLUMN)) {
						continue;
					}
					Form.Field field = form.field(value.getKey()).orElse(null);
					if (field == null) {
						// hidden by the unit's overlay: an answer to a question the unit does not ask
						if (!value.getValue().isEmpty()) {
							bad.accept(value.getKey(), Messages.importHiddenItem);
						}
						continue;
					}
					Form.Parsed parsed = field.parse(value.getValue());
					if (parsed instanceof Form.Parsed.Value v) {
						sheet.put(value.getKey(), v.canonical());
					} else if (parsed instanceof Form.Parsed.Missing m) {
						sheet.putMissing(value.getKey(), m.code());
					} else if (parsed instanceof Form.Parsed.Invalid invalid) {
						bad.accept(value.getKey(), invalid.message());
					}
				}
				if (problems.size() > before) {
					continue;
				}
				form.settle(sheet);
				List<Violation> violations = new ArrayList<>(form.check(sheet, true));
				violations.addAll(pluginChecks(form, sheet));
				violations.forEach(v -> bad.accept(v.field(), v.message()));
				if (!violations.isEmpty() || date == null) {
					continue;
				}
				if (!seen.add(caseNumber + "|" + date + "|" + sheet.toAnswers().stream()
						.map(a -> a.getItemId() + "=" + a.getValue() + a.getMissingCode()).sorted().toList())) {
					bad.accept(CASE_COLUMN, Messages.importDuplicate);
					continue;
				}
				Assessment a = InstrumentFactory.eINSTANCE.createAssessment();
				a.setCaseId(c.getId());
				a.setInstrumentId(definition.getId());
				a.setInstrumentVersion(definition.getVersion());
				a.setInstrumentName(definition.getName());
				a.setRespondent(respondent);
				a.setStatus(AssessmentStatus.COMPLETE);
				a.setAssessedOn(date);
				a.setInterviewer(user.userName());
				a.setUnitCode(unit);
				a.setOverlayRevision(form.overlayRevision() == 0 ? null : form.overlayRevision());
				a.getAnswers().addAll(sheet.toAnswers());
				a.getScores().addAll(registry.scorer(definition.getId()).score(form, sheet));
				toStore.add(a);
			}
		}
		if (!problems.isEmpty()) {
			return new ImportResult(0, problems);
		}
		repository.insertAll(toStore);
		for (Assessment a : toStore) {
			log.record(user, AccessAction.ASSESSMENT_WRITE, caseOf(a.getCaseId()).caseNumber(),
					a.getInstrumentId() + " import " + a.getAssessedOn());
		}
		return new ImportResult(toStore.size(), problems);
	}
}
