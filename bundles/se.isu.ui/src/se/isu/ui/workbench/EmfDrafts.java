package se.isu.ui.workbench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * EMF objects as XMI text for drafts. The object is written with everything it refers to without containing it (a
 * case's client, unit and staff), as further roots of the same resource, so every reference survives the round trip;
 * the objects are copied, never moved.
 */
public final class EmfDrafts {

	private EmfDrafts() {
	}

	public static String write(EObject root) {
		java.util.Set<EObject> roots = new java.util.LinkedHashSet<>();
		collect(root, roots);
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("draft.xmi"));
		resource.getContents().addAll(EcoreUtil.copyAll(roots));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Adds {@code object} and, transitively, the objects it or its contents refer to outside any collected root. */
	private static void collect(EObject object, java.util.Set<EObject> roots) {
		if (!roots.add(object)) {
			return;
		}
		List<EObject> referenced = new java.util.ArrayList<>(object.eCrossReferences());
		object.eAllContents().forEachRemaining(content -> referenced.addAll(content.eCrossReferences()));
		for (EObject target : referenced) {
			if (roots.stream().noneMatch(r -> EcoreUtil.isAncestor(r, target))) {
				collect(target, roots);
			}
		}
	}

	/** The roots in the order they were written: the object given to {@link #write} first. */
	public static List<EObject> read(String xmi) {
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("draft.xmi"));
		try {
			resource.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Collection<EObject> roots = List.copyOf(resource.getContents());
		resource.getContents().clear();
		return List.copyOf(roots);
	}
}
