package se.isu.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.Messages;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.core.instrument.DefinitionValidator;
import se.isu.core.instrument.FormCustomisationService;
import se.isu.core.instrument.FormOverlays;
import se.isu.core.instrument.InstrumentDefinitions;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Section;
import se.isu.model.instrument.UnitOverlay;
import se.isu.model.valueset.ValueSets;
import se.isu.store.FormResourceRepository;
import se.isu.store.FormResourceRepository.FormResource;
import se.isu.store.FormResourceRepository.Kind;

@Component(service = FormCustomisationService.class)
public class DefaultFormCustomisationService implements FormCustomisationService {

	@Reference
	Session session;

	@Reference
	FormResourceRepository resources;

	@Reference
	InstrumentRegistry registry;

	private final DefinitionValidator validator = new DefinitionValidator(ValueSets.standard()::find);

	@Override
	public Optional<UnitOverlay> currentOverlay(String unitCode, String instrumentId) {
		return resources.latest(Kind.OVERLAY, unitCode, instrumentId).map(DefaultFormCustomisationService::overlay);
	}

	@Override
	public List<UnitOverlay> overlayHistory(String unitCode, String instrumentId) {
		return resources.history(Kind.OVERLAY, unitCode, instrumentId).stream()
				.map(DefaultFormCustomisationService::overlay).toList();
	}

	private static UnitOverlay overlay(FormResource resource) {
		UnitOverlay overlay = InstrumentDefinitions.parseOverlay(resource.content());
		overlay.setRevision(resource.revision());
		overlay.setAuthor(resource.author());
		overlay.setCreatedAt(resource.createdAt().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
		overlay.setComment(resource.remark());
		return overlay;
	}

	@Override
	public UnitOverlay saveOverlay(UnitOverlay overlay, String author, String comment) {
		// the history names the logged-in person, whatever the caller passes (the window passed the OS user name)
		String recordedAuthor = session.require(Permission.FORMS_MANAGE).userName();
		if (comment != null && comment.length() > COMMENT_LIMIT) {
			throw new ValidationException("comment", NLS.bind(Messages.commentTooLong, COMMENT_LIMIT, comment.length()));
		}
		InstrumentDefinition base = registry.latest(overlay.getInstrumentId(), overlay.getUnitCode())
				.filter(d -> d.getOwnerUnit() == null)
				.orElseThrow(() -> new ValidationException("instrumentId",
						NLS.bind(Messages.instrumentNotInstalled, overlay.getInstrumentId(), "-")));
		List<Violation> violations = new ArrayList<>(FormOverlays.check(base, overlay));
		if (violations.isEmpty()) {
			// the overlaid form must still be a sound definition (own items with valid types, ranges, skip logic)
			validator.problems(FormOverlays.apply(base, overlay))
					.forEach(p -> violations.add(new Violation(overlay.getInstrumentId(), p)));
		}
		if (!violations.isEmpty()) {
			throw new ValidationException(violations);
		}
		UnitOverlay stored = EcoreUtil.copy(overlay);
		stored.setRevision(0);
		stored.setAuthor(null);
		stored.setCreatedAt(null);
		stored.setComment(null);
		return overlay(resources.save(Kind.OVERLAY, overlay.getUnitCode(), overlay.getInstrumentId(),
				InstrumentDefinitions.toXmi(stored), recordedAuthor, comment));
	}

	/** ISU_FORM_RESOURCE.REMARK holds this many characters. */
	static final int COMMENT_LIMIT = 1000;

	@Override
	public InstrumentDefinition saveQuestionnaire(String unitCode, InstrumentDefinition questionnaire, String author) {
		session.require(Permission.FORMS_MANAGE);
		InstrumentDefinition copy = EcoreUtil.copy(questionnaire);
		String prefix = "unit." + unitCode + ".";
		String id = questionnaire.getId() == null ? "" : questionnaire.getId();
		copy.setId(id.startsWith(prefix) ? id : prefix + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_"));
		copy.setOwnerUnit(unitCode);
		int revision = resources.latest(Kind.QUESTIONNAIRE, unitCode, copy.getId()).map(FormResource::revision)
				.orElse(0) + 1;
		copy.setVersion(Integer.toString(revision));
		List<String> problems = validator.problems(copy);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems.stream().map(p -> new Violation(copy.getId(),
					NLS.bind(Messages.definitionInvalid, copy.getName(), p))).toList());
		}
		resources.save(Kind.QUESTIONNAIRE, unitCode, copy.getId(), InstrumentDefinitions.toXmi(copy), author, null);
		return copy;
	}

	/** The unit-prefixed id a questionnaire is stored under ({@code unit.<UNIT>.<name>}). */
	static String ownId(String unitCode, String id) {
		String prefix = "unit." + unitCode + ".";
		String given = id == null ? "" : id.strip();
		return given.startsWith(prefix) ? given : prefix + given.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
	}

	@Override
	public List<InstrumentDefinition> ownQuestionnaires(String unitCode) {
		session.require(Permission.FORMS_MANAGE);
		Map<String, FormResource> newest = new TreeMap<>();
		for (Kind kind : List.of(Kind.QUESTIONNAIRE, Kind.DRAFT)) {
			for (FormResource r : resources.latestOfKind(kind, unitCode)) {
				FormResource other = newest.get(r.formId());
				if (other == null || r.createdAt().isAfter(other.createdAt())) {
					newest.put(r.formId(), r);
				}
			}
		}
		return newest.values().stream().map(r -> InstrumentDefinitions.parseDefinition(r.content())).toList();
	}

	@Override
	public QuestionnaireState state(String unitCode, String questionnaireId) {
		session.require(Permission.FORMS_MANAGE);
		Optional<FormResource> status = resources.latest(Kind.STATUS, unitCode, questionnaireId);
		if (status.isPresent() && QuestionnaireState.RETIRED.name().equals(status.get().content())) {
			return QuestionnaireState.RETIRED;
		}
		return resources.latest(Kind.QUESTIONNAIRE, unitCode, questionnaireId).isPresent() ? QuestionnaireState.PUBLISHED
				: QuestionnaireState.DRAFT;
	}

	@Override
	public List<QuestionnaireVersion> questionnaireHistory(String unitCode, String questionnaireId) {
		session.require(Permission.FORMS_MANAGE);
		List<QuestionnaireVersion> all = new ArrayList<>();
		for (Kind kind : List.of(Kind.QUESTIONNAIRE, Kind.DRAFT)) {
			for (FormResource r : resources.history(kind, unitCode, questionnaireId)) {
				all.add(new QuestionnaireVersion(r.revision(), kind == Kind.QUESTIONNAIRE,
						kind == Kind.QUESTIONNAIRE ? Integer.toString(r.revision()) : null, r.author(), r.createdAt(), r.remark()));
			}
		}
		all.sort(java.util.Comparator.comparing(QuestionnaireVersion::createdAt).reversed());
		return all;
	}

	@Override
	public InstrumentDefinition saveDraft(String unitCode, InstrumentDefinition questionnaire, String comment) {
		String author = session.require(Permission.FORMS_MANAGE).userName();
		checkComment(comment);
		InstrumentDefinition copy = EcoreUtil.copy(questionnaire);
		copy.setId(ownId(unitCode, questionnaire.getId()));
		copy.setOwnerUnit(unitCode);
		resources.save(Kind.DRAFT, unitCode, copy.getId(), InstrumentDefinitions.toXmi(copy), author, comment);
		return copy;
	}

	@Override
	public InstrumentDefinition publish(String unitCode, InstrumentDefinition questionnaire, String comment) {
		String author = session.require(Permission.FORMS_MANAGE).userName();
		checkComment(comment);
		InstrumentDefinition copy = EcoreUtil.copy(questionnaire);
		copy.setId(ownId(unitCode, questionnaire.getId()));
		copy.setOwnerUnit(unitCode);
		int revision = resources.latest(Kind.QUESTIONNAIRE, unitCode, copy.getId()).map(FormResource::revision).orElse(0) + 1;
		copy.setVersion(Integer.toString(revision));
		List<String> problems = validator.problems(copy);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems.stream().map(p -> new Violation(copy.getId(),
					NLS.bind(Messages.definitionInvalid, copy.getName(), p))).toList());
		}
		resources.save(Kind.QUESTIONNAIRE, unitCode, copy.getId(), InstrumentDefinitions.toXmi(copy), author, comment);
		// the draft that became this version is kept in the history; a published questionnaire is offered again
		resources.save(Kind.STATUS, unitCode, copy.getId(), QuestionnaireState.PUBLISHED.name(), author, comment);
		return copy;
	}

	@Override
	public void retire(String unitCode, String questionnaireId, String comment) {
		String author = session.require(Permission.FORMS_MANAGE).userName();
		checkComment(comment);
		if (resources.latest(Kind.QUESTIONNAIRE, unitCode, questionnaireId).isEmpty()) {
			throw new ValidationException("questionnaireId", NLS.bind(Messages.questionnaireNotPublished, questionnaireId));
		}
		resources.save(Kind.STATUS, unitCode, questionnaireId, QuestionnaireState.RETIRED.name(), author, comment);
	}

	private static void checkComment(String comment) {
		if (comment != null && comment.length() > COMMENT_LIMIT) {
			throw new ValidationException("comment", NLS.bind(Messages.commentTooLong, COMMENT_LIMIT, comment.length()));
		}
	}

	@Override
	public int importTextPack(String instrumentId, InputStream properties, String author) {
		session.require(Permission.FORMS_MANAGE);
		InstrumentDefinition definition = registry.latest(instrumentId, null).orElseThrow(() -> new ValidationException(
				"instrumentId", NLS.bind(Messages.instrumentNotInstalled, instrumentId, "-")));
		Properties texts = new Properties();
		try {
			texts.load(new InputStreamReader(properties, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (texts.isEmpty()) {
			throw new ValidationException("textPack", Messages.textPackEmpty);
		}
		Set<String> keys = new HashSet<>();
		for (Section section : definition.getSections()) {
			keys.add("section." + section.getId());
			section.getItems().forEach(i -> {
				keys.add(i.getId());
				keys.add(i.getId() + ".help");
			});
		}
		List<Violation> violations = texts.stringPropertyNames().stream().filter(k -> !keys.contains(k)).sorted()
				.map(k -> new Violation(k, NLS.bind(Messages.textPackUnknownKey, k, definition.getName()))).toList();
		if (!violations.isEmpty()) {
			throw new ValidationException(violations);
		}
		StringWriter content = new StringWriter();
		try {
			texts.store(content, "text pack " + instrumentId);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		resources.save(Kind.TEXT_PACK, FormResourceRepository.ALL_UNITS, instrumentId, content.toString(), author, null);
		return texts.size();
	}

	@Override
	public Map<String, String> textPack(String instrumentId) {
		Map<String, String> result = new TreeMap<>();
		resources.latest(Kind.TEXT_PACK, FormResourceRepository.ALL_UNITS, instrumentId).ifPresent(r -> {
			Properties texts = DefaultInstrumentRegistry.readTextPack(r.content());
			texts.stringPropertyNames().forEach(k -> result.put(k, texts.getProperty(k)));
		});
		return result;
	}
}
