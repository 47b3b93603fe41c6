package se.isu.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Headless EMF model code generation for se.isu.model, without an Eclipse workspace.
 *
 * <pre>
 * generate &lt;genmodel&gt; &lt;outputDir&gt;     regenerate outputDir (adds, updates and removes files)
 * check    &lt;genmodel&gt; &lt;committedDir&gt;  exit 1 if committedDir differs from fresh output
 * </pre>
 *
 * Both modes first generate into a fresh scratch directory (system property {@code codegen.workDir},
 * default {@code target/codegen}), so their output is identical and never merged with old files.
 */
public final class ModelCodegen {

    /** What a developer runs (from the repository root) to bring src-gen back in sync. */
    static final String REGENERATE_COMMAND =
            "./mvnw -f releng/se.isu.codegen/pom.xml verify -Dcodegen.mode=generate";

    private ModelCodegen() {
    }

    public static void main(String[] args) {
        if (args.length != 3 || !(args[0].equals("generate") || args[0].equals("check"))) {
            System.err.println("usage: ModelCodegen (generate|check) <genmodel> <dir>");
            System.exit(2);
        }
        Path genModelFile = Path.of(args[1]).toAbsolutePath().normalize();
        Path dir = Path.of(args[2]).toAbsolutePath().normalize();
        Path workDir = Path.of(System.getProperty("codegen.workDir", "target/codegen")).toAbsolutePath().normalize();
        try {
            Path fresh = workDir.resolve("src-gen");
            generate(genModelFile, fresh, workDir.resolve("discarded"));
            int rc = args[0].equals("generate") ? sync(fresh, dir) : check(fresh, dir);
            System.exit(rc);
        } catch (Exception | LinkageError e) {
            // exit 2, not 1: a broken generator must not look like "out of sync"
            System.err.println("codegen failed: " + e);
            e.printStackTrace();
            System.exit(2);
        }
    }

    /**
     * Generates the model code of genModelFile into outDir. Everything the generator writes outside the
     * genmodel's modelDirectory (plugin.xml, build.properties, ...) lands in discardDir instead.
     */
    static void generate(Path genModelFile, Path outDir, Path discardDir) throws IOException {
        deleteRecursively(outDir);
        deleteRecursively(discardDir);
        // The templates take their line ends from line.separator when the target file is new: force LF so the
        // output is the same on every OS.
        System.setProperty("line.separator", "\n");

        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);

        // The generator writes to platform:/resource/<modelDirectory>/...; map that prefix to outDir and the
        // rest of the (non-existent) workspace to discardDir. The most specific prefix mapping wins.
        String modelDirectory = genModel.getModelDirectory(); // e.g. /se.isu.model/src-gen
        Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
        uriMap.put(URI.createPlatformResourceURI(trimSlashes(modelDirectory) + "/", true), dirUri(outDir));
        uriMap.put(URI.createURI("platform:/resource/"), dirUri(discardDir));

        // No facade helper, so canMerge() is false: targets are always fresh, nothing to merge, and JDT is not
        // needed. Tabs and end-of-line braces are what the IDE's "Generate Model Code" produces with Eclipse's
        // default Java formatter settings, so IDE and headless output agree.
        JControlModel formatting = new JControlModel();
        formatting.setLeadingTabReplacement("\t");
        formatting.setConvertToStandardBraceStyle(true);
        Generator generator = new Generator() {
            @Override
            public JControlModel getJControlModel() {
                return formatting;
            }
        };
        generator.getAdapterFactoryDescriptorRegistry()
                .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.getOptions().resourceSet = resourceSet;
        generator.setInput(genModel);

        // Model code only: no edit, editor or tests projects.
        Diagnostic diagnostic = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
            System.err.println(diagnostic);
        }
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("EMF code generation failed: " + diagnostic.getMessage());
        }
        if (!Files.isDirectory(outDir)) {
            throw new IllegalStateException("EMF generated nothing into " + modelDirectory);
        }
    }

    /** check mode: compares fresh output with the committed directory, line endings normalised. */
    static int check(Path fresh, Path committed) throws IOException {
        Map<String, Path> expected = listFiles(fresh);
        Map<String, Path> actual = listFiles(committed);
        List<String> problems = new ArrayList<>();
        for (String rel : union(expected, actual)) {
            Path expectedFile = expected.get(rel);
            Path actualFile = actual.get(rel);
            if (actualFile == null) {
                problems.add("missing:  " + committed.resolve(rel));
            } else if (expectedFile == null) {
                problems.add("extra:    " + committed.resolve(rel));
            } else if (!normalised(expectedFile).equals(normalised(actualFile))) {
                problems.add("differs:  " + committed.resolve(rel));
            }
        }
        if (problems.isEmpty()) {
            System.out.println("in sync (" + expected.size() + " files)");
            return 0;
        }
        System.err.println("Generated EMF code is out of sync with the genmodel (" + problems.size() + " of "
                + union(expected, actual).size() + " files):");
        problems.forEach(p -> System.err.println("  " + p));
        System.err.println("Do not edit src-gen by hand. Regenerate it from the repository root with:");
        System.err.println("  " + REGENERATE_COMMAND);
        return 1;
    }

    /** generate mode: makes target an exact copy of fresh, touching only files that change. */
    static int sync(Path fresh, Path target) throws IOException {
        Map<String, Path> generated = listFiles(fresh);
        Map<String, Path> existing = listFiles(target);
        int written = 0;
        int removed = 0;
        for (Map.Entry<String, Path> e : generated.entrySet()) {
            Path dest = target.resolve(e.getKey());
            byte[] bytes = Files.readAllBytes(e.getValue());
            if (!Files.exists(dest) || !Arrays.equals(bytes, Files.readAllBytes(dest))) {
                Files.createDirectories(dest.getParent());
                Files.write(dest, bytes);
                written++;
            }
        }
        for (String rel : existing.keySet()) {
            if (!generated.containsKey(rel)) {
                Files.delete(target.resolve(rel));
                removed++;
            }
        }
        deleteEmptyDirectories(target);
        System.out.println("generated " + generated.size() + " files into " + target + " (" + written
                + " written, " + removed + " removed)");
        return 0;
    }

    private static String normalised(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Regular files under dir, keyed by '/'-separated relative path, sorted. Empty if dir does not exist. */
    private static Map<String, Path> listFiles(Path dir) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .forEach(p -> files.put(dir.relativize(p).toString().replace('\\', '/'), p));
        }
        return files;
    }

    private static TreeSet<String> union(Map<String, Path> a, Map<String, Path> b) {
        TreeSet<String> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    private static URI dirUri(Path dir) {
        return URI.createFileURI(dir.toString() + "/");
    }

    private static String trimSlashes(String path) {
        String p = path.replace('\\', '/');
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.startsWith("/") ? p : "/" + p;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteEmptyDirectories(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    try (Stream<Path> children = Files.list(p)) {
                        if (children.findAny().isEmpty()) {
                            Files.delete(p);
                        }
                    }
                }
            }
        }
    }
}
