package org.egovera.design.services;

import org.egovera.model.Element;

/** How titles and labels name elements that may lack a name. */
final class Names {

    private Names() {
    }

    static String of(Element element) {
        if (element.getName() != null && !element.getName().isBlank()) {
            return element.getName().strip();
        }
        return element.getId() == null ? "(unnamed)" : element.getId();
    }

    static String orUnnamed(String name) {
        return name == null || name.isBlank() ? "(unnamed)" : name.strip();
    }
}
