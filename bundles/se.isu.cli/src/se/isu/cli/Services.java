package se.isu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Looks up OSGi services for the CLI and waits for DS to activate them (the database migrates on first use). When a
 * component fails to activate (e.g. the database is locked by an open workbench), it says why at once instead of
 * waiting out the timeout. Scoped to one command run; closing releases every service it handed out.
 */
class Services implements AutoCloseable { // not final: a test replaces get() to play a fresh home

	private static final long WAIT_SECONDS = 60;

	private final BundleContext context;
	private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

	Services(BundleContext context) {
		this.context = context;
	}

	/** The bundle context the services come from (./isu db restarts the store's component through it). */
	BundleContext context() {
		return context;
	}

	<S> S get(Class<S> type) {
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		trackers.add(tracker);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
		try {
			while (System.nanoTime() < deadline) {
				S service = tracker.waitForService(200);
				if (service != null) {
					return service;
				}
				String failures = failedComponents();
				if (!failures.isEmpty()) {
					throw new IllegalStateException(failures);
				}
			}
			throw new IllegalStateException("Service " + type.getName() + " did not start within " + WAIT_SECONDS + " s");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + type.getName(), e);
		}
	}

	/** The components DS could not activate, with the first line of each failure. */
	private String failedComponents() {
		ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(ServiceComponentRuntime.class);
		if (reference == null) {
			return "";
		}
		ServiceComponentRuntime scr = context.getService(reference);
		try {
			return scr.getComponentDescriptionDTOs().stream().flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
					.filter(c -> c.state == ComponentConfigurationDTO.FAILED_ACTIVATION)
					.peek(c -> java.util.logging.Logger.getLogger(Services.class.getName()).severe(c.description.name
							+ " failed to activate: " + c.failure)) // the whole trace for the log file
					.map(c -> rootMessage(c.failure)).distinct().collect(Collectors.joining("; "));
		} finally {
			context.ungetService(reference);
		}
	}

	/**
	 * DS reports the failure as a stack trace. The person needs our own message when there is one (e.g. "the database
	 * is in use by another program" rather than Derby's raw XSDB6 text beneath it), else the deepest "Caused by".
	 */
	static String rootMessage(String failure) {
		if (failure == null) {
			return "";
		}
		String message = failure.lines().findFirst().orElse("");
		String ours = null;
		for (String line : failure.lines().toList()) {
			String exception = line.startsWith("Caused by: ") ? line.substring("Caused by: ".length()) : line;
			if (line.startsWith("Caused by: ")) {
				message = exception;
			}
			if (ours == null && exception.startsWith("se.isu.") && exception.contains(": ")) {
				ours = exception.substring(exception.indexOf(": ") + 2);
			}
		}
		return ours != null ? ours : message;
	}

	@Override
	public void close() {
		trackers.forEach(ServiceTracker::close);
	}
}
