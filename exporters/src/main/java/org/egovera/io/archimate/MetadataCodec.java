package org.egovera.io.archimate;

import java.util.Map;

import org.egovera.model.EgoveraFactory;
import org.egovera.model.Property;

/**
 * Metadata entries as catalogue properties: {@code schema} and {@code schemaversion} by their
 * name, Dublin Core elements as {@code dc:<name>}, elements of any other namespace as
 * {@code {namespace}name}.
 */
final class MetadataCodec {

    private static final Map<String, String> PREFIXES = Map.of(ArchimateNames.DUBLIN_CORE, "dc");

    private MetadataCodec() {
    }

    static MetadataEntry entry(Property property) {
        String key = property.getKey();
        if (key.startsWith("{")) {
            int close = key.indexOf('}');
            return new MetadataEntry(key.substring(1, close), key.substring(close + 1), property.getValue());
        }
        int colon = key.indexOf(':');
        if (colon > 0) {
            String prefix = key.substring(0, colon);
            for (var known : PREFIXES.entrySet()) {
                if (known.getValue().equals(prefix)) {
                    return new MetadataEntry(known.getKey(), key.substring(colon + 1), property.getValue());
                }
            }
        }
        return new MetadataEntry(ArchimateNames.NAMESPACE, key, property.getValue());
    }

    static Property property(MetadataEntry entry) {
        Property property = EgoveraFactory.eINSTANCE.createProperty();
        String prefix = PREFIXES.get(entry.namespace());
        if (ArchimateNames.NAMESPACE.equals(entry.namespace())) {
            property.setKey(entry.name());
        } else if (prefix != null) {
            property.setKey(prefix + ":" + entry.name());
        } else {
            property.setKey("{" + entry.namespace() + "}" + entry.name());
        }
        property.setValue(entry.value());
        return property;
    }
}
