package org.egovera.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.egovera.model.EgoveraPackage;

/** The table of {@code page-kinds.tsv}: which classes get pages, where, and under which names. */
final class PageKinds {

    private static final Map<EClass, PageKind> BY_CLASS = load();

    private PageKinds() {
    }

    /** The kind of page for objects of exactly this class, or null when they have no page of their own. */
    static PageKind of(EClass eClass) {
        return BY_CLASS.get(eClass);
    }

    /** Every kind, in table order (the order of the home page and the lists). */
    static List<PageKind> all() {
        return List.copyOf(BY_CLASS.values());
    }

    private static Map<EClass, PageKind> load() {
        Map<EClass, PageKind> kinds = new LinkedHashMap<>();
        for (String[] row : TsvTable.read("page-kinds.tsv", 5)) {
            EClassifier classifier = EgoveraPackage.eINSTANCE.getEClassifier(row[0]);
            if (!(classifier instanceof EClass eClass) || eClass.isAbstract()) {
                throw new IllegalStateException("page-kinds.tsv names " + row[0] + ", not a concrete class of the metamodel");
            }
            List<EStructuralFeature> columns = new ArrayList<>();
            if (!"-".equals(row[4])) {
                for (String name : row[4].split(",")) {
                    EStructuralFeature feature = eClass.getEStructuralFeature(name);
                    if (feature == null) {
                        throw new IllegalStateException("page-kinds.tsv: " + row[0] + " has no feature " + name);
                    }
                    columns.add(feature);
                }
            }
            kinds.put(eClass, new PageKind(eClass, row[1], row[2], row[3], List.copyOf(columns)));
        }
        return kinds;
    }
}
