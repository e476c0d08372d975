package org.egovera.model.validation;

import java.util.stream.Collectors;

import org.egovera.model.Element;

/** How findings name elements: kind, name and identifier, so a reader can find the element. */
public final class Labels {

    private Labels() {
    }

    public static String of(Element element) {
        String kind = element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        String name = element.getName() == null || element.getName().isBlank() ? "" : " '" + element.getName().strip() + "'";
        return kind + name + " (" + element.getId() + ")";
    }

    public static String ofAll(Iterable<? extends Element> elements) {
        return java.util.stream.StreamSupport.stream(elements.spliterator(), false)
                .map(Labels::of).collect(Collectors.joining(", "));
    }
}
