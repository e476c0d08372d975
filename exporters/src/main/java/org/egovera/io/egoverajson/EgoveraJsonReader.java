package org.egovera.io.egoverajson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.egovera.model.io.InputException;

/**
 * Reads one JSON file of the eGovERA tools and tells from its content what it holds: capabilities,
 * services or building blocks, in the 2021 portal layout ({@code ;}-joined identifiers) or the
 * release 6.0 layout (arrays, URIs). File names play no part. Malformed JSON, or records without
 * the fields their kind needs, give an {@link InputException} with the file and line.
 */
public final class EgoveraJsonReader {

    static final String ID = "ID";
    static final String POLICY = "Policy";
    static final String NAME = "Name";
    static final String BLOCK_NAME = "Architecture_Building_Block";
    static final String VIEW = "View";
    static final String AREA = "Area";
    static final String CAPABILITY_LINKS = "Digital_Business_Capability";
    static final String SERVICE_LINKS = "Digital_Public_Service";
    static final String CAPABILITY_SERVICES = "Digital_Public_Services";
    static final String SUCCESSORS = "successors";
    static final String GROUPING = "Grouping";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public JsonTable read(Path file) {
        List<JsonNode> nodes = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(Files.newInputStream(file))) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw at(file, parser.currentTokenLocation(), "expected a JSON array of records");
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token != JsonToken.START_OBJECT) {
                    throw at(file, parser.currentTokenLocation(), "expected a record (a JSON object) in the array");
                }
                lines.add(parser.currentTokenLocation().getLineNr());
                nodes.add(MAPPER.readTree(parser));
            }
            if (parser.nextToken() != null) {
                throw at(file, parser.currentTokenLocation(), "unexpected content after the array of records");
            }
        } catch (JsonProcessingException e) {
            throw at(file, e.getLocation(), "malformed JSON: " + e.getOriginalMessage());
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file", e);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
        if (nodes.isEmpty()) {
            throw new InputException(file, "the file holds no records, so what it describes cannot be told");
        }
        TableKind kind = kindOf(file, nodes.get(0), lines.get(0));
        SourceLayout layout = text(nodes.get(0), ID).startsWith("http") ? SourceLayout.RELEASE_6_0 : SourceLayout.PORTAL_2021;
        List<SourceRecord> records = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            records.add(new RecordFields(file, nodes.get(i), lines.get(i), layout).toRecord(kind));
        }
        return new JsonTable(file, kind, layout, records);
    }

    private static TableKind kindOf(Path file, JsonNode first, int line) {
        if (first.has(BLOCK_NAME)) {
            return TableKind.BUILDING_BLOCKS;
        }
        if (first.has(CAPABILITY_LINKS)) {
            return TableKind.SERVICES;
        }
        if (first.has(NAME) && first.has(ID)) {
            return TableKind.CAPABILITIES;
        }
        throw new InputException(file, line, 0, "the records are not eGovERA capabilities, services or building blocks"
                + " (expected the fields ID and Name, or Architecture_Building_Block)", null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : "";
    }

    private static InputException at(Path file, JsonLocation location, String message) {
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new InputException(file, Math.max(line, 0), Math.max(column, 0), message, null);
    }

    /** The fields of one record, read strictly for its kind and layout. */
    private record RecordFields(Path file, JsonNode node, int line, SourceLayout layout) {

        SourceRecord toRecord(TableKind kind) {
            return switch (kind) {
                case CAPABILITIES -> new CapabilityRecord(required(ID), required(POLICY), required(NAME),
                        namedReferences(CAPABILITY_SERVICES, NAME), line);
                case SERVICES -> new ServiceRecord(required(ID), required(POLICY), required(NAME),
                        identifiers(CAPABILITY_LINKS), line);
                case BUILDING_BLOCKS -> new BuildingBlockRecord(required(ID), required(POLICY), required(VIEW),
                        required(AREA), required(BLOCK_NAME), identifiers(SERVICE_LINKS), node.has(SERVICE_LINKS),
                        identifiers(SUCCESSORS), namedReferences(GROUPING, "ABB"), line);
            };
        }

        private String required(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual()) {
                throw new InputException(file, line, 0, "record " + describe() + " has no text field '" + field + "'", null);
            }
            return value.asText();
        }

        /** Identifiers as written: split at {@code ;} in 2021, an array in 6.0; empty entries dropped. */
        private List<String> identifiers(String field) {
            JsonNode value = node.get(field);
            List<String> ids = new ArrayList<>();
            if (value == null || value.isNull()) {
                return ids;
            }
            if (layout == SourceLayout.PORTAL_2021 && value.isTextual()) {
                for (String part : value.asText().split(";")) {
                    if (!part.isBlank()) {
                        ids.add(part.strip());
                    }
                }
                return ids;
            }
            if (layout == SourceLayout.RELEASE_6_0 && value.isArray()) {
                for (JsonNode item : value) {
                    if (!item.isTextual()) {
                        throw wrongShape(field, "an array of identifiers");
                    }
                    if (!item.asText().isBlank()) {
                        ids.add(item.asText().strip());
                    }
                }
                return ids;
            }
            throw wrongShape(field, layout == SourceLayout.PORTAL_2021 ? "a ;-joined text" : "an array of identifiers");
        }

        /** References carrying a name, as 6.0 lists them: {@code [{"<nameField>": ..., "ID": ...}]}. */
        private List<NamedReference> namedReferences(String field, String nameField) {
            JsonNode value = node.get(field);
            List<NamedReference> references = new ArrayList<>();
            if (value == null || value.isNull()) {
                return references;
            }
            if (!value.isArray()) {
                throw wrongShape(field, "an array of {\"" + nameField + "\", \"ID\"} objects");
            }
            for (JsonNode item : value) {
                JsonNode name = item.get(nameField);
                JsonNode id = item.get(ID);
                if (name == null || !name.isTextual() || id == null || !id.isTextual()) {
                    throw wrongShape(field, "an array of {\"" + nameField + "\", \"ID\"} objects");
                }
                references.add(new NamedReference(name.asText(), id.asText().strip()));
            }
            return references;
        }

        private InputException wrongShape(String field, String expected) {
            return new InputException(file, line, 0, "record " + describe() + ": field '" + field + "' should be "
                    + expected + " in the " + layout.release() + " layout", null);
        }

        private String describe() {
            JsonNode id = node.get(ID);
            return id != null && id.isTextual() ? "'" + id.asText() + "'" : "at this line";
        }
    }
}
