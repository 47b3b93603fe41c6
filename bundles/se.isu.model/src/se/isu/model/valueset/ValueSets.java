package se.isu.model.valueset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import se.isu.model.IsuPackage;
import se.isu.model.ValueSet;
import se.isu.model.ValueSetCatalog;
import se.isu.model.ValueSetEntry;

/**
 * The value sets shipped with the model: SKL's general variables and client questions
 * ({@code valuesets/skl-2019.xmi}) and the workbench's own ({@code valuesets/isu.xmi}). This is the one place codes
 * get their labels; stored data holds codes only, so changing a label never rewrites history.
 *
 * <p>Immutable after loading, so one shared instance is safe.
 */
public final class ValueSets {

	/** Annotation source on coded model attributes; key {@code valueSet} names the set, {@code variable} its number. */
	public static final String ANNOTATION = "http://isu.se/model/valueSet";

	private static final List<String> SHIPPED = List.of("valuesets/skl-2019.xmi", "valuesets/isu.xmi");

	private static volatile ValueSets standard;

	private final Map<String, ValueSet> byId;

	private ValueSets(Map<String, ValueSet> byId) {
		this.byId = Collections.unmodifiableMap(byId);
	}

	/** The shipped value sets, loaded once. */
	public static ValueSets standard() {
		ValueSets result = standard;
		if (result == null) {
			synchronized (ValueSets.class) {
				if (standard == null) {
					standard = load(SHIPPED);
				}
				result = standard;
			}
		}
		return result;
	}

	static ValueSets load(List<String> resources) {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(IsuPackage.eNS_URI, IsuPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Map<String, ValueSet> byId = new LinkedHashMap<>();
		for (String path : resources) {
			Resource resource = resourceSet.createResource(URI.createURI("classpath:/" + path));
			try (InputStream in = ValueSets.class.getClassLoader().getResourceAsStream(path)) {
				if (in == null) {
					throw new IllegalStateException("Value set resource " + path + " is missing from se.isu.model");
				}
				resource.load(in, null);
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read value sets " + path, e);
			}
			ValueSetCatalog catalog = (ValueSetCatalog) resource.getContents().get(0);
			for (ValueSet set : catalog.getValueSets()) {
				if (byId.put(set.getId(), set) != null) {
					throw new IllegalStateException("Value set " + set.getId() + " is defined twice");
				}
			}
		}
		return new ValueSets(byId);
	}

	public Collection<ValueSet> all() {
		return byId.values();
	}

	public Optional<ValueSet> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** The set with this id; a missing id is a programming error. */
	public ValueSet get(String id) {
		ValueSet set = byId.get(id);
		if (set == null) {
			throw new IllegalArgumentException("No value set '" + id + "'");
		}
		return set;
	}

	public static Optional<ValueSetEntry> entry(ValueSet set, int code) {
		return set.getEntries().stream().filter(e -> e.getCode() == code).findFirst();
	}

	public static boolean contains(ValueSet set, int code) {
		return entry(set, code).isPresent();
	}

	/** The label of a code in the given locale's language (Swedish unless English is asked for). */
	public static String label(ValueSetEntry entry, Locale locale) {
		return Bilingual.pick(entry.getLabel(), entry.getLabelEn(), locale);
	}

	/** The label of a code, or the code itself in brackets when the set does not know it (data from an older set). */
	public String label(String setId, int code, Locale locale) {
		return entry(get(setId), code).map(e -> label(e, locale)).orElse("[" + code + "]");
	}

	/** The value set a model attribute is coded with, if it is a coded attribute. */
	public static Optional<String> valueSetOf(EModelElement element) {
		EAnnotation annotation = element.getEAnnotation(ANNOTATION);
		return annotation == null ? Optional.empty() : Optional.ofNullable(annotation.getDetails().get("valueSet"));
	}
}
