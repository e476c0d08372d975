package org.egovera.io.archimate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The content of one ArchiMate Open Exchange Format file: model identity and properties,
 * property definitions, elements, relationships, organizations, views and metadata, in document
 * order. The reader builds it from a file; the exporter builds it from a catalogue and the writer
 * writes it.
 *
 * @param source             the file it was read from (for messages), or null when built in memory
 * @param identifier         the model's {@code identifier}
 * @param names              the model's names
 * @param documentation      the model's documentation
 * @param properties         the model-level properties
 * @param propertyDefinitions the declared properties
 * @param elements           the elements
 * @param relationships      the relationships
 * @param organizations      the top-level organization items
 * @param views              the views
 * @param metadata           the metadata entries
 */
public record ExchangeModel(Path source, String identifier, List<LangText> names, List<LangText> documentation,
        List<ExchangeProperty> properties, List<PropertyDefinition> propertyDefinitions,
        List<ExchangeElement> elements, List<ExchangeRelationship> relationships,
        List<OrganizationItem> organizations, List<ExchangeView> views, List<MetadataEntry> metadata)
        implements PropertyHolder {

    public ExchangeModel {
        names = List.copyOf(names);
        documentation = List.copyOf(documentation);
        properties = List.copyOf(properties);
        propertyDefinitions = List.copyOf(propertyDefinitions);
        elements = List.copyOf(elements);
        relationships = List.copyOf(relationships);
        organizations = List.copyOf(organizations);
        views = List.copyOf(views);
        metadata = List.copyOf(metadata);
    }

    public ExchangeModel(Path source, String identifier, List<LangText> names, List<LangText> documentation,
            List<ExchangeProperty> properties, List<PropertyDefinition> propertyDefinitions,
            List<ExchangeElement> elements, List<ExchangeRelationship> relationships,
            List<OrganizationItem> organizations, List<ExchangeView> views) {
        this(source, identifier, names, documentation, properties, propertyDefinitions, elements, relationships,
                organizations, views, List.of());
    }

    public String name() {
        String name = LangText.firstText(names);
        return name == null ? "" : name.strip();
    }

    /** The elements by identifier. */
    public Map<String, ExchangeElement> elementsById() {
        return elements.stream().collect(Collectors.toMap(ExchangeElement::identifier, Function.identity(),
                (first, second) -> first));
    }
}
