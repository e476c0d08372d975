package org.egovera.io.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.model.Catalogue;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EgoveraPackage;
import org.egovera.model.Element;

/**
 * A catalogue built from the metamodel itself: every concrete class instantiated wherever it can be
 * contained, every attribute and reference set. A feature added to the Ecore file (by the BPM work, for
 * example) is covered by the RDF round trip without anyone writing a fixture for it.
 */
final class EveryFeatureCatalogue {

    /** Strings that stress escaping in every syntax: quotes, markup, backslashes, non-Latin scripts, line breaks. */
    private static final String AWKWARD = "\"quoted\" <b>&amp;</b> back\\slash 'apostrophe' Ελληνικά 税 \u00e9\n second line";

    private final List<EObject> created = new ArrayList<>();
    private int sequence;

    private EveryFeatureCatalogue() {
    }

    static Catalogue build() {
        return new EveryFeatureCatalogue().create();
    }

    private Catalogue create() {
        Catalogue catalogue = EgoveraFactory.eINSTANCE.createCatalogue();
        catalogue.setId("every-feature");
        created.add(catalogue);
        fillContainments(catalogue, 0);
        for (EObject object : created) {
            fillAttributes(object);
        }
        catalogue.setBaseIri("https://example.org/every-feature/");
        for (EObject object : created) {
            fillReferences(object);
        }
        return catalogue;
    }

    @SuppressWarnings("unchecked")
    private void fillContainments(EObject owner, int depth) {
        for (EReference containment : owner.eClass().getEAllContainments()) {
            if (!containment.isChangeable() || depth > 2) {
                continue;
            }
            for (EClass type : concreteSubtypes(containment.getEReferenceType())) {
                int count = containment.isMany() ? 2 : 1;
                for (int i = 0; i < count; i++) {
                    EObject child = EgoveraFactory.eINSTANCE.create(type);
                    if (child instanceof Element element) {
                        element.setId(type.getName() + "-" + (++sequence));
                    }
                    created.add(child);
                    if (containment.isMany()) {
                        ((EList<EObject>) owner.eGet(containment)).add(child);
                    } else if (owner.eGet(containment) == null) {
                        owner.eSet(containment, child);
                    }
                    fillContainments(child, depth + (type == owner.eClass() ? 2 : 1));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void fillAttributes(EObject object) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (!attribute.isChangeable() || attribute.isDerived()) {
                continue;
            }
            if (attribute.isID()) {
                if (!(object instanceof Element)) {
                    object.eSet(attribute, object.eClass().getName() + "-" + (++sequence)); // elements got theirs when created
                }
                continue;
            }
            List<Object> values = sampleValues(attribute, object);
            if (attribute.isMany()) {
                ((EList<Object>) object.eGet(attribute)).addAll(values);
            } else {
                object.eSet(attribute, values.get(0));
            }
        }
    }

    private List<Object> sampleValues(EAttribute attribute, EObject object) {
        EDataType type = attribute.getEAttributeType();
        String featureName = attribute.getName();
        if (type instanceof EEnum eEnum) {
            int size = eEnum.getELiterals().size();
            return List.<Object>of(eEnum.getELiterals().get(size - 1).getInstance(), eEnum.getELiterals().get(size > 1 ? 1 : 0).getInstance())
                    .subList(0, attribute.isMany() && size > 1 ? 2 : 1);
        }
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            return List.of(Boolean.TRUE);
        }
        if (instanceClass == String.class) {
            String owner = object instanceof Element element ? element.getId() : object.eClass().getName() + "-" + (++sequence);
            if (featureName.equals("persistentUri")) {
                // half the elements have a persistent URI, so that both kinds of subject are exercised
                return List.of(owner.hashCode() % 2 == 0 ? "https://purl.example.org/" + owner : "");
            }
            if (featureName.equals("lang") || featureName.equals("language")) {
                return List.of(featureName.equals("lang") ? "fr-BE" : "el");
            }
            if (featureName.equals("baseIri")) {
                return List.of("https://example.org/every-feature/");
            }
            return List.<Object>of(featureName + " of " + owner + " " + AWKWARD, "second " + featureName + " of " + owner)
                    .subList(0, attribute.isMany() ? 2 : 1);
        }
        return List.of(EcoreUtil.createFromString(type, "1"));
    }

    @SuppressWarnings("unchecked")
    private void fillReferences(EObject object) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || !reference.isChangeable() || reference.isDerived()) {
                continue;
            }
            if (reference.getEOpposite() != null && !RdfMapping.written(reference)) {
                continue; // set from the other side
            }
            List<EObject> targets = candidates(reference.getEReferenceType(), object);
            if (targets.isEmpty()) {
                continue;
            }
            if (reference.isMany()) {
                Collection<EObject> values = (Collection<EObject>) object.eGet(reference);
                values.addAll(targets.subList(0, Math.min(2, targets.size())));
            } else if (object.eGet(reference) == null) {
                object.eSet(reference, targets.get(0));
            }
        }
    }

    /** Instances of the type other than the object itself, avoiding cycles through single-valued hierarchies. */
    private List<EObject> candidates(EClass type, EObject self) {
        List<EObject> found = new ArrayList<>();
        for (EObject object : created) {
            if (object != self && type.isInstance(object) && !EcoreUtil.isAncestor(self, object)) {
                found.add(object);
            }
        }
        if (found.size() > 2) {
            // refer to later instances when possible, so that hierarchies (broader) do not loop back
            int index = Math.max(0, found.indexOf(firstAfter(found, self)));
            List<EObject> rotated = new ArrayList<>(found.subList(index, found.size()));
            rotated.addAll(found.subList(0, index));
            return rotated;
        }
        return found;
    }

    private EObject firstAfter(List<EObject> candidates, EObject self) {
        int selfIndex = created.indexOf(self);
        for (EObject candidate : candidates) {
            if (created.indexOf(candidate) > selfIndex) {
                return candidate;
            }
        }
        return candidates.get(0);
    }

    private static List<EClass> concreteSubtypes(EClass type) {
        List<EClass> subtypes = new ArrayList<>();
        for (EClassifier classifier : EgoveraPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface() && type.isSuperTypeOf(eClass)) {
                subtypes.add(eClass);
            }
        }
        return subtypes;
    }

    /** Every structural feature the metamodel declares, for coverage checks. */
    static List<EStructuralFeature> allFeatures() {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EClassifier classifier : EgoveraPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                features.addAll(eClass.getEStructuralFeatures());
            }
        }
        return features;
    }
}
