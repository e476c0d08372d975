package org.egovera.io.archimate;

import java.util.List;

/**
 * One property of a model, element, relationship or view, with the name its definition gives.
 *
 * @param definitionRef the identifier of its {@link PropertyDefinition}
 * @param name          the definition's name
 * @param values        the values, one per language; an empty {@code <value/>} is kept as an empty text
 */
public record ExchangeProperty(String definitionRef, String name, List<LangText> values) {

    public ExchangeProperty {
        values = List.copyOf(values);
    }

    /** The first value that is not blank, stripped, or null. */
    public String value() {
        String value = LangText.firstText(values);
        return value == null ? null : value.strip();
    }
}
