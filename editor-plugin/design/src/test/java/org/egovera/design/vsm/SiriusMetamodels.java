package org.egovera.design.vsm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.egovera.model.EgoveraPackage;
import org.egovera.testing.ConformanceData;

/**
 * Sirius' own metamodels (the copies of the conformance kit, {@code sirius/}) loaded as dynamic EMF, and a
 * resource set in which a viewpoint description loads exactly as Sirius would read it: every element and
 * attribute must be one the metamodels define, every reference must resolve.
 */
public final class SiriusMetamodels {

    /** Where each copied metamodel lives in Sirius' source tree, so that their relative references resolve. */
    private static final Map<String, String> HOMES = Map.of(
            "viewpoint.ecore", "org.eclipse.sirius.model/model",
            "diagram.ecore", "org.eclipse.sirius.diagram.model/model",
            "table.ecore", "org.eclipse.sirius.table.model/model",
            "tree.ecore", "org.eclipse.sirius.tree.model/model",
            "properties.ecore", "org.eclipse.sirius.properties/model");

    private static final String ECORE_PLATFORM_URI = "platform:/plugin/org.eclipse.emf.ecore/model/Ecore.ecore";

    /** How some copied metamodels reach Ecore: relatively, from their place in Sirius' source tree. */
    private static final String ECORE_SOURCE_TREE_URI = "sirius:/plugins/org.eclipse.emf.ecore/model/Ecore.ecore";

    private final ResourceSet resourceSet = new ResourceSetImpl();
    private final List<EPackage> packages = new ArrayList<>();

    private SiriusMetamodels(Path folder) throws IOException {
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("odesign", new XMIResourceFactoryImpl());
        // environment:/viewpoint has no file extension: Sirius' system colours are read by protocol.
        resourceSet.getResourceFactoryRegistry().getProtocolToFactoryMap().put("environment", new XMIResourceFactoryImpl());
        EPackage.Registry registry = resourceSet.getPackageRegistry();
        registry.put(ECORE_PLATFORM_URI, EcorePackage.eINSTANCE);
        registry.put(ECORE_SOURCE_TREE_URI, EcorePackage.eINSTANCE);
        registry.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        registry.put(EgoveraPackage.eNS_URI, EgoveraPackage.eINSTANCE);
        Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
        uriMap.put(URI.createURI("environment:/viewpoint"), fileUri(folder.resolve("Environment.odesign")));
        uriMap.put(URI.createURI("environment:/diagram"), fileUri(folder.resolve("DiagramEnvironment.odesign")));
        for (Map.Entry<String, String> home : HOMES.entrySet()) {
            uriMap.put(homeUri(home.getKey()), fileUri(folder.resolve(home.getKey())));
        }
        for (String file : HOMES.keySet()) {
            Resource resource = resourceSet.getResource(homeUri(file), true);
            for (EObject root : resource.getContents()) {
                if (root instanceof EPackage ePackage) {
                    register(ePackage);
                }
            }
        }
        // Keys and types across the copied files are proxies until asked for; resolve them all once.
        EcoreUtil.resolveAll(resourceSet);
    }

    /** The metamodels of the conformance kit. */
    public static SiriusMetamodels load() throws IOException {
        Path folder = ConformanceData.resolve("sirius");
        if (!Files.isDirectory(folder)) {
            throw new IOException("Sirius metamodels not found in " + folder);
        }
        return new SiriusMetamodels(folder);
    }

    /** A Sirius package by namespace URI, for example {@code http://www.eclipse.org/sirius/diagram/description/1.1.0}. */
    public EPackage ePackage(String nsUri) {
        EPackage found = resourceSet.getPackageRegistry().getEPackage(nsUri);
        if (found == null) {
            throw new IllegalArgumentException("no Sirius package " + nsUri);
        }
        return found;
    }

    public List<EPackage> packages() {
        return List.copyOf(packages);
    }

    /**
     * Loads a viewpoint description strictly: an unknown element or attribute, or a value of the wrong
     * type, fails the load (EMF records it as a resource error).
     */
    public Resource loadDescription(Path odesign) throws IOException {
        Resource resource = resourceSet.createResource(fileUri(odesign.toAbsolutePath()));
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        resource.load(options);
        return resource;
    }

    /** Every object of a description, for walks that look at all of them. */
    public static Iterable<EObject> allContents(Resource resource) {
        return () -> {
            TreeIterator<EObject> contents = resource.getAllContents();
            return contents;
        };
    }

    private void register(EPackage ePackage) {
        resourceSet.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
        packages.add(ePackage);
        ePackage.getESubpackages().forEach(this::register);
    }

    private static URI homeUri(String file) {
        return URI.createURI("sirius:/plugins/" + HOMES.get(file) + "/" + file);
    }

    private static URI fileUri(Path path) {
        return URI.createFileURI(path.toAbsolutePath().toString());
    }
}
