package org.egovera.io.archimate;

import java.util.List;
import java.util.Map;

/**
 * A relationship of the exchange file.
 *
 * @param identifier    its {@code identifier}
 * @param type          its {@code xsi:type} without prefix ({@code Serving}, {@code Realization}, ...)
 * @param source        the identifier of its source
 * @param target        the identifier of its target
 * @param attributes    further attributes such as {@code accessType}, {@code isDirected} or {@code modifier}
 * @param names         its names, one per language
 * @param documentation its documentation
 * @param properties    its properties, with names resolved
 * @param line          the line it starts on (0 when built in memory)
 * @param column        the column it starts on
 */
public record ExchangeRelationship(String identifier, String type, String source, String target,
        Map<String, String> attributes, List<LangText> names, List<LangText> documentation,
        List<ExchangeProperty> properties, int line, int column) implements PropertyHolder {

    public ExchangeRelationship {
        attributes = Map.copyOf(attributes);
        names = List.copyOf(names);
        documentation = List.copyOf(documentation);
        properties = List.copyOf(properties);
    }

    public ExchangeRelationship(String identifier, String type, String source, String target,
            Map<String, String> attributes, List<LangText> names, List<LangText> documentation,
            List<ExchangeProperty> properties, int line) {
        this(identifier, type, source, target, attributes, names, documentation, properties, line, 0);
    }

    /** The first non-blank name, stripped, or null. */
    public String name() {
        String name = LangText.firstText(names);
        return name == null ? null : name.strip();
    }
}
