package org.egovera.design.vsm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Reads dynamic objects of Sirius' metamodels by feature name. */
final class Dyn {

    private Dyn() {
    }

    static Object get(EObject object, String feature) {
        EStructuralFeature structuralFeature = object.eClass().getEStructuralFeature(feature);
        if (structuralFeature == null) {
            throw new IllegalArgumentException(object.eClass().getName() + " has no feature " + feature);
        }
        return object.eGet(structuralFeature);
    }

    static boolean has(EObject object, String feature) {
        return object.eClass().getEStructuralFeature(feature) != null;
    }

    @SuppressWarnings("unchecked")
    static List<EObject> list(EObject object, String feature) {
        return has(object, feature) ? (List<EObject>) get(object, feature) : List.of();
    }

    static EObject ref(EObject object, String feature) {
        return has(object, feature) ? (EObject) get(object, feature) : null;
    }

    /** Where an object is, by the names of its containers: {@code CapabilityMap/Default/CapabilityContainer/FlatContainerStyleDescription}. */
    static String path(EObject object) {
        Deque<String> parts = new ArrayDeque<>();
        for (EObject current = object; current != null && current.eContainer() != null; current = current.eContainer()) {
            Object name = has(current, "name") ? get(current, "name") : null;
            parts.addFirst(name instanceof String text && !text.isBlank() ? text : current.eClass().getName());
        }
        return String.join("/", parts);
    }
}
