package org.egovera.design.services;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.egovera.model.EiraView;
import org.egovera.model.Sourcing;

/**
 * Turns the enumeration literals written in the viewpoint description ({@code 'Legal view'},
 * {@code 'shared'}) into the metamodel's values, refusing unknown ones loudly so that a typo in the
 * description shows up as an error rather than an empty container.
 */
final class Literals {

    private Literals() {
    }

    static EiraView eiraView(String literal) {
        return parse(literal, EiraView::get, EiraView.VALUES, "EIRA view");
    }

    static Sourcing sourcing(String literal) {
        return parse(literal, Sourcing::get, Sourcing.VALUES, "sourcing");
    }

    private static <E extends Enumerator> E parse(String literal, Function<String, E> lookup, List<E> values, String what) {
        E value = literal == null ? null : lookup.apply(literal);
        if (value == null) {
            throw new IllegalArgumentException("unknown " + what + " '" + literal + "'; expected one of "
                    + values.stream().map(v -> "'" + v.getLiteral() + "'").collect(Collectors.joining(", ")));
        }
        return value;
    }
}
