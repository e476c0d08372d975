package org.egovera.io.archimate;

import java.util.List;
import java.util.Objects;

/** Anything of the exchange format that carries properties: answers questions by property name. */
public interface PropertyHolder {

    List<ExchangeProperty> properties();

    /** The non-blank values of every property with this name, in document order. */
    default List<String> values(String propertyName) {
        return properties().stream()
                .filter(property -> property.name().equals(propertyName))
                .map(ExchangeProperty::value)
                .filter(Objects::nonNull)
                .toList();
    }

    /** The first non-blank value of the property with this name, or null. */
    default String value(String propertyName) {
        List<String> values = values(propertyName);
        return values.isEmpty() ? null : values.get(0);
    }

    /** True if a property with this name is present, even an empty one. */
    default boolean has(String propertyName) {
        return properties().stream().anyMatch(property -> property.name().equals(propertyName));
    }
}
