package org.egovera.io.archimate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.egovera.model.Catalogue;

/** Export and import in memory, for tests. */
final class Exchange {

    static final Path ORIGIN = Path.of("memory.xml");

    private Exchange() {
    }

    static byte[] write(Catalogue catalogue, ExportOptions options) {
        return write(new ArchimateExporter(options, org.egovera.model.io.Progress.NONE).toExchange(catalogue));
    }

    static byte[] write(ExchangeModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new ArchimateExchangeWriter().write(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ExchangeModel read(byte[] bytes) {
        return new ArchimateExchangeReader().read(new ByteArrayInputStream(bytes), ORIGIN);
    }

    static ImportReport importBytes(byte[] bytes) {
        return new ArchimateImporter().read(read(bytes));
    }

    /** The ArchiMate types of a model's elements and relationships, by identifier. */
    static Map<String, String> typesById(ExchangeModel model) {
        Map<String, String> types = new HashMap<>();
        model.elements().forEach(element -> types.put(element.identifier(), element.type()));
        model.relationships().forEach(relationship -> types.put(relationship.identifier(), RelationshipTable.RELATIONSHIP_CONCEPT));
        return types;
    }
}
