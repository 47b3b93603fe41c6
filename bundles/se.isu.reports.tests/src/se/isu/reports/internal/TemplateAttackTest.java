package se.isu.reports.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.isu.instrument.api.report.ReportParameters;
import se.isu.reports.ReportException;
import se.isu.reports.ReportFormat;
import se.isu.reports.ReportService;
import se.isu.reports.ReportService.ReportTemplate;
import se.isu.reports.TemplateRejectedException;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * Templates that try to run Java, each a way in that bypassed the old substring denylist or one like it. Every one is
 * refused at import with the place named, nothing is installed, and none of them ran: each attack would set the system
 * property {@link #CANARY} if it got as far as Java.
 */
class TemplateAttackTest {

	static final String CANARY = "isu.template.attack";
	private static final String SET_CANARY = "java.lang.System.setProperty(\"" + CANARY + "\", \"ran\")";

	private final ReportService reports = OsgiServices.get(ReportService.class);

	@TempDir
	Path folder;

	@BeforeEach
	void methodsStaff() {
		System.clearProperty(CANARY);
		TestUsers.as(Role.METHODS_STAFF);
	}

	@AfterEach
	void resetAndLogout() throws IOException {
		Files.deleteIfExists(BirtReportService.overrideFolder().resolve("caseload.rptdesign"));
		TestUsers.logout();
	}

	static String shipped() throws IOException {
		try (InputStream in = TemplateAttackTest.class.getClassLoader().getResourceAsStream("templates/caseload.rptdesign")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static final String LABEL_EXPRESSION = "<expression name=\"expression\" type=\"javascript\">dataSetRow[\"label\"]</expression>";
	private static final String FETCH_LINE = "var source = rows.get(index);";
	private static final String TITLE = "<text-property name=\"text\">Ärendeöversikt</text-property>";

	/** The label column's expression replaced by {@code expression}. */
	private static String expression(String expression) throws IOException {
		return shipped().replace(LABEL_EXPRESSION, "<expression name=\"expression\" type=\"javascript\">" + expression + "</expression>");
	}

	/** Name of the attack, the template, and a word the refusal must contain (what is not allowed). */
	static Stream<Arguments> attacks() throws IOException {
		String escaped = SET_CANARY.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
		String charRefs = SET_CANARY.chars().mapToObj(c -> "&#" + c + ";").reduce("", String::concat);
		return Stream.of(
				Arguments.of("eval", expression("eval(\"" + escaped.replace("&quot;", "\\&quot;") + "\")"), "eval"),
				Arguments.of("Function constructor", expression("Function(&quot;return 1&quot;)()"), "Function"),
				Arguments.of("global object indexing", expression("this[&quot;Pack&quot;+&quot;ages&quot;].java.lang.System.setProperty(&quot;"
						+ CANARY + "&quot;, &quot;ran&quot;)"), "this"),
				Arguments.of("Packages", expression("Packages." + escaped), "Packages"),
				Arguments.of("java", expression(escaped), "java"),
				Arguments.of("JavaImporter", expression("new JavaImporter(java.lang)"), "JavaImporter"),
				Arguments.of("importPackage", expression("importPackage(java.lang)"), "importPackage"),
				Arguments.of("getClass().forName", expression("dataSetRow[&quot;label&quot;].getClass().forName(&quot;java.lang.System&quot;)"),
						"getClass"),
				Arguments.of("constructor.constructor", expression("dataSetRow[&quot;label&quot;].constructor.constructor(&quot;return this&quot;)()"),
						"constructor"),
				Arguments.of("XML character references", expression(charRefs), "java"),
				Arguments.of("CDATA", expression("<![CDATA[" + SET_CANARY + "]]>"), "java"),
				Arguments.of("entity in a DOCTYPE", shipped().replace("<report ", "<!DOCTYPE report [<!ENTITY x \"" + escaped + "\">]>\n<report ")
						.replace(LABEL_EXPRESSION, "<expression name=\"expression\" type=\"javascript\">&x;</expression>"), "DOCTYPE"),
				Arguments.of("external entity (XXE)", shipped().replace("<report ", "<!DOCTYPE report [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<report ")
						.replace(TITLE, "<text-property name=\"text\">&x;</text-property>"), "DOCTYPE"),
				Arguments.of("script changed in fetch", shipped().replace(FETCH_LINE, FETCH_LINE + " " + SET_CANARY + ";"), "fetch"),
				Arguments.of("onCreate event handler", shipped().replace(TITLE, TITLE + "<method name=\"onCreate\">" + escaped + "</method>"),
						"onCreate"),
				Arguments.of("onRender event handler", shipped().replace(TITLE, TITLE + "<method name=\"onRender\">" + escaped + "</method>"),
						"onRender"),
				Arguments.of("beforeFactory", shipped().replace("<parameters>", "<method name=\"beforeFactory\">" + escaped + "</method><parameters>"),
						"beforeFactory"),
				Arguments.of("parameter default", shipped().replace("<value type=\"constant\"></value>",
						"<value type=\"javascript\">" + escaped + "</value>"), "java"),
				Arguments.of("script element in a text item", shipped().replace("ISU Workbench – Ärendeöversikt",
						"<script>alert(1)</script>ISU Workbench"), "<script>"),
				Arguments.of("javascript: link in a text item", shipped().replace("ISU Workbench – Ärendeöversikt",
						"<a href=\"javascript:alert(1)\">ISU</a>"), "<a>"),
				Arguments.of("value-of in a text item", shipped().replace("new Date().toISOString().substring(0, 10)", SET_CANARY), "java"),
				Arguments.of("hyperlink action", shipped().replace(
						"<cell id=\"115\"><data id=\"116\">", "<cell id=\"115\"><data id=\"116\"><structure name=\"action\"><property name=\"linkType\">"
								+ "hyperlink</property><expression name=\"uri\" type=\"constant\">javascript:alert(1)</expression></structure>"),
						"action"),
				Arguments.of("JDBC data source", shipped().replace("<script-data-source name=\"IsuRows\" id=\"3\"/>",
						"<script-data-source name=\"IsuRows\" id=\"3\"/><oda-data-source extensionID=\"org.eclipse.birt.report.data.oda.jdbc\" "
								+ "name=\"db\" id=\"900\"><property name=\"odaURL\">jdbc:derby:db</property></oda-data-source>"),
						"oda-data-source"),
				Arguments.of("library from outside", shipped().replace("<parameters>", "<list-property name=\"libraries\"><structure>"
						+ "<property name=\"fileName\">/tmp/evil.rptlibrary</property><property name=\"namespace\">evil</property>"
						+ "</structure></list-property><parameters>"), "libraries"),
				Arguments.of("included script file", shipped().replace("<parameters>", "<list-property name=\"includeScripts\">"
						+ "<property>/tmp/evil.js</property></list-property><parameters>"), "includeScripts"),
				Arguments.of("Java event handler class", shipped().replace(TITLE, TITLE
						+ "<property name=\"eventHandlerClass\">java.lang.Object</property>"), "eventHandlerClass"),
				Arguments.of("image read from a file", shipped().replace("<body>", "<body><image id=\"901\">"
						+ "<property name=\"source\">file</property><expression name=\"uri\" type=\"constant\">/etc/passwd</expression></image>"),
						"file"),
				Arguments.of("processing instruction", shipped().replace("<report ", "<?xml-stylesheet href=\"x\"?><report "), "xml-stylesheet"),
				Arguments.of("assignment in an expression", expression("row[&quot;label&quot;] = 1"), "="));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("attacks")
	void anAttackIsRefusedAtImportWithThePlaceNamedAndNothingRuns(String name, String template, String what) throws IOException {
		Path file = folder.resolve("angrepp.rptdesign");
		Files.writeString(file, template);
		TemplateRejectedException e = assertThrows(TemplateRejectedException.class, () -> reports.importTemplate("caseload", file),
				name);
		String message = e.getMessage();
		assertTrue(message.startsWith("Mallfil: angrepp.rptdesign"), message);
		assertTrue(message.contains("rad "), name + ": the line is named: " + message);
		assertTrue(message.contains(what), name + ": what is not allowed is named (" + what + "): " + message);
		assertTrue(message.contains("är inte tillåt") || message.contains("ändrat"), message);
		assertTrue(message.endsWith("Mallen installerades inte."), message);
		assertFalse(overridden(), name + " was installed");
		assertNull(System.getProperty(CANARY), name + " ran Java");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("attacks")
	void anAttackPlacedInTheTemplatesFolderByHandIsRefusedAtRender(String name, String template, String what) throws IOException {
		Files.createDirectories(BirtReportService.overrideFolder());
		Files.writeString(BirtReportService.overrideFolder().resolve("caseload.rptdesign"), template);
		TestUsers.as(Role.ANALYST);
		TemplateRejectedException e = assertThrows(TemplateRejectedException.class,
				() -> reports.render("caseload", ReportFormat.PDF, ReportParameters.all(), new ByteArrayOutputStream(), null), name);
		assertTrue(e.getMessage().contains(what), name + ": " + e.getMessage());
		assertNull(System.getProperty(CANARY), name + " ran Java");
	}

	@Test
	void everyShippedTemplatePassesTheCheck() throws IOException {
		for (String id : new String[] { "caseload", "durations", "questions", "dropout" }) {
			try (InputStream in = getClass().getClassLoader().getResourceAsStream("templates/" + id + ".rptdesign")) {
				byte[] design = in.readAllBytes();
				TemplateCheck.check(id + ".rptdesign", design, design);
			}
		}
	}

	@Test
	void everyShippedTemplateImportsAndRenders() throws IOException {
		for (String id : new String[] { "caseload", "durations", "questions", "dropout" }) {
			Path file = folder.resolve(id + ".rptdesign");
			try (InputStream in = getClass().getClassLoader().getResourceAsStream("templates/" + id + ".rptdesign")) {
				Files.write(file, in.readAllBytes());
			}
			reports.importTemplate(id, file);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			reports.render(id, ReportFormat.PDF, ReportParameters.all(), out, null);
			assertTrue(out.size() > 1000, id);
			reports.resetTemplate(id);
		}
	}

	/**
	 * The second wall: scripts that reach the engine without the import check (as the shipped templates' own scripts do)
	 * still see no Java class but the few the templates need.
	 */
	static Stream<Arguments> scriptsPastTheCheck() {
		return Stream.of(Arguments.of("java package", SET_CANARY + ";"),
				Arguments.of("Packages", "Packages." + SET_CANARY + ";"),
				// "this" in a data set script is the data set; an unbound function's "this" is the global object
				Arguments.of("global object", "(function () { return this; })()[\"Pack\" + \"ages\"]." + SET_CANARY + ";"),
				Arguments.of("eval", "eval('" + SET_CANARY.replace("\"", "\\\"") + "');"),
				Arguments.of("Function constructor", "(function(){}).constructor('" + SET_CANARY.replace("\"", "\\\"") + "')();"),
				Arguments.of("JavaImporter", "var j = new JavaImporter(java.lang); with (j) { System.setProperty(\"" + CANARY + "\", \"ran\"); }"),
				Arguments.of("importPackage", "importPackage(java.lang); System.setProperty(\"" + CANARY + "\", \"ran\");"),
				Arguments.of("getClass of a row", "source.getClass().forName(\"java.lang.System\").getMethod(\"setProperty\", "
						+ "source.getClass().forName(\"java.lang.String\"), source.getClass().forName(\"java.lang.String\"))"
						+ ".invoke(null, \"" + CANARY + "\", \"ran\");"),
				Arguments.of("getClass of the report context", "var c = reportContext.getClass(); var s = c.forName(\"java.lang.String\");"
						+ " c.forName(\"java.lang.System\").getMethod(\"setProperty\", s, s).invoke(null, \"" + CANARY + "\", \"ran\");"),
				// BIRT's own class loader (a HashMap's is the boot loader, null, which would fail without the sandbox too)
				Arguments.of("class loader of the report context", "var cl = reportContext.getClass().getClassLoader();"
						+ " var s = cl.loadClass(\"java.lang.String\"); cl.loadClass(\"java.lang.System\")"
						+ ".getMethod(\"setProperty\", s, s).invoke(null, \"" + CANARY + "\", \"ran\");"),
				Arguments.of("report engine", "reportContext.getReportRunnable().getReportEngine().getConfig().getAppContext().put(\""
						+ CANARY + "\", \"ran\"); " + SET_CANARY + ";"),
				Arguments.of("application class loader of the context", "Packages.java.lang.Thread.currentThread()"
						+ ".getContextClassLoader().loadClass(\"java.lang.System\");" + SET_CANARY + ";"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scriptsPastTheCheck")
	void theScriptSandboxShowsTemplatesNoJava(String name, String script) throws IOException {
		byte[] design = shipped().replace(FETCH_LINE, FETCH_LINE + " " + script.replace("&", "&amp;").replace("<", "&lt;"))
				.getBytes(StandardCharsets.UTF_8);
		BirtReportService service = (BirtReportService) reports;
		Map<String, Object> rows = Map.of(BirtReportService.ROWS + ".caseload",
				java.util.List.of(new java.util.HashMap<>(Map.of("label", "A"))), BirtReportService.ROWS + ".notes", java.util.List.of());
		// the same design without the attack renders: what fails below is the script, not the engine
		service.run("caseload", new java.io.ByteArrayInputStream(shipped().getBytes(StandardCharsets.UTF_8)), rows, Map.of(),
				ReportFormat.HTML, new ByteArrayOutputStream());
		ReportException e = assertThrows(ReportException.class, () -> service.run("caseload", new java.io.ByteArrayInputStream(design),
				rows, Map.of(), ReportFormat.HTML, new ByteArrayOutputStream()), name);
		assertNull(System.getProperty(CANARY), name + " ran Java: " + e.getMessage());
	}

	@Test
	void theShippedSampleReaderCannotReadFilesInsideTheWorkbench() throws IOException {
		Path secret = folder.resolve("caseload-caseload.csv");
		Files.writeString(secret, "\"label\"\n\"hemlig\"\n");
		BirtReportService service = (BirtReportService) reports;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// no workbench rows: the shipped initialize script falls back to java.nio, which the sandbox does not show
		assertThrows(ReportException.class, () -> service.run("caseload", new java.io.ByteArrayInputStream(
				shipped().replace("<value type=\"constant\"></value>", "<value type=\"constant\">" + folder + "</value>")
						.getBytes(StandardCharsets.UTF_8)), Map.of(), Map.of(), ReportFormat.HTML, out));
		assertFalse(out.toString(StandardCharsets.UTF_8).contains("hemlig"));
	}

	private boolean overridden() {
		return reports.templates().stream().filter(t -> t.id().equals("caseload")).findFirst().map(ReportTemplate::overridden)
				.orElseThrow();
	}
}
