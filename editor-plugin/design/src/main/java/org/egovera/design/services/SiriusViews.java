package org.egovera.design.services;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Reads Sirius' view objects (diagram nodes, containers, edges) through EMF reflection, so that services
 * handed a view by a tool find the catalogue elements it shows without compiling against Sirius. The
 * feature names are those of Sirius' metamodel: a {@code DSemanticDecorator} has {@code target}, a
 * {@code DEdge} has {@code sourceNode} and {@code targetNode}.
 */
final class SiriusViews {

    private SiriusViews() {
    }

    /** The model element a view shows. */
    static EObject semanticElement(EObject view) {
        return (EObject) read(view, "target");
    }

    /** The model element at the source end of an edge view. */
    static EObject edgeSourceElement(EObject edgeView) {
        return semanticElement((EObject) read(edgeView, "sourceNode"));
    }

    /** The model element at the target end of an edge view. */
    static EObject edgeTargetElement(EObject edgeView) {
        return semanticElement((EObject) read(edgeView, "targetNode"));
    }

    private static Object read(EObject view, String featureName) {
        if (view == null) {
            throw new IllegalArgumentException("no view given (expected one with '" + featureName + "')");
        }
        EStructuralFeature feature = view.eClass().getEStructuralFeature(featureName);
        if (feature == null) {
            throw new IllegalArgumentException(describe(view) + " has no '" + featureName + "': not the kind of view expected");
        }
        return view.eGet(feature);
    }

    private static String describe(EObject view) {
        return view == null ? "null" : "a " + view.eClass().getName();
    }
}
