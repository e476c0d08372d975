package org.egovera.io.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.model.Catalogue;
import org.egovera.model.EgoveraPackage;
import org.egovera.model.Element;

/**
 * Merges one catalogue into another by element id. An element found in both (same id, same class)
 * takes the attributes the incoming one sets and gains its links; an element found only in the
 * incoming catalogue moves into the counterpart of its container (the catalogue itself for
 * top-level elements). Links to elements found in both are redirected to the existing element,
 * so nothing is duplicated. The target's name, identity and metadata stay.
 */
public final class CatalogueMerge {

    private static final EgoveraPackage P = EgoveraPackage.eINSTANCE;

    private final Catalogue target;
    private final Catalogue source;
    private final Map<EObject, EObject> counterpart = new IdentityHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private CatalogueMerge(Catalogue target, Catalogue source) {
        this.target = target;
        this.source = source;
    }

    /** Merges {@code source} into {@code target}; {@code source} is consumed (its elements move). */
    public static MergeSummary merge(Catalogue target, Catalogue source) {
        return new CatalogueMerge(target, source).run();
    }

    private MergeSummary run() {
        Map<String, Element> existing = new HashMap<>();
        for (var contents = target.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Element element && element.getId() != null) {
                existing.putIfAbsent(element.getId(), element);
            }
        }
        counterpart.put(source, target);
        List<Element> incoming = new ArrayList<>();
        for (var contents = source.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Element element) {
                incoming.add(element);
                Element match = existing.get(element.getId());
                if (match != null && match.eClass() == element.eClass()) {
                    counterpart.put(element, match);
                } else if (match != null) {
                    notes.add(element.eClass().getName() + " '" + element.getId() + "' has the id of a "
                            + match.eClass().getName() + " of the catalogue: added beside it");
                }
            }
        }
        int updated = 0;
        int unchanged = 0;
        for (Element element : incoming) {
            EObject match = counterpart.get(element);
            if (match != null) {
                boolean changed = mergeAttributes(element, match);
                changed |= mergeLinks(element, match);
                if (changed) {
                    updated++;
                } else {
                    unchanged++;
                }
            }
        }
        int added = moveNewElements(incoming);
        redirectLinks();
        return new MergeSummary(added, updated, unchanged, notes);
    }

    /** Takes every attribute the incoming element sets, and its labels, properties and provenance when it has them. */
    private static boolean mergeAttributes(EObject incoming, EObject existing) {
        boolean changed = false;
        for (EAttribute attribute : incoming.eClass().getEAllAttributes()) {
            if (attribute == P.getElement_Id() || !attribute.isChangeable() || attribute.isDerived() || !incoming.eIsSet(attribute)) {
                continue;
            }
            if (!Objects.equals(incoming.eGet(attribute), existing.eGet(attribute))) {
                if (attribute.isMany()) {
                    @SuppressWarnings("unchecked")
                    List<Object> values = (List<Object>) existing.eGet(attribute);
                    values.clear();
                    values.addAll((List<?>) incoming.eGet(attribute));
                } else {
                    existing.eSet(attribute, incoming.eGet(attribute));
                }
                changed = true;
            }
        }
        for (EReference reference : List.of(P.getElement_Labels(), P.getElement_Properties(), P.getElement_Provenance())) {
            if (!incoming.eIsSet(reference)
                    || new EcoreUtil.EqualityHelper().equals(asList(incoming.eGet(reference)), asList(existing.eGet(reference)))) {
                continue;
            }
            if (reference.isMany()) {
                List<EObject> values = asObjects(existing.eGet(reference));
                values.clear();
                values.addAll(EcoreUtil.copyAll(asObjects(incoming.eGet(reference))));
            } else {
                existing.eSet(reference, EcoreUtil.copy((EObject) incoming.eGet(reference)));
            }
            changed = true;
        }
        return changed;
    }

    /** Adds the incoming element's links (redirected to existing elements) to those of the existing one. */
    private boolean mergeLinks(EObject incoming, EObject existing) {
        boolean changed = false;
        for (EReference reference : incoming.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || !reference.isChangeable() || reference.isDerived()
                    || !incoming.eIsSet(reference)) {
                continue;
            }
            if (reference.isMany()) {
                @SuppressWarnings("unchecked")
                List<EObject> values = (List<EObject>) existing.eGet(reference);
                for (EObject value : new ArrayList<>(asObjects(incoming.eGet(reference)))) {
                    EObject redirected = redirect(value);
                    if (!values.contains(redirected)) {
                        values.add(redirected);
                        changed = true;
                    }
                }
            } else {
                EObject redirected = redirect((EObject) incoming.eGet(reference));
                if (existing.eGet(reference) != redirected) {
                    existing.eSet(reference, redirected);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /**
     * Moves each incoming element that has no counterpart into the counterpart of its container,
     * after taking out of it the elements that do have one (they stay where the catalogue has them).
     */
    private int moveNewElements(List<Element> incoming) {
        Set<Element> moving = new LinkedHashSet<>();
        for (Element element : incoming) {
            if (!counterpart.containsKey(element) && counterpart.containsKey(element.eContainer())) {
                moving.add(element);
            }
        }
        int added = 0;
        for (Element element : moving) {
            List<Element> nested = new ArrayList<>();
            for (var contents = element.eAllContents(); contents.hasNext();) {
                if (contents.next() instanceof Element inner) {
                    nested.add(inner);
                }
            }
            for (Element inner : nested) {
                if (counterpart.containsKey(inner)) {
                    EcoreUtil.remove(inner);
                }
            }
            EObject container = counterpart.get(element.eContainer());
            EStructuralFeature feature = element.eContainingFeature();
            EcoreUtil.remove(element);
            @SuppressWarnings("unchecked")
            List<EObject> list = (List<EObject>) container.eGet(feature);
            list.add(element);
            added += 1 + (int) nested.stream().filter(inner -> !counterpart.containsKey(inner)).count();
        }
        for (var folder : List.copyOf(source.getFolders())) {
            target.getFolders().add(folder);
        }
        for (var gap : List.copyOf(source.getDataGaps())) {
            target.getDataGaps().add(gap);
        }
        return added;
    }

    /** Points every link of the catalogue that leads to an incoming element with a counterpart at that counterpart. */
    private void redirectLinks() {
        for (var contents = target.eAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || !reference.isChangeable() || reference.isDerived()) {
                    continue;
                }
                if (reference.isMany()) {
                    @SuppressWarnings("unchecked")
                    List<EObject> values = (List<EObject>) object.eGet(reference);
                    for (int i = 0; i < values.size(); i++) {
                        EObject redirected = redirect(values.get(i));
                        if (redirected != values.get(i)) {
                            if (values.contains(redirected)) {
                                values.remove(i--);
                            } else {
                                values.set(i, redirected);
                            }
                        }
                    }
                } else if (object.eGet(reference) instanceof EObject value && redirect(value) != value) {
                    object.eSet(reference, redirect(value));
                }
            }
        }
    }

    private EObject redirect(EObject value) {
        EObject match = counterpart.get(value);
        return match == null ? value : match;
    }

    private static List<EObject> asObjects(Object value) {
        @SuppressWarnings("unchecked")
        List<EObject> list = (List<EObject>) value;
        return list;
    }

    private static List<EObject> asList(Object value) {
        if (value instanceof List<?> list) {
            return asObjects(list);
        }
        return value == null ? List.of() : List.of((EObject) value);
    }
}
