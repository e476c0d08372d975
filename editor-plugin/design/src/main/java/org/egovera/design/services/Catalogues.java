package org.egovera.design.services;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.model.Catalogue;

/** Finds the catalogue an element belongs to. */
final class Catalogues {

    private Catalogues() {
    }

    static Catalogue of(EObject element) {
        if (EcoreUtil.getRootContainer(element) instanceof Catalogue catalogue) {
            return catalogue;
        }
        throw new IllegalArgumentException("the " + element.eClass().getName() + " belongs to no catalogue");
    }
}
