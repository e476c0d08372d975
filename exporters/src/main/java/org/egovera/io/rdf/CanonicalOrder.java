package org.egovera.io.rdf;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.model.Catalogue;
import org.egovera.model.Element;
import org.egovera.model.LangString;

/**
 * The order an RDF import gives a catalogue's lists, since RDF keeps none: contained elements by
 * identifier (in natural order, so {@code TXBC2} comes before {@code TXBC10}), references by the
 * position of their targets in the catalogue, multi-valued attributes and language strings by value.
 * Lists of other contained objects (properties, data gaps) keep their order, which the export
 * numbers into their IRIs. Two catalogues equal up to order are equal once both are in this order.
 * (Jena reads language tags in RFC 5646 case: a label tagged {@code en-gb} comes back as {@code en-GB}.)
 */
public final class CanonicalOrder {

    /** Identifiers in natural order: runs of digits compare as numbers. */
    public static final Comparator<String> NATURAL = CanonicalOrder::compareNatural;

    private CanonicalOrder() {
    }

    public static void apply(Catalogue catalogue) {
        sortContainment(catalogue);
        for (Iterator<EObject> it = catalogue.eAllContents(); it.hasNext();) {
            sortContainment(it.next());
        }
        Map<EObject, Integer> position = new IdentityHashMap<>();
        position.put(catalogue, 0);
        for (Iterator<EObject> it = catalogue.eAllContents(); it.hasNext();) {
            position.put(it.next(), position.size());
        }
        sortReferencesAndValues(catalogue, position);
        for (Iterator<EObject> it = catalogue.eAllContents(); it.hasNext();) {
            sortReferencesAndValues(it.next(), position);
        }
    }

    @SuppressWarnings("unchecked")
    private static void sortContainment(EObject object) {
        for (EReference reference : object.eClass().getEAllContainments()) {
            if (!reference.isMany()) {
                continue;
            }
            EList<EObject> children = (EList<EObject>) object.eGet(reference);
            if (children.size() < 2) {
                continue;
            }
            if (children.get(0) instanceof Element) {
                ECollections.sort(children, Comparator.comparing(child -> ((Element) child).getId(), NATURAL));
            } else if (children.get(0) instanceof LangString) {
                ECollections.sort(children, Comparator.comparing((EObject child) -> String.valueOf(((LangString) child).getLang()))
                        .thenComparing(child -> String.valueOf(((LangString) child).getValue())));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void sortReferencesAndValues(EObject object, Map<EObject, Integer> position) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (!feature.isMany() || feature.isDerived() || feature.isTransient()) {
                continue;
            }
            if (feature instanceof EReference reference && !reference.isContainment()) {
                EList<EObject> targets = (EList<EObject>) object.eGet(reference);
                if (targets.size() > 1) {
                    ECollections.sort(targets, Comparator.comparing(target -> position.getOrDefault(target, Integer.MAX_VALUE)));
                }
            } else if (feature instanceof EAttribute attribute) {
                EList<Object> values = (EList<Object>) object.eGet(attribute);
                if (values.size() > 1) {
                    ECollections.sort(values, Comparator.comparing(
                            value -> EcoreUtil.convertToString(attribute.getEAttributeType(), value), NATURAL));
                }
            }
        }
    }

    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                String digitsA = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
                String digitsB = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
                int byLength = Integer.compare(digitsA.length(), digitsB.length());
                int byDigits = byLength != 0 ? byLength : digitsA.compareTo(digitsB);
                if (byDigits != 0) {
                    return byDigits;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
