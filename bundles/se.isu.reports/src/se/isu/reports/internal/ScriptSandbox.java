package se.isu.reports.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.logging.Logger;

import org.mozilla.javascript.ClassShutter;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.NativeJavaClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

import se.isu.reports.ReportException;

/**
 * The wall between report scripts and Java: every Rhino context BIRT's JavaScript engine creates gets a
 * {@link ClassShutter} that shows scripts only the Java classes on {@link #VISIBLE} — the rows the workbench hands in
 * and BIRT's own script objects. {@code java.*}, {@code Packages.*}, {@code JavaImporter}, {@code importPackage} then
 * find no class, and a Java object of any other class (a {@code Class} from {@code getClass()}, a class loader, the
 * engine) cannot be handed to a script at all. It holds for shipped and unit templates alike, whatever a script spells.
 * <p>
 * Rhino's global context factory is process-wide state (BIRT installs its own when its JavaScript bundle starts), so
 * the listener is too; {@link #ensureInstalled()} runs before every render and fails closed.
 */
public final class ScriptSandbox implements ContextFactory.Listener, ClassShutter {

	private static final Logger LOG = Logger.getLogger(ScriptSandbox.class.getName());
	private static final String BIRT_JAVASCRIPT = "org.eclipse.birt.report.engine.script.javascript";

	/** The Java classes a template's scripts and expressions may see, each because a shipped template needs it. */
	static final Set<String> VISIBLE = Set.of(
			// the rows: BirtReportService.appContext hands each data set in as an immutable list of HashMaps
			"java.util.HashMap", "java.util.ImmutableCollections$ListN", "java.util.ImmutableCollections$List12",
			// values in the rows
			"java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Boolean",
			"java.math.BigDecimal",
			// a chart's PNG (byte[]) in a row: Rhino reflects every Java array as java.lang.Object; of Object's
			// members only getClass() reaches further, and the Class it returns is not on this list
			"java.lang.Object",
			// reportContext (getAppContext, getGlobalVariable, setGlobalVariable)
			"org.eclipse.birt.report.engine.script.internal.ReportContextImpl",
			// BIRT's function context in every scope (findProperty: its time zone and locale, which stay hidden)
			"org.eclipse.birt.report.engine.javascript.JavascriptEngine$1",
			// BIRT's "_jsContext" in every scope (registerGlobal); what its methods return is filtered like the rest
			"org.eclipse.birt.report.engine.executor.ExecutionContext",
			// BIRT's "_statusHandle" (writeStatus: showStatus of a text)
			"org.eclipse.birt.report.engine.api.DefaultStatusHandler",
			// BIRT's "report", "params" (a BirtHashMap of ParameterAttribute: params["x"].value), "config", "vars"
			"org.eclipse.birt.report.engine.executor.ExecutionContext$ReportObject",
			"org.eclipse.birt.core.script.BirtHashMap", "org.eclipse.birt.core.script.ParameterAttribute",
			// the task BIRT registers in every scope (its methods return engine objects, which stay hidden)
			"org.eclipse.birt.report.engine.api.impl.RunAndRenderTask",
			// "this" in a script data set's open/fetch
			"org.eclipse.birt.data.engine.script.JSDataSetImpl",
			// "this" in a script data source's open/close (the data engine's other script objects are Scriptable)
			"org.eclipse.birt.data.engine.script.JSDataSourceImpl",
			// the report engine's data set / data source script objects: the scope BIRT wraps around each data set's
			// scripts (DataSetScriptExecutor.getScriptScope) and "this" in a data source's before/after events
			"org.eclipse.birt.report.engine.script.internal.instance.DataSetInstance",
			"org.eclipse.birt.report.engine.script.internal.instance.DataSourceInstance",
			// the chart engine hands its script context a logger (log methods only)
			"org.eclipse.birt.chart.internal.log.JavaUtilLoggerImpl");

	private static final ScriptSandbox INSTANCE = new ScriptSandbox();
	/** The factory the listener was added to; BIRT replaces the global one if its bundle restarts. */
	private static ContextFactory guarded;

	private ScriptSandbox() {
	}

	/** Before any BIRT script runs: BIRT's context factory is the global one and every context it makes is shut. */
	public static synchronized void ensureInstalled() {
		ContextFactory global = ContextFactory.getGlobal();
		if (global != guarded) {
			startBirtJavaScript();
			global = ContextFactory.getGlobal();
			global.addListener(INSTANCE);
			guarded = global;
		}
		// A context BIRT entered on this thread before the listener (the chart engine leaves one) is reused by every
		// later script on it: shut it too. (Throws if it already has a shutter, which is then ours.)
		Context current = Context.getCurrentContext();
		if (current != null) {
			try {
				current.setClassShutter(INSTANCE);
			} catch (SecurityException alreadyShut) {
				// set at its creation by contextCreated
			}
		}
		// the proof, as a script sees it: java.lang.System must not be a class
		Context context = global.enterContext();
		try {
			Object system = context.evaluateString(context.initStandardObjects(), "Packages.java.lang.System", "sandbox", 1, null);
			if (system instanceof NativeJavaClass) {
				throw new ReportException("Report scripts would see Java classes (no class shutter); nothing is rendered", null);
			}
		} finally {
			Context.exit();
		}
	}

	/** BIRT sets its context factory as Rhino's global one when its JavaScript bundle starts: that must come first. */
	private static void startBirtJavaScript() {
		Bundle[] bundles = FrameworkUtil.getBundle(ScriptSandbox.class).getBundleContext().getBundles();
		Bundle javascript = Arrays.stream(bundles).filter(b -> BIRT_JAVASCRIPT.equals(b.getSymbolicName())).findFirst()
				.orElseThrow(() -> new ReportException("The BIRT JavaScript engine is not installed", null));
		try {
			javascript.start(Bundle.START_TRANSIENT);
		} catch (BundleException e) {
			throw new ReportException("Starting the BIRT JavaScript engine failed: " + e.getMessage(), e);
		}
	}

	@Override
	public void contextCreated(Context context) {
		// throws if something else already set one: the context is then unusable, which fails closed
		context.setClassShutter(this);
	}

	@Override
	public void contextReleased(Context context) {
		// nothing held per context
	}

	@Override
	public boolean visibleToScripts(String className) {
		boolean visible = VISIBLE.contains(className);
		if (!visible) {
			// FINE: Rhino also asks for every package prefix (com, org, …) as it starts a scope, and the check in
			// ensureInstalled asks for java.lang.System before each render
			LOG.fine(() -> "A report script asked for the Java class " + className + "; it is not visible to templates");
		}
		return visible;
	}
}
