package org.egovera.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.egovera.model.Element;

/** The distinct elements a trace reaches, by kind, and which of them it has already expanded. */
final class Reached {

    private final Map<String, Set<String>> byKind = new LinkedHashMap<>();
    private final Set<Element> expanded = new LinkedHashSet<>();

    void add(Element element) {
        byKind.computeIfAbsent(Kinds.of(element), kind -> new LinkedHashSet<>()).add(element.getId());
    }

    /** True the first time an element is expanded; later occurrences are shown without their subtree. */
    boolean firstExpansion(Element element) {
        return expanded.add(element);
    }

    Map<String, List<String>> asMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        byKind.forEach((kind, ids) -> map.put(kind, new ArrayList<>(ids)));
        return map;
    }
}
