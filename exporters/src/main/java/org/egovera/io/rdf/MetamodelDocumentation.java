package org.egovera.io.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.egovera.model.EgoveraPackage;

/**
 * The GenModel documentation of the metamodel's classes and features. The generated package drops
 * these annotations, so they are read from the Ecore file the model jar carries, the same file the code
 * was generated from.
 */
final class MetamodelDocumentation {

    static final String ECORE_RESOURCE = "/model/egovera.ecore";

    private static final Map<String, String> DOCUMENTATION = load();

    private MetamodelDocumentation() {
    }

    /** The documentation of the package, a classifier or a feature of the generated metamodel; "" if none. */
    static String of(ENamedElement element) {
        String documentation = DOCUMENTATION.get(key(element));
        return documentation == null ? "" : documentation;
    }

    private static String key(ENamedElement element) {
        if (element instanceof EStructuralFeature feature) {
            return feature.getEContainingClass().getName() + "." + feature.getName();
        }
        if (element instanceof EPackage) {
            return "";
        }
        return element.getName();
    }

    private static Map<String, String> load() {
        Map<String, String> documentation = new HashMap<>();
        try (InputStream in = EgoveraPackage.class.getResourceAsStream(ECORE_RESOURCE)) {
            if (in == null) {
                return documentation;
            }
            ResourceSetImpl resourceSet = new ResourceSetImpl();
            Resource resource = new EcoreResourceFactoryImpl().createResource(URI.createURI("classpath:" + ECORE_RESOURCE));
            resourceSet.getResources().add(resource);
            resource.load(in, Map.of());
            EPackage ecore = (EPackage) resource.getContents().get(0);
            put(documentation, "", ecore);
            for (EClassifier classifier : ecore.getEClassifiers()) {
                put(documentation, classifier.getName(), classifier);
                if (classifier instanceof EClass eClass) {
                    for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                        put(documentation, eClass.getName() + "." + feature.getName(), feature);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // without the Ecore file the ontology simply has no comments; nothing else depends on them
            documentation.clear();
        }
        return documentation;
    }

    private static void put(Map<String, String> documentation, String key, EModelElement element) {
        String text = EcoreUtil.getDocumentation(element);
        if (text != null && !text.isBlank()) {
            documentation.put(key, text.strip());
        }
    }
}
