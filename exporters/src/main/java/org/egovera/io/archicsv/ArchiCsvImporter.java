package org.egovera.io.archicsv;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.egovera.io.archimate.ArchimateImporter;
import org.egovera.io.archimate.ExchangeElement;
import org.egovera.io.archimate.ExchangeModel;
import org.egovera.io.archimate.ExchangeProperty;
import org.egovera.io.archimate.ExchangeRelationship;
import org.egovera.io.archimate.ImportReport;
import org.egovera.io.archimate.LangText;
import org.egovera.io.archimate.RelationshipType;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.io.InputException;
import org.egovera.model.io.Progress;

/**
 * Reads Archi's CSV files into a catalogue, through the same mapping as the ArchiMate import.
 * {@code elements.csv} is required; {@code relations.csv} and {@code properties.csv} beside it
 * (with the same prefix) are read when present. Unknown types, duplicate identifiers and
 * references to undeclared concepts are errors naming the file and line.
 */
public final class ArchiCsvImporter {

    private final Progress progress;

    public ArchiCsvImporter(Progress progress) {
        this.progress = progress;
    }

    /** @param input a folder holding {@code elements.csv}, or the elements file itself ({@code PREFIXelements.csv}) */
    public ImportReport read(Path input) {
        Path elementsFile = Files.isDirectory(input) ? input.resolve(ArchiCsv.ELEMENTS) : input;
        String name = elementsFile.getFileName().toString();
        if (!name.endsWith(ArchiCsv.ELEMENTS)) {
            throw new InputException(input, "not Archi's elements file: its name must end with " + ArchiCsv.ELEMENTS);
        }
        String prefix = name.substring(0, name.length() - ArchiCsv.ELEMENTS.length());
        Path folder = elementsFile.toAbsolutePath().getParent();
        Path relationsFile = folder.resolve(prefix + ArchiCsv.RELATIONS);
        Path propertiesFile = folder.resolve(prefix + ArchiCsv.PROPERTIES);

        List<ArchiCsv.Row> elementRows = rows(elementsFile, ArchiCsv.ELEMENTS_HEADER);
        List<ArchiCsv.Row> relationRows = Files.exists(relationsFile) ? rows(relationsFile, ArchiCsv.RELATIONS_HEADER) : List.of();
        List<ArchiCsv.Row> propertyRows = Files.exists(propertiesFile) ? rows(propertiesFile, ArchiCsv.PROPERTIES_HEADER) : List.of();

        Map<String, String> kinds = new HashMap<>();
        Map<String, List<ExchangeProperty>> properties = new LinkedHashMap<>();
        Map<String, Map<String, String>> special = new HashMap<>();
        String modelIdentifier = null;
        String modelName = "";
        String modelDocumentation = "";
        for (ArchiCsv.Row row : elementRows) {
            if (ArchiCsv.MODEL_TYPE.equals(row.get(1))) {
                modelIdentifier = row.get(0);
                modelName = row.get(2);
                modelDocumentation = row.get(3);
            }
            declare(kinds, row, elementsFile, ArchiCsv.MODEL_TYPE.equals(row.get(1)) ? "model" : "element");
        }
        for (ArchiCsv.Row row : relationRows) {
            declare(kinds, row, relationsFile, "relationship");
        }
        for (ArchiCsv.Row row : propertyRows) {
            String id = row.get(0);
            if (!kinds.containsKey(id)) {
                throw new InputException(propertiesFile, row.line(), 0, "a property belongs to '" + id
                        + "', which neither " + ArchiCsv.ELEMENTS + " nor " + ArchiCsv.RELATIONS + " declares", null);
            }
            String key = row.get(1);
            if (isSpecial(key, kinds.get(id))) {
                special.computeIfAbsent(id, k -> new HashMap<>()).put(key, row.get(2));
            } else {
                properties.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new ExchangeProperty(null, key, List.of(new LangText(null, row.get(2)))));
            }
        }

        List<ExchangeElement> elements = new ArrayList<>();
        for (ArchiCsv.Row row : elementRows) {
            if (ArchiCsv.MODEL_TYPE.equals(row.get(1))) {
                continue;
            }
            String id = row.get(0);
            String type = elementType(row, special.getOrDefault(id, Map.of()), elementsFile);
            elements.add(new ExchangeElement(id, type, texts(row.get(2)), texts(row.get(3)),
                    properties.getOrDefault(id, List.of()), row.line(), 0));
        }
        List<ExchangeRelationship> relationships = new ArrayList<>();
        for (ArchiCsv.Row row : relationRows) {
            String id = row.get(0);
            String typeName = row.get(1);
            String type = typeName.endsWith(ArchiCsv.RELATIONSHIP_SUFFIX)
                    ? typeName.substring(0, typeName.length() - ArchiCsv.RELATIONSHIP_SUFFIX.length()) : typeName;
            if (RelationshipType.ofExchangeName(type) == null) {
                throw new InputException(relationsFile, row.line(), 0, "relationship '" + id + "' has the unknown type '" + typeName + "'", null);
            }
            for (String end : List.of(row.get(4), row.get(5))) {
                String kind = kinds.get(end);
                if (!"element".equals(kind) && !"relationship".equals(kind)) {
                    throw new InputException(relationsFile, row.line(), 0, "relationship '" + id + "' joins '" + end
                            + "', which is no element or relationship of the files", null);
                }
            }
            relationships.add(new ExchangeRelationship(id, type, row.get(4), row.get(5), attributes(special.get(id)),
                    texts(row.get(2)), texts(row.get(3)), properties.getOrDefault(id, List.of()), row.line(), 0));
        }
        String identifier = modelIdentifier == null ? "id-model" : modelIdentifier;
        ExchangeModel model = new ExchangeModel(elementsFile, identifier, texts(modelName), texts(modelDocumentation),
                properties.getOrDefault(identifier, List.of()), List.of(), elements, relationships, List.of(), List.of(), List.of());
        return new ArchimateImporter(progress).read(model);
    }

    private static List<ArchiCsv.Row> rows(Path file, List<String> header) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file, "not UTF-8 text: save the file as UTF-8", e);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
        List<ArchiCsv.Row> rows = ArchiCsv.read(text, file);
        if (rows.isEmpty() || !rows.get(0).fields().subList(0, Math.min(rows.get(0).fields().size(), 3))
                .equals(header.subList(0, 3))) {
            throw new InputException(file, 1, 1, "not Archi's CSV: the header must begin with " + header.subList(0, 3), null);
        }
        return rows.subList(1, rows.size());
    }

    private static void declare(Map<String, String> kinds, ArchiCsv.Row row, Path file, String kind) {
        String id = row.get(0);
        if (id.isBlank()) {
            throw new InputException(file, row.line(), 0, "a row has no ID", null);
        }
        String earlier = kinds.putIfAbsent(id, kind);
        if (earlier != null) {
            throw new InputException(file, row.line(), 0, "duplicate ID '" + id + "' (already used by a " + earlier + ")", null);
        }
    }

    private static boolean isSpecial(String key, String kind) {
        return "relationship".equals(kind) && (ArchiCsv.ACCESS_TYPE.equals(key) || ArchiCsv.INFLUENCE_STRENGTH.equals(key)
                || ArchiCsv.DIRECTED.equals(key)) || "element".equals(kind) && ArchiCsv.JUNCTION_TYPE.equals(key);
    }

    private static String elementType(ArchiCsv.Row row, Map<String, String> special, Path file) {
        String type = row.get(1);
        if (ArchiCsv.JUNCTION.equals(type)) {
            return ArchiCsv.JUNCTION_OR.equalsIgnoreCase(special.get(ArchiCsv.JUNCTION_TYPE)) ? "OrJunction" : "AndJunction";
        }
        ArchimateElementType known = ArchimateElementType.get(type);
        if (known == null || known == ArchimateElementType.UNSPECIFIED) {
            throw new InputException(file, row.line(), 0, "element '" + row.get(0) + "' has the unknown type '" + type + "'", null);
        }
        return type;
    }

    private static Map<String, String> attributes(Map<String, String> special) {
        Map<String, String> attributes = new HashMap<>();
        if (special == null) {
            return attributes;
        }
        if (special.containsKey(ArchiCsv.ACCESS_TYPE)) {
            attributes.put("accessType", special.get(ArchiCsv.ACCESS_TYPE));
        }
        if (special.containsKey(ArchiCsv.INFLUENCE_STRENGTH)) {
            attributes.put("modifier", special.get(ArchiCsv.INFLUENCE_STRENGTH));
        }
        if (Boolean.parseBoolean(special.get(ArchiCsv.DIRECTED))) {
            attributes.put("isDirected", "true");
        }
        return attributes;
    }

    private static List<LangText> texts(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(new LangText(null, text));
    }
}
