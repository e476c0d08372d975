package org.egovera.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.model.EgoveraPackage;

/**
 * The floor of {@code egovera stats}: a JVM that does nothing but load the shipped catalogue's XMI
 * (or the file given as argument) with plain EMF (an XMI resource indexing identifiers, as any
 * ID-based XMI needs), run with the JVM's defaults and a class path of EMF, the model and the
 * catalogue only.
 */
public final class EmfLoadFloor {

    private EmfLoadFloor() {
    }

    public static void main(String[] args) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(EgoveraPackage.eNS_URI, EgoveraPackage.eINSTANCE);
        XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("shipped.egovera"));
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        resourceSet.getResources().add(resource);
        try (InputStream in = args.length > 0 ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(args[0]))
                : ShippedCatalogue.class.getResourceAsStream(ShippedCatalogue.RESOURCE)) {
            if (in == null) {
                System.err.println("the shipped catalogue is not on the class path");
                System.exit(2);
            }
            resource.load(in, Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE));
        }
        if (resource.getContents().isEmpty()) {
            System.exit(1);
        }
    }
}
