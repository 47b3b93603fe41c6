package se.isu.testkit;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** Restarts DS components as a running installation sees it happen (e.g. the store after a restore). */
public final class Components {

	/** The store's Database component: disabling and enabling it shuts Derby down and boots it from its files. */
	public static final String DATABASE = "se.isu.store.internal.Database";

	private Components() {
	}

	/** Disables and enables the component named {@code name}; every service that depends on it is replaced. */
	public static void restart(String name) throws Exception {
		ServiceComponentRuntime scr = OsgiServices.get(ServiceComponentRuntime.class);
		ComponentDescriptionDTO component = scr.getComponentDescriptionDTOs().stream()
				.filter(d -> d.name.equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no component " + name));
		scr.disableComponent(component).getValue();
		scr.enableComponent(component).getValue();
	}
}
