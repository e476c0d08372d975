package org.egovera.io.archimate;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.model.EgoveraPackage;
import org.egovera.model.Element;

/**
 * EMF's structural equality, except for the order of the references at the far end of a
 * relationship (a capability's realisedBy, a block's usedBy and implementedBy): the exchange
 * format writes each link once, from its owner, so the order at the other end is the file's.
 */
final class CatalogueEquality extends EcoreUtil.EqualityHelper {

    private static final long serialVersionUID = 1L;
    private static final EgoveraPackage P = EgoveraPackage.eINSTANCE;
    private static final Set<EReference> UNORDERED = Set.of(P.getDigitalBusinessCapability_RealisedBy(),
            P.getArchitectureBuildingBlock_UsedBy(), P.getArchitectureBuildingBlock_ImplementedBy());

    static boolean same(EObject a, EObject b) {
        return new CatalogueEquality().equals(a, b);
    }

    @Override
    protected boolean haveEqualReference(EObject eObject1, EObject eObject2, EReference reference) {
        if (!UNORDERED.contains(reference)) {
            return super.haveEqualReference(eObject1, eObject2, reference);
        }
        @SuppressWarnings("unchecked")
        List<Element> first = sorted((List<Element>) eObject1.eGet(reference));
        @SuppressWarnings("unchecked")
        List<Element> second = sorted((List<Element>) eObject2.eGet(reference));
        return equals(List.copyOf(first), List.copyOf(second));
    }

    private static List<Element> sorted(List<Element> elements) {
        return elements.stream().sorted(Comparator.comparing(Element::getId)).toList();
    }
}
