package se.isu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Looks up OSGi services for the CLI and waits for DS to activate them (the database migrates on first use).
 * Scoped to one command run; closing releases every service it handed out.
 */
final class Services implements AutoCloseable {

	private static final long WAIT_SECONDS = 60;

	private final BundleContext context;
	private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

	Services(BundleContext context) {
		this.context = context;
	}

	<S> S get(Class<S> type) {
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		trackers.add(tracker);
		try {
			S service = tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
			if (service == null) {
				throw new IllegalStateException("Service " + type.getName() + " did not start within " + WAIT_SECONDS
						+ " s; see the log in $ISU_HOME");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + type.getName(), e);
		}
	}

	@Override
	public void close() {
		trackers.forEach(ServiceTracker::close);
	}
}
