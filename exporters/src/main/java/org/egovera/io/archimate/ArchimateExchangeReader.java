package org.egovera.io.archimate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.egovera.model.io.InputException;

/**
 * Reads an ArchiMate Open Exchange Format file (3.0/3.1) into an {@link ExchangeModel}. Property
 * names are resolved through the file's {@code propertyDefinitions}, wherever in the file they are
 * declared, so the reader works for any property scheme (EIRA 6.0.0's {@code eira:concept} as well
 * as EIRA 4.1.0's {@code ID}). Views are read with their full layout (nested nodes, connections,
 * bendpoints, styles), organizations with folder identifiers, and the model's metadata. The parser
 * refuses DTDs and external entities; malformed or hostile input yields an {@link InputException}
 * naming the file, line and column.
 */
public final class ArchimateExchangeReader {

    /** The namespace of the exchange format, used by both the 3.0 and the 3.1 schemas. */
    public static final String NAMESPACE = ArchimateNames.NAMESPACE;

    private static final XMLInputFactory FACTORY = secureFactory();

    public ExchangeModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file", e);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads from a stream; {@code origin} names the input in messages. */
    public ExchangeModel read(InputStream in, Path origin) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(in);
            return new ExchangeParse(new StaxCursor(reader, origin)).model();
        } catch (XMLStreamException e) {
            Location location = e.getLocation();
            throw new InputException(origin, location == null ? 0 : location.getLineNumber(),
                    location == null ? 0 : location.getColumnNumber(), "malformed XML: " + plainMessage(e), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // the stream is closed by the caller; nothing more to release
                }
            }
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        return factory;
    }

    /** The JDK's message carries its own "ParseError at [row,col]" prefix, which our position replaces. */
    private static String plainMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int marker = message.indexOf("Message: ");
        return marker >= 0 ? message.substring(marker + "Message: ".length()).strip() : message.strip();
    }

    /** One pass over one document. */
    private static final class ExchangeParse {

        private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

        private final StaxCursor cursor;
        private final XMLStreamReader reader;
        private final Map<String, PropertyDefinition> definitions = new LinkedHashMap<>();

        ExchangeParse(StaxCursor cursor) {
            this.cursor = cursor;
            this.reader = cursor.reader;
        }

        ExchangeModel model() throws XMLStreamException {
            if (cursor.nextTag() != XMLStreamConstants.START_ELEMENT || !"model".equals(reader.getLocalName())
                    || !NAMESPACE.equals(reader.getNamespaceURI())) {
                throw cursor.error("not an ArchiMate exchange file: the root element must be 'model' in " + NAMESPACE);
            }
            String identifier = reader.getAttributeValue(null, "identifier");
            List<LangText> names = new ArrayList<>();
            List<LangText> documentation = new ArrayList<>();
            List<ExchangeProperty> properties = new ArrayList<>();
            List<ExchangeElement> elements = new ArrayList<>();
            List<ExchangeRelationship> relationships = new ArrayList<>();
            List<OrganizationItem> organizations = new ArrayList<>();
            List<ExchangeView> views = new ArrayList<>();
            List<MetadataEntry> metadata = new ArrayList<>();
            while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "name" -> names.add(cursor.langText());
                    case "documentation" -> documentation.add(cursor.langText());
                    case "properties" -> properties.addAll(properties());
                    case "metadata" -> metadata(metadata);
                    case "elements" -> cursor.children("element", () -> elements.add(element()));
                    case "relationships" -> cursor.children("relationship", () -> relationships.add(relationship()));
                    case "organizations" -> cursor.children("item", () -> organizations.add(organizationItem()));
                    case "propertyDefinitions" -> cursor.children("propertyDefinition", this::propertyDefinition);
                    case "views" -> new DiagramParse(cursor, this::properties).views(views);
                    default -> cursor.skip();
                }
            }
            return new ExchangeModel(cursor.origin, identifier, names, documentation, resolve(properties, 0),
                    List.copyOf(definitions.values()),
                    elements.stream().map(this::resolve).toList(),
                    relationships.stream().map(this::resolve).toList(),
                    organizations, views.stream().map(this::resolve).toList(), metadata);
        }

        private ExchangeElement element() throws XMLStreamException {
            int line = cursor.line();
            int column = cursor.column();
            String identifier = cursor.required("identifier");
            String type = cursor.xsiType();
            List<LangText> names = new ArrayList<>();
            List<LangText> documentation = new ArrayList<>();
            List<ExchangeProperty> properties = new ArrayList<>();
            readNamed(names, documentation, properties);
            return new ExchangeElement(identifier, type, names, documentation, properties, line, column);
        }

        private ExchangeRelationship relationship() throws XMLStreamException {
            int line = cursor.line();
            int column = cursor.column();
            String identifier = cursor.required("identifier");
            String source = cursor.required("source");
            String target = cursor.required("target");
            String type = cursor.xsiType();
            Map<String, String> attributes = new HashMap<>();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                String local = reader.getAttributeLocalName(i);
                boolean known = XSI.equals(reader.getAttributeNamespace(i))
                        || "identifier".equals(local) || "source".equals(local) || "target".equals(local);
                if (!known) {
                    attributes.put(local, reader.getAttributeValue(i));
                }
            }
            List<LangText> names = new ArrayList<>();
            List<LangText> documentation = new ArrayList<>();
            List<ExchangeProperty> properties = new ArrayList<>();
            readNamed(names, documentation, properties);
            return new ExchangeRelationship(identifier, type, source, target, attributes, names, documentation,
                    properties, line, column);
        }

        /** Reads the children every named concept has, skipping anything else. */
        private void readNamed(List<LangText> names, List<LangText> documentation, List<ExchangeProperty> properties)
                throws XMLStreamException {
            while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "name" -> names.add(cursor.langText());
                    case "documentation" -> documentation.add(cursor.langText());
                    case "properties" -> properties.addAll(properties());
                    default -> cursor.skip();
                }
            }
        }

        private OrganizationItem organizationItem() throws XMLStreamException {
            String identifier = reader.getAttributeValue(null, "identifier");
            String identifierRef = reader.getAttributeValue(null, "identifierRef");
            List<LangText> labels = new ArrayList<>();
            List<LangText> documentation = new ArrayList<>();
            List<OrganizationItem> items = new ArrayList<>();
            while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "label" -> labels.add(cursor.langText());
                    case "documentation" -> documentation.add(cursor.langText());
                    case "item" -> items.add(organizationItem());
                    default -> cursor.skip();
                }
            }
            return new OrganizationItem(identifierRef, labels, documentation, items, identifier);
        }

        /** {@code schema}, {@code schemaversion} and elements of other namespaces (Dublin Core), in order. */
        private void metadata(List<MetadataEntry> metadata) throws XMLStreamException {
            while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String namespace = reader.getNamespaceURI();
                String name = reader.getLocalName();
                if ("schemaInfo".equals(name) && NAMESPACE.equals(namespace)) {
                    metadata(metadata);
                } else {
                    metadata.add(new MetadataEntry(namespace == null ? "" : namespace, name, textOrSkip()));
                }
            }
        }

        /** The text of a simple element; the text of a structured one is not kept. */
        private String textOrSkip() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            while (true) {
                int event = cursor.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(reader.getText());
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    cursor.skip();
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    return text.toString();
                }
            }
        }

        private void propertyDefinition() throws XMLStreamException {
            String identifier = cursor.required("identifier");
            String type = reader.getAttributeValue(null, "type");
            List<LangText> names = new ArrayList<>();
            while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if ("name".equals(reader.getLocalName())) {
                    names.add(cursor.langText());
                } else {
                    cursor.skip();
                }
            }
            definitions.put(identifier, new PropertyDefinition(identifier, type, names));
        }

        private List<ExchangeProperty> properties() throws XMLStreamException {
            List<ExchangeProperty> properties = new ArrayList<>();
            cursor.children("property", () -> {
                String reference = cursor.required("propertyDefinitionRef");
                List<LangText> values = new ArrayList<>();
                while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    if ("value".equals(reader.getLocalName())) {
                        values.add(cursor.langText());
                    } else {
                        cursor.skip();
                    }
                }
                // The name is filled in once every definition is known (EIRA declares them last).
                properties.add(new ExchangeProperty(reference, null, values));
            });
            return properties;
        }

        private ExchangeElement resolve(ExchangeElement element) {
            return new ExchangeElement(element.identifier(), element.type(), element.names(), element.documentation(),
                    resolve(element.properties(), element.line()), element.line(), element.column());
        }

        private ExchangeRelationship resolve(ExchangeRelationship relationship) {
            return new ExchangeRelationship(relationship.identifier(), relationship.type(), relationship.source(),
                    relationship.target(), relationship.attributes(), relationship.names(), relationship.documentation(),
                    resolve(relationship.properties(), relationship.line()), relationship.line(), relationship.column());
        }

        private ExchangeView resolve(ExchangeView view) {
            return new ExchangeView(view.identifier(), view.type(), view.viewpoint(), view.names(), view.documentation(),
                    resolve(view.properties(), view.line()), view.elementRefs(), view.relationshipRefs(), view.nodes(),
                    view.connections(), view.line());
        }

        /** Names the properties; {@code line} is where their owner starts, for the message about an undeclared one. */
        private List<ExchangeProperty> resolve(List<ExchangeProperty> properties, int line) {
            List<ExchangeProperty> resolved = new ArrayList<>(properties.size());
            for (ExchangeProperty property : properties) {
                PropertyDefinition definition = definitions.get(property.definitionRef());
                if (definition == null) {
                    throw new InputException(cursor.origin, line, 0, "a property refers to the undeclared property definition '"
                            + property.definitionRef() + "'", null);
                }
                resolved.add(new ExchangeProperty(property.definitionRef(), definition.name(), property.values()));
            }
            return resolved;
        }
    }
}
