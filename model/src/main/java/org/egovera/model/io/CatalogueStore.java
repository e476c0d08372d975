package org.egovera.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.egovera.model.Catalogue;
import org.egovera.model.EgoveraPackage;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes catalogues as XMI ({@code .egovera}). Writes are atomic (a temporary file moved
 * into place); reads refuse DTDs and external entities and report the file and position of the
 * first error.
 */
public final class CatalogueStore {

    public static final String FILE_EXTENSION = "egovera";

    private CatalogueStore() {
    }

    /** A resource set that knows the package and the {@code .egovera} extension. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(EgoveraPackage.eNS_URI, EgoveraPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new CatalogueResourceFactory());
        return resourceSet;
    }

    public static Catalogue load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "no such catalogue file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such catalogue file", e);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a catalogue from a stream; {@code origin} names it in errors and is its resource URI. */
    public static Catalogue read(InputStream in, Path origin) {
        Resource resource = newResourceSet().createResource(URI.createFileURI(origin.toAbsolutePath().toString()));
        try {
            resource.load(in, loadOptions());
        } catch (IOException e) {
            throw positioned(origin, e);
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            throw new InputException(origin, first.getLine(), first.getColumn(), first.getMessage(), null);
        }
        if (resource.getContents().isEmpty()) {
            throw new InputException(origin, "the file holds no catalogue");
        }
        EObject root = resource.getContents().get(0);
        if (!(root instanceof Catalogue catalogue)) {
            throw new InputException(origin, "the root element is a " + root.eClass().getName() + ", not a Catalogue");
        }
        return catalogue;
    }

    /** Writes the catalogue to {@code file} through a temporary file, so a failure leaves no half-written file. */
    public static void save(Catalogue catalogue, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(catalogue, out));
    }

    public static void write(Catalogue catalogue, OutputStream out) throws IOException {
        Resource resource = catalogue.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createURI("memory:/catalogue." + FILE_EXTENSION));
            resource.getContents().add(catalogue);
        }
        resource.save(out, saveOptions());
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        Map<String, Boolean> parserFeatures = new HashMap<>();
        parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, SharedParserPool.INSTANCE);
        return options;
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        return options;
    }

    private static InputException positioned(Path origin, IOException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof SAXParseException sax) {
                return new InputException(origin, sax.getLineNumber(), sax.getColumnNumber(),
                        "malformed XML: " + sax.getMessage(), e);
            }
            if (cause instanceof Resource.Diagnostic diagnostic) {
                return new InputException(origin, diagnostic.getLine(), diagnostic.getColumn(),
                        diagnostic.getMessage(), e);
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return new InputException(origin, "cannot read: " + e.getMessage(), e);
    }
}
