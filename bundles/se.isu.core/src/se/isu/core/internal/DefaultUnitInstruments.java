package se.isu.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.Messages;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.core.instrument.UnitInstruments;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.security.AccessAction;
import se.isu.security.AccessLog;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.SettingsRepository;

@Component(service = UnitInstruments.class)
public class DefaultUnitInstruments implements UnitInstruments {

	@Reference
	SettingsRepository settings;

	@Reference
	InstrumentRegistry registry;

	@Reference
	Session session;

	@Reference
	AccessLog log;

	/** The setting that holds a unit's chosen instrument ids, comma-separated (read by the registry too). */
	static String key(String unitCode) {
		return "unit." + unitCode + ".instruments";
	}

	/** The unit's chosen instrument ids, or empty when it never chose. */
	static Optional<Set<String>> chosen(SettingsRepository settings, String unitCode) {
		return settings.get(key(unitCode)).map(value -> {
			Set<String> ids = new TreeSet<>();
			for (String id : value.split(",")) {
				if (!id.isBlank()) {
					ids.add(id.strip());
				}
			}
			return ids;
		});
	}

	@Override
	public boolean hasChosen(String unitCode) {
		session.requireLoggedIn();
		return chosen(settings, unitCode).isPresent();
	}

	@Override
	public List<Choice> choices(String unitCode) {
		session.requireLoggedIn();
		Optional<Set<String>> chosen = chosen(settings, unitCode);
		Map<String, InstrumentDefinition> newest = new LinkedHashMap<>();
		registry.installed().forEach(i -> newest.put(i.definition().getId(), i.definition()));
		List<Choice> result = new ArrayList<>();
		newest.values().forEach(d -> result.add(new Choice(d.getId(), d.getName(), d.getVersion(),
				chosen.map(ids -> ids.contains(d.getId())).orElse(true))));
		return result;
	}

	@Override
	public void choose(String unitCode, Set<String> instrumentIds) {
		User user = session.require(Permission.FORMS_MANAGE);
		Set<String> installed = new TreeSet<>();
		registry.installed().forEach(i -> installed.add(i.definition().getId()));
		List<Violation> problems = new ArrayList<>();
		for (String id : new TreeSet<>(instrumentIds)) {
			if (!installed.contains(id)) {
				problems.add(new Violation(id, NLS.bind(Messages.unitInstrumentNotInstalled, id)));
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		// keep what was chosen and is not installed now: removing a plugin must not change the unit's choice
		Set<String> kept = new TreeSet<>(chosen(settings, unitCode).orElse(Set.of()));
		kept.removeAll(installed);
		kept.addAll(instrumentIds);
		settings.put(key(unitCode), String.join(",", kept));
		log.record(user, AccessAction.UNIT_INSTRUMENTS, null, "enhet / unit " + unitCode + ": " + String.join(", ", kept));
	}

	@Override
	public void offerAll(String unitCode) {
		User user = session.require(Permission.FORMS_MANAGE);
		settings.remove(key(unitCode));
		log.record(user, AccessAction.UNIT_INSTRUMENTS, null, "enhet / unit " + unitCode + ": alla installerade / all installed");
	}
}
