package org.egovera.generate;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The feature values of one element about to be written, without the element itself: attribute
 * values as EMF holds them (strings, booleans, enumerators, lists for many-valued attributes) and
 * references as the identifiers of their targets. Lives only while its element is written.
 */
final class XmiRecord {

    private final EClass eClass;
    private final Object[] values;

    XmiRecord(EClass eClass) {
        this.eClass = eClass;
        this.values = new Object[eClass.getFeatureCount()];
    }

    EClass eClass() {
        return eClass;
    }

    /** Sets an attribute; null leaves it unset. */
    XmiRecord set(EStructuralFeature attribute, Object value) {
        values[index(attribute)] = value;
        return this;
    }

    /** Refers to one element by its identifier; null leaves the reference unset. */
    XmiRecord ref(EReference reference, String id) {
        values[index(reference)] = id;
        return this;
    }

    /** Refers to several elements by their identifiers, in order; an empty list leaves it unset. */
    XmiRecord refs(EReference reference, List<String> ids) {
        values[index(reference)] = ids.isEmpty() ? null : ids;
        return this;
    }

    Object get(EStructuralFeature feature) {
        return values[eClass.getFeatureID(feature)];
    }

    private int index(EStructuralFeature feature) {
        int index = eClass.getFeatureID(feature);
        if (index < 0) {
            throw new IllegalArgumentException(eClass.getName() + " has no feature " + feature.getName());
        }
        return index;
    }
}
