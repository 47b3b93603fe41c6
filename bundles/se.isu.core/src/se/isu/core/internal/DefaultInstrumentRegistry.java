package se.isu.core.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import se.isu.core.instrument.ApiViews;
import se.isu.core.instrument.DeclarativeScoring;
import se.isu.core.instrument.DefinitionValidator;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.FormOverlays;
import se.isu.core.instrument.FormScorer;
import se.isu.core.instrument.InstrumentDefinitions;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.instrument.api.InstrumentContribution;
import se.isu.instrument.api.InstrumentScorer;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.Section;
import se.isu.model.instrument.UnitOverlay;
import se.isu.model.valueset.ValueSets;
import se.isu.store.FormResourceRepository;
import se.isu.store.FormResourceRepository.FormResource;
import se.isu.store.FormResourceRepository.Kind;
import se.isu.store.SettingsRepository;

@Component(service = InstrumentRegistry.class)
public class DefaultInstrumentRegistry implements InstrumentRegistry {

	private static final Logger LOG = Logger.getLogger(DefaultInstrumentRegistry.class.getName());

	/** Scores the definition's declared component lists; used when no plugin scorer claims the instrument. */
	private static final FormScorer DECLARATIVE = DeclarativeScoring::score;

	private final Map<InstrumentContribution, List<Installed>> contributions = new ConcurrentHashMap<>();
	private final Map<InstrumentContribution, Map<String, List<String>>> refused = new ConcurrentHashMap<>();
	private final List<InstrumentScorer> scorers = new CopyOnWriteArrayList<>();
	private final DefinitionValidator validator = new DefinitionValidator(ValueSets.standard()::find);

	@Reference
	FormResourceRepository resources;

	@Reference
	SettingsRepository settings;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addContribution(InstrumentContribution contribution) {
		String source = source(contribution);
		List<Installed> accepted = new ArrayList<>();
		Map<String, List<String>> refusedHere = new LinkedHashMap<>();
		List<InstrumentDefinition> definitions;
		try {
			definitions = contribution.definitions().stream().map(InstrumentDefinitions::load).toList();
		} catch (RuntimeException e) {
			// e.g. a definition file left out of the bundle: listed as refused, the workbench goes on
			definitions = List.of();
			refusedHere.put(source, List.of("definitions cannot be loaded: " + e.getMessage()));
		}
		for (InstrumentDefinition definition : definitions) {
			String key = definition.getId() + "@" + definition.getVersion();
			List<String> problems = validator.problems(definition);
			if (problems.isEmpty()) {
				accepted.add(new Installed(definition, source, false));
			} else {
				refusedHere.put(key, problems);
			}
		}
		// a broken definition must not take the workbench down; it is listed by ./isu instruments
		refusedHere.forEach((key, problems) -> LOG.warning(() -> "Instrument " + key + " from " + source + " refused: " + problems));
		contributions.put(contribution, accepted);
		refused.put(contribution, refusedHere);
	}

	void removeContribution(InstrumentContribution contribution) {
		contributions.remove(contribution);
		refused.remove(contribution);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addScorer(InstrumentScorer scorer) {
		scorers.add(scorer);
	}

	void removeScorer(InstrumentScorer scorer) {
		scorers.remove(scorer);
	}

	private static String source(Object service) {
		Bundle bundle = FrameworkUtil.getBundle(service.getClass());
		return bundle == null ? service.getClass().getName() : bundle.getSymbolicName() + " " + bundle.getVersion();
	}

	@Override
	public List<Installed> installed() {
		List<Installed> all = new ArrayList<>();
		contributions.values().forEach(all::addAll);
		all.replaceAll(i -> new Installed(i.definition(), i.source(), ownScorer(i.definition().getId())));
		all.sort(Comparator.comparing((Installed i) -> i.definition().getId())
				.thenComparing((a, b) -> compareVersions(a.definition().getVersion(), b.definition().getVersion())));
		return all;
	}

	private boolean ownScorer(String instrumentId) {
		return scorers.stream().anyMatch(s -> s.scores(instrumentId));
	}

	@Override
	public Map<String, List<String>> refused() {
		Map<String, List<String>> all = new LinkedHashMap<>();
		refused.values().forEach(all::putAll);
		return all;
	}

	@Override
	public Optional<InstrumentDefinition> find(String instrumentId, String version) {
		Optional<InstrumentDefinition> shipped = installed().stream().map(Installed::definition)
				.filter(d -> d.getId().equals(instrumentId) && d.getVersion().equals(version)).findFirst();
		if (shipped.isPresent()) {
			return shipped;
		}
		String unit = unitOf(instrumentId);
		// an assessment keeps the questionnaire revision it was answered on, so look through the history
		return unit == null ? Optional.empty()
				: resources.history(Kind.QUESTIONNAIRE, unit, instrumentId).stream()
						.map(r -> InstrumentDefinitions.parseDefinition(r.content()))
						.filter(d -> d.getVersion().equals(version)).findFirst();
	}

	@Override
	public Optional<InstrumentDefinition> latest(String instrumentId, String unitCode) {
		Optional<InstrumentDefinition> shipped = installed().stream().map(Installed::definition)
				.filter(d -> d.getId().equals(instrumentId)).reduce((a, b) -> b);
		if (shipped.isPresent()) {
			return shipped;
		}
		return questionnaires(unitCode).stream().filter(d -> d.getId().equals(instrumentId)).findFirst();
	}

	@Override
	public List<InstrumentDefinition> available(String unitCode) {
		Map<String, InstrumentDefinition> newest = new LinkedHashMap<>();
		// a unit that chose its instruments is offered only those (decision 87); one that never chose, all installed
		java.util.Set<String> chosen = unitCode == null ? null
				: DefaultUnitInstruments.chosen(settings, unitCode).orElse(null);
		installed().stream().filter(i -> chosen == null || chosen.contains(i.definition().getId()))
				.forEach(i -> newest.put(i.definition().getId(), i.definition()));
		List<InstrumentDefinition> result = new ArrayList<>(newest.values());
		result.addAll(questionnaires(unitCode));
		return result;
	}

	@Override
	public Optional<Form> form(String instrumentId, String version, String unitCode) {
		return form(instrumentId, version, unitCode, null);
	}

	@Override
	public Optional<Form> form(String instrumentId, String version, String unitCode, Integer overlayRevision) {
		Optional<InstrumentDefinition> base = find(instrumentId, version);
		if (base.isEmpty()) {
			return Optional.empty();
		}
		Optional<FormResource> overlayResource = unitCode == null || base.get().getOwnerUnit() != null
				? Optional.empty()
				: overlayRevision == null ? resources.latest(Kind.OVERLAY, unitCode, instrumentId)
						: resources.history(Kind.OVERLAY, unitCode, instrumentId).stream()
								.filter(r -> r.revision() == overlayRevision).findFirst();
		UnitOverlay overlay = overlayResource.map(r -> InstrumentDefinitions.parseOverlay(r.content())).orElse(null);
		InstrumentDefinition form = FormOverlays.apply(base.get(), overlay);
		resources.latest(Kind.TEXT_PACK, FormResourceRepository.ALL_UNITS, instrumentId)
				.ifPresent(pack -> applyTextPack(form, pack.content()));
		return Optional.of(new Form(form, ValueSets.standard()::find, Locale.getDefault(),
				overlayResource.map(FormResource::revision).orElse(0)));
	}

	/** A stored text pack (properties text as imported). */
	static Properties readTextPack(String stored) {
		Properties texts = new Properties();
		try {
			texts.load(new StringReader(stored));
		} catch (IOException e) {
			throw new IllegalStateException("Stored text pack unreadable", e);
		}
		return texts;
	}

	/** Imported (licensed) wording replaces our paraphrases, in both languages. */
	static void applyTextPack(InstrumentDefinition form, String properties) {
		Properties texts = readTextPack(properties);
		for (Section section : form.getSections()) {
			String sectionLabel = texts.getProperty("section." + section.getId());
			if (sectionLabel != null) {
				section.setLabel(sectionLabel);
				section.setLabelEn(null);
			}
			for (Item item : section.getItems()) {
				String label = texts.getProperty(item.getId());
				if (label != null) {
					item.setLabel(label);
					item.setLabelEn(null);
				}
				String help = texts.getProperty(item.getId() + ".help");
				if (help != null) {
					item.setHelp(help);
				}
			}
		}
	}

	@Override
	public FormScorer scorer(String instrumentId) {
		return scorers.stream().filter(s -> s.scores(instrumentId)).findFirst().<FormScorer>map(
				plugin -> (form, answers) -> ApiViews.toScores(plugin.score(ApiViews.form(form),
						ApiViews.answers(answers), ApiViews.scores(DeclarativeScoring.score(form, answers)))))
				.orElse(DECLARATIVE);
	}

	@Override
	public boolean hasOwnScorer(String instrumentId) {
		return ownScorer(instrumentId);
	}

	private List<InstrumentDefinition> questionnaires(String unitCode) {
		if (unitCode == null) {
			return List.of();
		}
		return resources.latestOfKind(Kind.QUESTIONNAIRE, unitCode).stream()
				.map(r -> InstrumentDefinitions.parseDefinition(r.content())).toList();
	}

	/** Versions compare part by part, numerically where both parts are numbers: 2022.10 comes after 2022.9. */
	static int compareVersions(String a, String b) {
		String[] x = a.split("[.\\-]");
		String[] y = b.split("[.\\-]");
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			String p = i < x.length ? x[i] : "";
			String q = i < y.length ? y[i] : "";
			int c = p.matches("\\d+") && q.matches("\\d+") ? Long.compare(Long.parseLong(p), Long.parseLong(q)) : p.compareTo(q);
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	/** Own questionnaires are named unit.UNIT.name. */
	static String unitOf(String instrumentId) {
		String[] parts = instrumentId.split("\\.");
		return parts.length >= 3 && parts[0].equals("unit") ? parts[1] : null;
	}
}
