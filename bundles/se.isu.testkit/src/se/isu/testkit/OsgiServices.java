package se.isu.testkit;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The real DS services of the running test framework: tests use the same wiring as the product, never a
 * hand-assembled copy. Waits for DS to activate the service (the database migrates on first activation).
 */
public final class OsgiServices {

	private OsgiServices() {
	}

	/** A live bundle context (the test kit's own); starts the bundle when the test runtime left it resolved only. */
	public static BundleContext context() {
		Bundle bundle = FrameworkUtil.getBundle(OsgiServices.class);
		if (bundle.getBundleContext() == null) {
			try {
				bundle.start(Bundle.START_TRANSIENT);
			} catch (BundleException e) {
				throw new AssertionError("Cannot start " + bundle.getSymbolicName() + ": " + e.getMessage(), e);
			}
		}
		return bundle.getBundleContext();
	}

	public static <S> S get(Class<S> type) {
		BundleContext context = context();
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			S service = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
			if (service == null) {
				throw new AssertionError("Service " + type.getName() + " did not appear within 60 s");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
