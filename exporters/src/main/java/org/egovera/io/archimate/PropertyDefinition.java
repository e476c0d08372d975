package org.egovera.io.archimate;

import java.util.List;

/**
 * A property declared once in {@code propertyDefinitions} and referenced by its identifier.
 *
 * @param identifier the identifier properties refer to
 * @param type       the declared data type ({@code string}, {@code boolean}, ...)
 * @param names      the names in each language given
 */
public record PropertyDefinition(String identifier, String type, List<LangText> names) {

    public PropertyDefinition {
        names = List.copyOf(names);
    }

    /** The name properties are known by, for example {@code eira:PURI}. */
    public String name() {
        String name = LangText.firstText(names);
        return name == null ? identifier : name.strip();
    }
}
