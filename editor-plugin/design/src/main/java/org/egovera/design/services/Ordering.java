package org.egovera.design.services;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.EiraView;
import org.egovera.model.Element;

/** The orders in which diagrams and tables list elements, so that every refresh shows them the same way. */
final class Ordering {

    /** By name, then identifier; elements without a name come last. */
    static final Comparator<Element> BY_NAME = Comparator
            .comparing((Element e) -> e.getName() == null || e.getName().isBlank() ? "\uffff" : e.getName().strip().toLowerCase())
            .thenComparing(e -> Objects.toString(e.getId(), ""));

    /** By EIRA view (in the order of the five views, unclassified last), then by name. */
    static final Comparator<ArchitectureBuildingBlock> BY_VIEW_THEN_NAME = Comparator
            .comparingInt((ArchitectureBuildingBlock b) -> viewRank(b.getView()))
            .thenComparing(BY_NAME);

    private Ordering() {
    }

    /** The distinct elements of a stream, sorted. */
    static <T extends Element> List<T> distinctSorted(Stream<T> elements, Comparator<? super T> order) {
        Collection<T> distinct = elements.filter(Objects::nonNull).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        return distinct.stream().sorted(order).toList();
    }

    private static int viewRank(EiraView view) {
        return view == null || view == EiraView.UNSPECIFIED ? Integer.MAX_VALUE : view.getValue();
    }
}
