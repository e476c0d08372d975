package org.egovera.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.egovera.model.Catalogue;

/**
 * The references that point at each object and that the metamodel does not already give an opposite
 * for (a task's supporting ABBs, an SBB's Member States...), built in one pass so that every page can
 * link back to what links to it.
 */
final class InverseReferences {

    /** One object referring to another through one reference. */
    record Referrer(EObject source, EReference reference) {
    }

    private final Map<EObject, List<Referrer>> referrers = new HashMap<>();

    static InverseReferences of(Catalogue catalogue) {
        InverseReferences inverse = new InverseReferences();
        for (var contents = catalogue.eAllContents(); contents.hasNext();) {
            EObject source = contents.next();
            for (EReference reference : source.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                        || reference.getEOpposite() != null || !source.eIsSet(reference)) {
                    continue;
                }
                if (reference.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<EObject> targets = (EList<EObject>) source.eGet(reference);
                    for (EObject target : targets) {
                        inverse.add(target, source, reference);
                    }
                } else {
                    inverse.add((EObject) source.eGet(reference), source, reference);
                }
            }
        }
        return inverse;
    }

    private void add(EObject target, EObject source, EReference reference) {
        referrers.computeIfAbsent(target, key -> new ArrayList<>()).add(new Referrer(source, reference));
    }

    /** What refers to {@code target}, in model order. */
    List<Referrer> of(EObject target) {
        return referrers.getOrDefault(target, List.of());
    }
}
