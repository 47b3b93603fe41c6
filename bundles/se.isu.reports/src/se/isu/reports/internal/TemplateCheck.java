package se.isu.reports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.osgi.util.NLS;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

import se.isu.reports.Messages;
import se.isu.reports.TemplateRejectedException;

/**
 * What a unit's template may contain, checked on the parsed XML (character references and CDATA already decoded, no
 * DTD, no entities, no processing instructions): an allowlist of elements, attributes, properties and structures;
 * scripts ({@code <method>}) only where the shipped template has the same script on the same element, word for word;
 * expressions only in the small grammar of {@link TemplateExpressions}; text items only simple HTML with
 * {@code <value-of>} expressions in that grammar. Run at import and before every render of a unit's template.
 */
final class TemplateCheck {

	static final Set<String> ELEMENTS = Set.of("report", "property", "text-property", "list-property", "structure",
			"expression", "method", "parameters", "scalar-parameter", "simple-property-list", "value", "data-sources",
			"script-data-source", "data-sets", "script-data-set", "page-setup", "simple-master-page", "page-header",
			"page-footer", "body", "label", "text", "data", "table", "grid", "list", "column", "header", "detail", "footer",
			"group", "row", "cell", "image", "styles", "style");
	static final Set<String> ATTRIBUTES = Set.of("xmlns", "version", "id", "name", "type");
	static final Set<String> LIST_PROPERTIES = Set.of("boundDataColumns", "columnHints", "resultSet", "resultSetHints",
			"computedColumns", "filter", "sort", "highlightRules", "mapRules");
	static final Set<String> NAMED_STRUCTURES = Set.of("cachedMetaData", "numberFormat", "dateTimeFormat", "stringFormat",
			"dateFormat", "timeFormat");
	static final Set<String> EXPRESSIONS = Set.of("expression", "valueExpr", "testExpr", "expr", "value1", "value2",
			"keyExpr", "filterExpr", "key", "bookmark", "toc");
	static final Set<String> TEXT_PROPERTIES = Set.of("text", "title", "content", "promptText", "displayName", "helpText",
			"description");
	static final Set<String> PROPERTY_LISTS = Set.of("defaultValue", "value1");
	/** Layout, style and data-binding properties; nothing that names a class, a file, a library or a resource. */
	static final Pattern PROPERTIES = Pattern.compile("(font|color|background|border|padding|margin|text|vertical|letter"
			+ "|word|line|white|page|height|width|min|max|display|canShrink|repeat|number|dateTime|string|format|show|hide"
			+ "|orientation|type|units|layout|top|bottom|left|right|header|footer|column|result|dataSet|dataSource|data"
			+ "|name|position|alias|analysis|aggregat|interval|sort|direction|operator|style|content|control|param|value"
			+ "|is|distinct|allow|concealValue|createdBy|author|comments|source|label|size|fit|proportional|keyExpr"
			+ "|groupStart|onColumnLayout|level|caption|summary|cachedRowCount|drop|span|rowSpan|colSpan|toc|bookmark"
			+ "|masterPage|native|listGroup|autoText|language|locale)[A-Za-z0-9]*");
	static final Set<String> IMAGE_SOURCES = Set.of("expr", "embed");
	static final Set<String> HTML_TAGS = Set.of("b", "i", "u", "em", "strong", "br", "p", "span", "div", "sub", "sup",
			"small", "big", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "hr", "value-of");
	static final Set<String> HTML_ATTRIBUTES = Set.of("align", "format");
	private static final Pattern HTML_TAG = Pattern.compile("<\\s*(/?)\\s*([^\\s/>]*)([^>]*)>|<");
	private static final Pattern HTML_ATTRIBUTE = Pattern.compile("([^\\s=]+)\\s*=");
	private static final Pattern VALUE_OF = Pattern.compile("<\\s*value-of[^>]*>(.*?)<\\s*/\\s*value-of\\s*>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private TemplateCheck() {
	}

	/**
	 * Throws {@link TemplateRejectedException} naming the file, line, element and what is not allowed. The message
	 * does not say what happens next; callers add that (not installed, not used).
	 */
	static void check(String fileName, byte[] design, byte[] shipped) {
		Map<String, String> shippedScripts = new Checker(fileName, Map.of(), true).parse(shipped).scripts;
		new Checker(fileName, shippedScripts, false).parse(design);
	}

	/** Thrown inside the SAX parse to stop it; carries the finished Swedish message. */
	private static final class Refused extends SAXException {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	private static final class Checker extends DefaultHandler2 {
		private final String fileName;
		private final Map<String, String> shippedScripts;
		/** The shipped template is read to learn its scripts, not checked. */
		private final boolean learning;
		final Map<String, String> scripts = new HashMap<>();
		private final Deque<Open> open = new ArrayDeque<>();
		private Locator locator;

		private record Open(String tag, String name, String type, int line, StringBuilder text) {
		}

		Checker(String fileName, Map<String, String> shippedScripts, boolean learning) {
			this.fileName = fileName;
			this.shippedScripts = shippedScripts;
			this.learning = learning;
		}

		Checker parse(byte[] design) {
			try {
				SAXParserFactory factory = SAXParserFactory.newInstance();
				factory.setNamespaceAware(false);
				factory.setValidating(false);
				factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
				factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
				factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
				factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
				SAXParser parser = factory.newSAXParser();
				parser.setProperty("http://xml.org/sax/properties/lexical-handler", this);
				parser.parse(new InputSource(new ByteArrayInputStream(design)), this);
				return this;
			} catch (Refused e) {
				throw new TemplateRejectedException(e.getMessage(), null);
			} catch (SAXParseException e) {
				throw new TemplateRejectedException(NLS.bind(Messages.templateNotWellFormed,
						new Object[] { fileName, e.getLineNumber(), e.getMessage() }), e);
			} catch (SAXException | IOException | ParserConfigurationException e) {
				throw new TemplateRejectedException(NLS.bind(Messages.templateNotWellFormed,
						new Object[] { fileName, 0, e.getMessage() }), e);
			}
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		private int line() {
			return locator == null ? 0 : locator.getLineNumber();
		}

		private Refused refuse(int line, String element, String what) {
			return new Refused(NLS.bind(Messages.templateNotAllowed, new Object[] { fileName, line, element, what }));
		}

		@Override
		public void startDTD(String name, String publicId, String systemId) throws SAXException {
			throw refuse(line(), name, Messages.templateWhatDoctype);
		}

		@Override
		public void processingInstruction(String target, String data) throws SAXException {
			throw refuse(line(), open.isEmpty() ? "report" : open.peek().tag(), "<?" + target + "?>");
		}

		@Override
		public void startElement(String uri, String localName, String tag, Attributes attributes) throws SAXException {
			String parent = open.isEmpty() ? "report" : open.peek().tag();
			String name = attributes.getValue("name");
			Open element = new Open(tag, name, attributes.getValue("type"), line(), new StringBuilder());
			if (!learning) {
				if (!ELEMENTS.contains(tag)) {
					throw refuse(line(), parent, NLS.bind(Messages.templateWhatElement, tag));
				}
				for (int i = 0; i < attributes.getLength(); i++) {
					if (!ATTRIBUTES.contains(attributes.getQName(i))) {
						throw refuse(line(), tag, NLS.bind(Messages.templateWhatAttribute, attributes.getQName(i)));
					}
				}
				Optional<String> refused = switch (tag) {
				case "list-property" -> allowed(LIST_PROPERTIES.contains(name), name);
				case "structure" -> allowed(name == null || NAMED_STRUCTURES.contains(name), name);
				case "expression" -> allowed(EXPRESSIONS.contains(name), name);
				case "text-property" -> allowed(TEXT_PROPERTIES.contains(name), name);
				case "simple-property-list" -> allowed(PROPERTY_LISTS.contains(name), name);
				case "property" -> allowed(name != null && PROPERTIES.matcher(name).matches(), name);
				default -> Optional.empty();
				};
				if (refused.isPresent()) {
					throw refuse(line(), parent, NLS.bind(Messages.templateWhatProperty, tag, refused.get()));
				}
			}
			open.push(element);
		}

		private static Optional<String> allowed(boolean allowed, String name) {
			return allowed ? Optional.empty() : Optional.of(String.valueOf(name));
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (!open.isEmpty()) {
				open.peek().text().append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String tag) throws SAXException {
			Open element = open.pop();
			String owner = open.isEmpty() ? "" : open.peek().tag();
			String ownerName = open.isEmpty() ? null : open.peek().name();
			String text = element.text().toString();
			switch (tag) {
			case "method" -> script(element, owner, ownerName, text);
			case "expression", "value" -> {
				if (!learning && !"constant".equals(element.type())) {
					expression(element.line(), owner, text);
				}
			}
			case "text-property" -> {
				if (!learning && "content".equals(element.name())) {
					html(element.line(), owner, text);
				}
			}
			case "property" -> {
				if (!learning && "image".equals(owner) && "source".equals(element.name())
						&& !IMAGE_SOURCES.contains(text.strip())) {
					throw refuse(element.line(), owner, NLS.bind(Messages.templateWhatImageSource, text.strip()));
				}
			}
			default -> {
				// layout elements carry no script of their own
			}
			}
		}

		/** A script must be the shipped one of the same element, word for word. */
		private void script(Open method, String owner, String ownerName, String text) throws SAXException {
			String key = owner + "[" + ownerName + "]/" + method.name();
			if (learning) {
				scripts.put(key, text);
				return;
			}
			String shipped = shippedScripts.get(key);
			if (shipped == null) {
				throw refuse(method.line(), owner, NLS.bind(Messages.templateWhatScript, method.name()));
			}
			if (!shipped.equals(text)) {
				throw new Refused(NLS.bind(Messages.templateScriptChanged,
						new Object[] { fileName, method.name(), method.line(), owner }));
			}
		}

		private void expression(int line, String owner, String text) throws SAXException {
			Optional<String> refused = TemplateExpressions.firstNotAllowed(text);
			if (refused.isPresent()) {
				throw refuse(line, owner, NLS.bind(Messages.templateWhatExpression, refused.get(), shorten(text)));
			}
		}

		/** Text items: a few formatting tags, and expressions only in {@code <value-of>}. */
		private void html(int line, String owner, String text) throws SAXException {
			Matcher tags = HTML_TAG.matcher(text);
			while (tags.find()) {
				String tag = tags.group(2) == null ? "<" : tags.group(2).toLowerCase(java.util.Locale.ROOT);
				if (!HTML_TAGS.contains(tag)) {
					throw refuse(line, owner, NLS.bind(Messages.templateWhatHtml, "<" + tag + ">"));
				}
				Matcher attributes = HTML_ATTRIBUTE.matcher(tags.group(3));
				while (attributes.find()) {
					if (!HTML_ATTRIBUTES.contains(attributes.group(1).toLowerCase(java.util.Locale.ROOT))) {
						throw refuse(line, owner, NLS.bind(Messages.templateWhatHtml, attributes.group(1)));
					}
				}
			}
			Matcher values = VALUE_OF.matcher(text);
			while (values.find()) {
				expression(line, owner, values.group(1));
			}
		}

		private static String shorten(String text) {
			String line = text.strip().replaceAll("\\s+", " ");
			return line.length() <= 60 ? line : line.substring(0, 57) + "…";
		}
	}
}
