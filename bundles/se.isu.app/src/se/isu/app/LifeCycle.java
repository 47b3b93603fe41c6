package se.isu.app;

import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

import se.isu.core.DemoDataService;

/**
 * Start-up hooks of the workbench. In demo mode ({@code -Disu.demo=true}, set by {@code ./isu start}) a fresh
 * database gets a small synthetic case set so a newcomer sees a living workbench.
 */
public class LifeCycle {

	public static final String DEMO_PROPERTY = "isu.demo";

	@PostContextCreate
	void postContextCreate(DemoDataService demoData) {
		if (Boolean.getBoolean(DEMO_PROPERTY)) {
			demoData.seedIfEmpty();
		}
	}
}
