package org.egovera.report;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A kind of page: the metamodel class it shows, the site folder its pages live in, the names the report
 * gives one and many of them, and the features its list pages show beside each name.
 */
public record PageKind(EClass eClass, String folder, String singular, String plural,
        List<EStructuralFeature> listColumns) {

    /** The site-relative address of the kind's list, page {@code number} (from 1). */
    public String listPath(int number) {
        return "list/" + folder + (number == 1 ? "" : "-" + number) + ".html";
    }
}
