package org.egovera.io.egoverajson;

import java.util.LinkedHashMap;
import java.util.Map;

import org.egovera.io.support.CsvTable;
import org.egovera.io.support.InputSource;
import org.egovera.model.io.InputException;

/**
 * The project's own one-line descriptions ({@code descriptions.csv}: {@code id,description}), written
 * for the catalogue rather than copied from the sources.
 */
public final class HandWrittenDescriptions {

    private final Map<String, String> byId;

    private HandWrittenDescriptions(Map<String, String> byId) {
        this.byId = byId;
    }

    public static HandWrittenDescriptions read(InputSource source) {
        Map<String, String> byId = new LinkedHashMap<>();
        for (CsvTable.Row row : CsvTable.read(source, java.util.List.of("id", "description"))) {
            String id = row.get("id");
            String description = row.get("description");
            if (id.isEmpty() || description.isEmpty()) {
                throw new InputException(source.displayPath(), row.line(), 0, "a row needs an id and a description", null);
            }
            if (byId.putIfAbsent(id, description) != null) {
                throw new InputException(source.displayPath(), row.line(), 0, "id '" + id + "' is described twice", null);
            }
        }
        return new HandWrittenDescriptions(byId);
    }

    /** The description written for an element, or null. */
    public String forId(String id) {
        return byId.get(id);
    }

    public Map<String, String> all() {
        return Map.copyOf(byId);
    }
}
