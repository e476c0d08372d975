package org.egovera.design.services;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.model.Element;

/**
 * Services every representation's tools share: identity and default name of new elements, deletion, and
 * the ends of an edge being deleted.
 */
public class ElementServices {

    /**
     * A new identifier for an element just created in a catalogue: its kind in kebab case and the first
     * number no element of the catalogue uses yet ({@code digital-public-service-3}).
     */
    public String freshId(Element element) {
        String prefix = kebabKind(element);
        Set<String> taken = new HashSet<>();
        for (var contents = Catalogues.of(element).eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Element other && other != element && other.getId() != null) {
                taken.add(other.getId());
            }
        }
        int number = 1;
        while (taken.contains(prefix + "-" + number)) {
            number++;
        }
        return prefix + "-" + number;
    }

    /** The name a new element starts with, until the user types its own. */
    public String defaultName(Element element) {
        return "New " + kebabKind(element).replace('-', ' ');
    }

    /**
     * Deletes an element from the catalogue, with everything it contains, and removes every reference to
     * them, so that no service, task or solution is left pointing at a deleted element.
     */
    public EObject deleteElement(Element element) {
        EObject container = element.eContainer();
        EcoreUtil.delete(element, true);
        return container;
    }

    /**
     * Whether a frame of a diagram may be deleted: never. The EIRA view containers of a service
     * architecture and the sourcing groups of a landscape show the diagram's own element (the service,
     * the catalogue); deleting the frame would delete that element.
     */
    public boolean canDeleteFrame(EObject shown) {
        return false;
    }

    /** The element at the target end of an edge view (for tools that delete relation edges). */
    public EObject edgeTarget(EObject edgeView) {
        return SiriusViews.edgeTargetElement(edgeView);
    }

    private static String kebabKind(Element element) {
        return element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
