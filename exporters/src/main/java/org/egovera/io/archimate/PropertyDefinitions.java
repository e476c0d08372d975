package org.egovera.io.archimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The property definitions of an exchange file being built: each key is declared once, in the
 * order keys are first used, as {@code propid-1}, {@code propid-2}...
 */
final class PropertyDefinitions {

    private final Map<String, PropertyDefinition> byName = new HashMap<>();
    private final List<PropertyDefinition> definitions = new ArrayList<>();

    /** A property {@code key = value} in {@code lang}, its key declared if new. */
    ExchangeProperty property(String key, String value, String lang) {
        PropertyDefinition definition = byName.get(key);
        if (definition == null) {
            definition = new PropertyDefinition("propid-" + (definitions.size() + 1), ArchimateNames.PROPERTY_TYPE_STRING,
                    List.of(new LangText(null, key)));
            byName.put(key, definition);
            definitions.add(definition);
        }
        return new ExchangeProperty(definition.identifier(), key, List.of(new LangText(lang, value == null ? "" : value)));
    }

    List<PropertyDefinition> definitions() {
        return List.copyOf(definitions);
    }
}
