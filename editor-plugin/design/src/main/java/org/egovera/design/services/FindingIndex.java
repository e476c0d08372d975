package org.egovera.design.services;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.egovera.model.Catalogue;
import org.egovera.model.Element;
import org.egovera.model.validation.CatalogueValidation;
import org.egovera.model.validation.Finding;

/**
 * The findings of the model's validator for one catalogue, indexed by element identifier. Sirius asks
 * every rule of the viewpoint about every element it shows; running the validator once and answering
 * from the index keeps that linear. Any change to the catalogue drops the index, so the next question
 * validates afresh.
 */
final class FindingIndex extends EContentAdapter {

    private final Catalogue catalogue;
    private volatile Map<String, List<Finding>> byElement;

    private FindingIndex(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The index attached to the element's catalogue, created and attached on first use. */
    static FindingIndex of(Element element) {
        Catalogue catalogue = Catalogues.of(element);
        for (Adapter adapter : catalogue.eAdapters()) {
            if (adapter instanceof FindingIndex index) {
                return index;
            }
        }
        FindingIndex index = new FindingIndex(catalogue);
        catalogue.eAdapters().add(index);
        return index;
    }

    /** The findings about an element that match a condition, in report order. */
    List<Finding> about(Element element, Predicate<Finding> condition) {
        List<Finding> found = findings().getOrDefault(element.getId(), List.of());
        return found.stream().filter(condition).toList();
    }

    /** The messages of the matching findings, one a line. */
    String messages(Element element, Predicate<Finding> condition) {
        return about(element, condition).stream().map(Finding::message).collect(Collectors.joining("\n"));
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (!notification.isTouch()) {
            byElement = null;
        }
    }

    private synchronized Map<String, List<Finding>> findings() {
        if (byElement == null) {
            Map<String, List<Finding>> index = new HashMap<>();
            for (Finding finding : CatalogueValidation.validate(catalogue).findings()) {
                if (finding.elementId() != null) {
                    index.computeIfAbsent(finding.elementId(), id -> new ArrayList<>()).add(finding);
                }
            }
            byElement = index;
        }
        return byElement;
    }
}
