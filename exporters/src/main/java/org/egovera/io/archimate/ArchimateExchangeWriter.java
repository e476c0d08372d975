package org.egovera.io.archimate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.egovera.model.io.Progress;

/**
 * Writes an {@link ExchangeModel} as an ArchiMate 3.1 Open Exchange Format file. The model header,
 * properties, metadata and property definitions are written here; elements, relationships,
 * organizations and views each have their own section class. The writer writes what it is given:
 * identifiers, property definitions and layout are decided by whoever built the model.
 */
public final class ArchimateExchangeWriter {

    private final Progress progress;

    public ArchimateExchangeWriter() {
        this(Progress.NONE);
    }

    public ArchimateExchangeWriter(Progress progress) {
        this.progress = progress;
    }

    public void write(ExchangeModel model, OutputStream out) throws IOException {
        try {
            XmlOut xml = new XmlOut(out);
            xml.startDocument();
            Map<String, String> metadataPrefixes = metadataPrefixes(model.metadata());
            boolean dublinCore = metadataPrefixes.containsKey(ArchimateNames.DUBLIN_CORE);
            xml.prefix("", ArchimateNames.NAMESPACE);
            xml.prefix("xsi", ArchimateNames.XSI);
            for (var prefix : metadataPrefixes.entrySet()) {
                xml.prefix(prefix.getValue(), prefix.getKey());
            }
            xml.start(ArchimateNames.MODEL);
            xml.namespace("", ArchimateNames.NAMESPACE);
            xml.namespace("xsi", ArchimateNames.XSI);
            for (var prefix : metadataPrefixes.entrySet()) {
                xml.namespace(prefix.getValue(), prefix.getKey());
            }
            xml.xsiAttribute(ArchimateNames.SCHEMA_LOCATION_ATTRIBUTE, ArchimateNames.SCHEMA_LOCATION
                    + (dublinCore ? " " + ArchimateNames.DUBLIN_CORE_SCHEMA_LOCATION : ""));
            xml.attribute(ArchimateNames.IDENTIFIER, model.identifier());
            names(xml, ArchimateNames.NAME, model.names());
            xml.texts(ArchimateNames.DOCUMENTATION, model.documentation());
            properties(xml, model.properties());
            metadata(xml, model.metadata());
            new ElementsSection(xml, progress).write(model.elements());
            new RelationshipsSection(xml, progress).write(model.relationships());
            new OrganizationsSection(xml).write(model.organizations());
            propertyDefinitions(xml, model.propertyDefinitions());
            new ViewsSection(xml, progress).write(model.views());
            xml.end();
            xml.endDocument();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the exchange file: " + e.getMessage(), e);
        }
    }

    /** Names are required where the schema says so: an unnamed concept gets one empty name. */
    static void names(XmlOut xml, String element, List<LangText> names) throws XMLStreamException {
        if (names.isEmpty()) {
            xml.text(ArchimateNames.NAMESPACE, element, null, "");
        } else {
            xml.texts(element, names);
        }
    }

    static void properties(XmlOut xml, List<ExchangeProperty> properties) throws XMLStreamException {
        if (properties.isEmpty()) {
            return;
        }
        xml.start(ArchimateNames.PROPERTIES);
        for (ExchangeProperty property : properties) {
            xml.start(ArchimateNames.PROPERTY);
            xml.attribute(ArchimateNames.PROPERTY_DEFINITION_REF, property.definitionRef());
            if (property.values().isEmpty()) {
                xml.text(ArchimateNames.NAMESPACE, ArchimateNames.VALUE, null, "");
            } else {
                xml.texts(ArchimateNames.VALUE, property.values());
            }
            xml.end();
        }
        xml.end();
    }

    /** A prefix for each namespace the metadata uses besides the format's own: dc for Dublin Core, ns1, ns2... else. */
    private static Map<String, String> metadataPrefixes(List<MetadataEntry> metadata) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (MetadataEntry entry : metadata) {
            String namespace = entry.namespace();
            if (!ArchimateNames.NAMESPACE.equals(namespace) && !prefixes.containsKey(namespace)) {
                prefixes.put(namespace, ArchimateNames.DUBLIN_CORE.equals(namespace) ? "dc" : "ns" + (prefixes.size() + 1));
            }
        }
        return prefixes;
    }

    private static void metadata(XmlOut xml, List<MetadataEntry> metadata) throws XMLStreamException {
        if (metadata.isEmpty()) {
            return;
        }
        xml.start(ArchimateNames.METADATA);
        for (MetadataEntry entry : metadata) {
            xml.text(entry.namespace(), entry.name(), null, entry.value());
        }
        xml.end();
    }

    private static void propertyDefinitions(XmlOut xml, List<PropertyDefinition> definitions) throws XMLStreamException {
        if (definitions.isEmpty()) {
            return;
        }
        xml.start(ArchimateNames.PROPERTY_DEFINITIONS);
        for (PropertyDefinition definition : definitions) {
            xml.start(ArchimateNames.PROPERTY_DEFINITION);
            xml.attribute(ArchimateNames.IDENTIFIER, definition.identifier());
            xml.attribute(ArchimateNames.TYPE, definition.type() == null ? ArchimateNames.PROPERTY_TYPE_STRING : definition.type());
            names(xml, ArchimateNames.NAME, definition.names());
            xml.end();
        }
        xml.end();
    }
}
