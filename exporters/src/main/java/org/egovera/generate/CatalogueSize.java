package org.egovera.generate;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.egovera.model.Catalogue;
import org.egovera.model.Element;

/**
 * The size of a catalogue as benchmarks and the generator report it: elements (root included) and
 * links, a link being one target of a cross reference, counted once for a bidirectional pair.
 */
public record CatalogueSize(long elements, long references, Map<String, Long> elementsByClass) {

    public static CatalogueSize of(Catalogue catalogue) {
        Map<String, Long> byClass = new TreeMap<>();
        long[] references = new long[1];
        count(catalogue, byClass, references);
        for (var contents = catalogue.eAllContents(); contents.hasNext();) {
            count(contents.next(), byClass, references);
        }
        long elements = byClass.values().stream().mapToLong(Long::longValue).sum();
        return new CatalogueSize(elements, references[0], byClass);
    }

    /**
     * Whether a reference's targets are counted: every one-way reference, and of a bidirectional pair
     * the end whose qualified name sorts first.
     */
    static boolean countsLinks(EReference reference) {
        if (reference.isContainment() || reference.isContainer() || reference.isTransient() || reference.isDerived()) {
            return false;
        }
        EReference opposite = reference.getEOpposite();
        return opposite == null || qualifiedName(reference).compareTo(qualifiedName(opposite)) < 0;
    }

    private static String qualifiedName(EReference reference) {
        return reference.getEContainingClass().getName() + "." + reference.getName();
    }

    private static void count(EObject object, Map<String, Long> byClass, long[] references) {
        if (object instanceof Element) {
            byClass.merge(object.eClass().getName(), 1L, Long::sum);
        }
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (countsLinks(reference) && object.eIsSet(reference)) {
                Object value = object.eGet(reference, false);
                references[0] += value instanceof java.util.List<?> list ? list.size() : 1;
            }
        }
    }
}
