package org.egovera.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.egovera.generate.CatalogueGenerator;
import org.egovera.generate.CatalogueLayout;
import org.egovera.generate.Preset;
import org.egovera.model.Catalogue;
import org.egovera.model.io.AtomicFiles;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.io.Progress;

/**
 * The catalogues benchmarks work on: the generated presets, written once into a fixtures directory
 * (system property {@value #DIRECTORY_PROPERTY}, default {@code target/fixtures}) and reused, as XMI
 * and as EMF binary resources. EMF's binary resource writes an element the first time something
 * refers to it, recursing along references: the large catalogue needs a thread stack of some
 * megabytes ({@code -Xss16m} in the benchmarks' JVMs).
 */
public final class Fixtures {

    public static final String DIRECTORY_PROPERTY = "egovera.bench.fixtures";

    private Fixtures() {
    }

    public static Path directory() {
        return Path.of(System.getProperty(DIRECTORY_PROPERTY, "target/fixtures"));
    }

    public static Preset preset(String name) {
        return Preset.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Elements of a preset's catalogue, root included. */
    public static long elements(String preset) {
        return CatalogueLayout.of(preset(preset).settings()).expectedElements();
    }

    /** The preset's catalogue as XMI, generated on first use. */
    public static synchronized Path catalogue(String preset) {
        Path file = directory().resolve(preset + ".egovera");
        if (!Files.isRegularFile(file)) {
            try {
                CatalogueGenerator.generate(preset(preset).settings(), file, Progress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    public static Catalogue load(String preset) {
        return CatalogueStore.load(catalogue(preset));
    }

    /** The same catalogue as an EMF binary resource, written on first use. */
    public static synchronized Path binary(String preset) {
        Path file = directory().resolve(preset + ".bin");
        if (!Files.isRegularFile(file)) {
            Catalogue catalogue = load(preset);
            try {
                AtomicFiles.write(file, out -> saveBinary(catalogue, out));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** Moves the catalogue into a binary resource (it leaves its XMI resource) and saves it. */
    public static void saveBinary(Catalogue catalogue, OutputStream out) throws IOException {
        binaryResource(catalogue).save(out, Map.of());
    }

    /** A binary resource holding the catalogue, created on the first call for that catalogue. */
    public static Resource binaryResource(Catalogue catalogue) {
        if (catalogue.eResource() instanceof BinaryResourceImpl resource) {
            return resource;
        }
        Resource resource = new BinaryResourceImpl(URI.createURI("memory:/catalogue.bin"));
        CatalogueStore.newResourceSet().getResources().add(resource);
        resource.getContents().add(catalogue);
        return resource;
    }

    public static Catalogue loadBinary(Path file) {
        Resource resource = new BinaryResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        CatalogueStore.newResourceSet().getResources().add(resource);
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (Catalogue) resource.getContents().get(0);
    }
}
