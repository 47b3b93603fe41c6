package se.isu.core.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

import se.isu.model.instrument.InstrumentDefinition;

/**
 * Texts of a shipped definition kept in properties files beside it, as plugin.xml keeps its texts in
 * plugin.properties: an attribute written {@code %key} in {@code x.xmi} takes its Swedish text from
 * {@code x.properties} and, when the class has an English sibling ({@code label}/{@code labelEn},
 * {@code name}/{@code nameEn}), its English text from {@code x_en.properties}. Translators then edit properties files,
 * and a licensed text pack still goes on top. A key missing from the Swedish file refuses the definition, naming the key
 * and the file, so no {@code %key} ever reaches a form.
 */
final class DefinitionTexts {

	static final String KEY_PREFIX = "%";
	private static final String ENGLISH_SUFFIX = "En";

	private DefinitionTexts() {
	}

	/** Resolves every {@code %key} of the definition read from {@code url}; nothing to do when it holds none. */
	static void resolve(InstrumentDefinition definition, URL url) throws IOException {
		List<Keyed> keyed = keyedAttributes(definition);
		if (keyed.isEmpty()) {
			return;
		}
		String base = fileName(url).replaceFirst("\\.xmi$", "");
		Properties swedish = read(sibling(url, base + ".properties"))
				.orElseThrow(() -> new IOException(fileName(url) + ": texts are written as %keys, but " + base
						+ ".properties is missing beside it"));
		Properties english = read(sibling(url, base + "_en.properties")).orElseGet(Properties::new);
		List<String> missing = new ArrayList<>();
		for (Keyed k : keyed) {
			String text = swedish.getProperty(k.key());
			if (text == null) {
				missing.add(KEY_PREFIX + k.key());
				continue;
			}
			k.owner().eSet(k.attribute(), text);
			EStructuralFeature englishSibling = k.owner().eClass()
					.getEStructuralFeature(k.attribute().getName() + ENGLISH_SUFFIX);
			String englishText = english.getProperty(k.key());
			if (englishSibling != null && englishText != null && isBlank(k.owner().eGet(englishSibling))) {
				k.owner().eSet(englishSibling, englishText);
			}
		}
		if (!missing.isEmpty()) {
			throw new IOException(fileName(url) + ": " + base + ".properties lacks " + String.join(", ", missing));
		}
	}

	private record Keyed(EObject owner, EAttribute attribute, String key) {
	}

	private static List<Keyed> keyedAttributes(InstrumentDefinition definition) {
		List<Keyed> keyed = new ArrayList<>();
		collect(definition, keyed);
		for (TreeIterator<EObject> it = definition.eAllContents(); it.hasNext();) {
			collect(it.next(), keyed);
		}
		return keyed;
	}

	private static void collect(EObject object, List<Keyed> into) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.isMany() || attribute.getEAttributeType() != EcorePackage.Literals.ESTRING) {
				continue;
			}
			if (object.eGet(attribute) instanceof String value && value.startsWith(KEY_PREFIX)
					&& value.length() > KEY_PREFIX.length()) {
				into.add(new Keyed(object, attribute, value.substring(KEY_PREFIX.length()).strip()));
			}
		}
	}

	private static Optional<Properties> read(URL url) throws IOException {
		InputStream in;
		try {
			in = url.openStream();
		} catch (java.io.FileNotFoundException e) {
			return Optional.empty();
		}
		if (in == null) {
			return Optional.empty();
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			Properties properties = new Properties();
			properties.load(reader);
			return Optional.of(properties);
		}
	}

	private static URL sibling(URL url, String name) throws MalformedURLException {
		return new URL(url, name);
	}

	private static String fileName(URL url) {
		String path = url.getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static boolean isBlank(Object value) {
		return value == null || value.toString().isBlank();
	}
}
