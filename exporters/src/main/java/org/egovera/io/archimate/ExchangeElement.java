package org.egovera.io.archimate;

import java.util.List;

/**
 * An element of the exchange file.
 *
 * @param identifier    its {@code identifier}
 * @param type          its {@code xsi:type} without prefix, for example {@code ApplicationService}
 * @param names         its names, one per language
 * @param documentation its documentation, one per language
 * @param properties    its properties, with names resolved
 * @param line          the line it starts on, for messages
 */
public record ExchangeElement(String identifier, String type, List<LangText> names, List<LangText> documentation,
        List<ExchangeProperty> properties, int line) implements PropertyHolder {

    public ExchangeElement {
        names = List.copyOf(names);
        documentation = List.copyOf(documentation);
        properties = List.copyOf(properties);
    }

    /** The first non-blank name, stripped, or the empty string. */
    public String name() {
        String name = LangText.firstText(names);
        return name == null ? "" : name.strip();
    }
}
