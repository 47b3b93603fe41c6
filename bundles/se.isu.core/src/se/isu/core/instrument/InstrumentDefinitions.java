package se.isu.core.instrument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import se.isu.model.IsuPackage;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.InstrumentPackage;
import se.isu.model.instrument.UnitOverlay;

/** Reads and writes definitions and overlays as XMI: shipped resources, stored unit forms, imported files. */
public final class InstrumentDefinitions {

	private InstrumentDefinitions() {
	}

	/**
	 * Loads a definition shipped in a plugin, e.g. {@code load(getClass(), "definitions/asi-grund.xmi")}.
	 *
	 * @param anchor a class of the plugin: the resource is read through its class loader
	 */
	public static InstrumentDefinition load(Class<?> anchor, String path) {
		java.net.URL url = anchor.getClassLoader().getResource(path);
		if (url == null) {
			throw new IllegalStateException("Definition " + path + " is missing from the bundle of " + anchor.getName());
		}
		return load(url);
	}

	/**
	 * Loads a definition a plugin ships, from the URL of its resource (the instrument API's contribution). Texts written
	 * as {@code %key} come from the properties files beside it ({@link DefinitionTexts}).
	 */
	public static InstrumentDefinition load(java.net.URL url) {
		if (url == null) {
			throw new IllegalStateException("A definition resource is missing from its bundle (null URL)");
		}
		try (InputStream in = url.openStream()) {
			InstrumentDefinition definition = read(in, InstrumentDefinition.class, url.getPath());
			DefinitionTexts.resolve(definition, url);
			return definition;
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read definition " + url, e);
		}
	}

	/** Who may answer the form: its respondents, or the client when the definition names none. */
	public static java.util.List<se.isu.model.instrument.Respondent> respondents(InstrumentDefinition definition) {
		return definition.getRespondents().isEmpty() ? java.util.List.of(se.isu.model.instrument.Respondent.CLIENT)
				: java.util.List.copyOf(definition.getRespondents());
	}

	public static InstrumentDefinition parseDefinition(String xmi) {
		return parse(xmi, InstrumentDefinition.class);
	}

	public static UnitOverlay parseOverlay(String xmi) {
		return parse(xmi, UnitOverlay.class);
	}

	private static <T extends EObject> T parse(String xmi, Class<T> type) {
		try {
			return read(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), type, "stored.xmi");
		} catch (IOException e) {
			throw new IllegalArgumentException("Not a readable " + type.getSimpleName() + ": " + e.getMessage(), e);
		}
	}

	/** The object as XMI text (UTF-8), detached from any resource it was in. */
	public static String toXmi(EObject object) {
		Resource resource = resourceSet().createResource(URI.createURI("memory.xmi"));
		resource.getContents().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(object));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static <T extends EObject> T read(InputStream in, Class<T> type, String name) throws IOException {
		Resource resource = resourceSet().createResource(URI.createURI(name));
		resource.load(in, null);
		if (resource.getContents().isEmpty() || !type.isInstance(resource.getContents().get(0))) {
			throw new IOException(name + " does not hold a " + type.getSimpleName());
		}
		return type.cast(resource.getContents().get(0));
	}

	private static ResourceSet resourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(IsuPackage.eNS_URI, IsuPackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(InstrumentPackage.eNS_URI, InstrumentPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		return resourceSet;
	}
}
