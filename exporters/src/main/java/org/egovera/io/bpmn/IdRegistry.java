package org.egovera.io.bpmn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.egovera.model.io.InputException;

/**
 * The ids a BPMN file defines and the references it makes: a second definition of an id is an error at
 * once; references are checked when the whole file is read, since they may point forward.
 */
final class IdRegistry {

    private record Reference(String element, String attribute, String target, int line, int column) {
    }

    private final Map<String, Integer> definedAt = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();

    void define(String id, XmlCursor at) {
        if (id == null) {
            return;
        }
        Integer earlier = definedAt.putIfAbsent(id, at.line());
        if (earlier != null) {
            throw at.error("duplicate id '" + id + "' (first defined on line " + earlier + ")");
        }
    }

    void refer(String element, String attribute, String target, XmlCursor at) {
        if (target != null && !target.isBlank()) {
            references.add(new Reference(element, attribute, localId(target), at.line(), at.column()));
        }
    }

    /** Fails on the first reference, in document order, to an id the file does not define. */
    void check(XmlCursor at) {
        for (Reference reference : references) {
            if (!definedAt.containsKey(reference.target())) {
                throw new InputException(at.origin(), reference.line(), reference.column(),
                        reference.element() + " " + reference.attribute() + " '" + reference.target()
                                + "' refers to nothing in the file", null);
            }
        }
    }

    /** A reference as an id: tools may write it as a QName ({@code tns:Process_1}), ids have no colon. */
    static String localId(String reference) {
        if (reference == null) {
            return null;
        }
        String trimmed = reference.strip();
        int colon = trimmed.lastIndexOf(':');
        return colon >= 0 ? trimmed.substring(colon + 1) : trimmed;
    }
}
