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
 * @param line          the line it starts on, for messages (0 when built in memory)
 * @param column        the column it starts on
 */
public record ExchangeElement(String identifier, String type, List<LangText> names, List<LangText> documentation,
        List<ExchangeProperty> properties, int line, int column) implements PropertyHolder {

    public ExchangeElement {
        names = List.copyOf(names);
        documentation = List.copyOf(documentation);
        properties = List.copyOf(properties);
    }

    public ExchangeElement(String identifier, String type, List<LangText> names, List<LangText> documentation,
            List<ExchangeProperty> properties, int line) {
        this(identifier, type, names, documentation, properties, line, 0);
    }

    /** The first non-blank name, stripped, or the empty string. */
    public String name() {
        String name = LangText.firstText(names);
        return name == null ? "" : name.strip();
    }
}
