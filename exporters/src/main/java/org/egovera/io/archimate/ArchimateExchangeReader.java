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
 * as EIRA 4.1.0's {@code ID}). The parser refuses DTDs and external entities; malformed or hostile
 * input yields an {@link InputException} naming the file, line and column.
 */
public final class ArchimateExchangeReader {

    /** The namespace of the exchange format, used by both the 3.0 and the 3.1 schemas. */
    public static final String NAMESPACE = "http://www.opengroup.org/xsd/archimate/3.0/";

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
            return new ExchangeParse(reader, origin).model();
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

        private final XMLStreamReader reader;
        private final Path origin;
        private final Map<String, PropertyDefinition> definitions = new LinkedHashMap<>();

        ExchangeParse(XMLStreamReader reader, Path origin) {
            this.reader = reader;
            this.origin = origin;
        }

        ExchangeModel model() throws XMLStreamException {
            if (nextTag() != XMLStreamConstants.START_ELEMENT || !"model".equals(reader.getLocalName())
                    || !NAMESPACE.equals(reader.getNamespaceURI())) {
                throw error("not an ArchiMate exchange file: the root element must be 'model' in " + NAMESPACE);
            }
            String identifier = reader.getAttributeValue(null, "identifier");
            List<LangText> names = new ArrayList<>();
            List<LangText> documentation = new ArrayList<>();
            List<ExchangeProperty> properties = new ArrayList<>();
            List<ExchangeElement> elements = new ArrayList<>();
            List<ExchangeRelationship> relationships = new ArrayList<>();
            List<OrganizationItem> organizations = new ArrayList<>();
            List<ExchangeView> views = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "name" -> names.add(langText());
                    case "documentation" -> documentation.add(langText());
                    case "properties" -> properties.addAll(properties());
                    case "elements" -> children("element", () -> elements.add(element()));
                    case "relationships" -> children("relationship", () -> relationships.add(relationship()));
                    case "organizations" -> children("item", () -> organizations.add(organizationItem()));
                    case "propertyDefinitions" -> children("propertyDefinition", this::propertyDefinition);
                    case "views" -> views(views);
                    default -> skip();
                }
            }
            return new ExchangeModel(origin, identifier, names, documentation, resolve(properties, 0), List.copyOf(definitions.values()),
                    elements.stream().map(this::resolve).toList(),
                    relationships.stream().map(this::resolve).toList(),
                    organizations, views.stream().map(this::resolve).toList());
        }

        private ExchangeElement element() throws XMLStreamException {
            int line = reader.getLocation().getLineNumber();
            String identifier = required("identifier");
            String type = xsiType();
            List<LangText> names = new ArrayList<>();
            List<LangText> documentation = new ArrayList<>();
            List<ExchangeProperty> properties = new ArrayList<>();
            readNamed(names, documentation, properties);
            return new ExchangeElement(identifier, type, names, documentation, properties, line);
        }

        private ExchangeRelationship relationship() throws XMLStreamException {
            int line = reader.getLocation().getLineNumber();
            String identifier = required("identifier");
            String source = required("source");
            String target = required("target");
            String type = xsiType();
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
                    properties, line);
        }

        /** Reads the children every named concept has, skipping anything else. */
        private void readNamed(List<LangText> names, List<LangText> documentation, List<ExchangeProperty> properties)
                throws XMLStreamException {
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "name" -> names.add(langText());
                    case "documentation" -> documentation.add(langText());
                    case "properties" -> properties.addAll(properties());
                    default -> skip();
                }
            }
        }

        private OrganizationItem organizationItem() throws XMLStreamException {
            String identifierRef = reader.getAttributeValue(null, "identifierRef");
            List<LangText> labels = new ArrayList<>();
            List<LangText> documentation = new ArrayList<>();
            List<OrganizationItem> items = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "label" -> labels.add(langText());
                    case "documentation" -> documentation.add(langText());
                    case "item" -> items.add(organizationItem());
                    default -> skip();
                }
            }
            return new OrganizationItem(identifierRef, labels, documentation, items);
        }

        private void propertyDefinition() throws XMLStreamException {
            String identifier = required("identifier");
            String type = reader.getAttributeValue(null, "type");
            List<LangText> names = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if ("name".equals(reader.getLocalName())) {
                    names.add(langText());
                } else {
                    skip();
                }
            }
            definitions.put(identifier, new PropertyDefinition(identifier, type, names));
        }

        private List<ExchangeProperty> properties() throws XMLStreamException {
            List<ExchangeProperty> properties = new ArrayList<>();
            children("property", () -> {
                String reference = required("propertyDefinitionRef");
                List<LangText> values = new ArrayList<>();
                while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                    if ("value".equals(reader.getLocalName())) {
                        values.add(langText());
                    } else {
                        skip();
                    }
                }
                // The name is filled in once every definition is known (EIRA declares them last).
                properties.add(new ExchangeProperty(reference, null, values));
            });
            return properties;
        }

        private void views(List<ExchangeView> views) throws XMLStreamException {
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if ("diagrams".equals(reader.getLocalName())) {
                    children("view", () -> views.add(view()));
                } else {
                    skip();
                }
            }
        }

        private ExchangeView view() throws XMLStreamException {
            String identifier = required("identifier");
            String type = xsiType();
            String viewpoint = reader.getAttributeValue(null, "viewpoint");
            List<LangText> names = new ArrayList<>();
            List<LangText> documentation = new ArrayList<>();
            List<ExchangeProperty> properties = new ArrayList<>();
            List<String> elementRefs = new ArrayList<>();
            List<String> relationshipRefs = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "name" -> names.add(langText());
                    case "documentation" -> documentation.add(langText());
                    case "properties" -> properties.addAll(properties());
                    default -> collectReferences(elementRefs, relationshipRefs);
                }
            }
            return new ExchangeView(identifier, type, viewpoint, names, documentation, properties, elementRefs,
                    relationshipRefs);
        }

        /** Walks a node or connection subtree, noting what its nodes and connections show. */
        private void collectReferences(List<String> elementRefs, List<String> relationshipRefs) throws XMLStreamException {
            String elementRef = reader.getAttributeValue(null, "elementRef");
            if (elementRef != null) {
                elementRefs.add(elementRef);
            }
            String relationshipRef = reader.getAttributeValue(null, "relationshipRef");
            if (relationshipRef != null) {
                relationshipRefs.add(relationshipRef);
            }
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                collectReferences(elementRefs, relationshipRefs);
            }
        }

        private ExchangeElement resolve(ExchangeElement element) {
            return new ExchangeElement(element.identifier(), element.type(), element.names(), element.documentation(),
                    resolve(element.properties(), element.line()), element.line());
        }

        private ExchangeRelationship resolve(ExchangeRelationship relationship) {
            return new ExchangeRelationship(relationship.identifier(), relationship.type(), relationship.source(),
                    relationship.target(), relationship.attributes(), relationship.names(), relationship.documentation(),
                    resolve(relationship.properties(), relationship.line()), relationship.line());
        }

        private ExchangeView resolve(ExchangeView view) {
            return new ExchangeView(view.identifier(), view.type(), view.viewpoint(), view.names(), view.documentation(),
                    resolve(view.properties(), 0), view.elementRefs(), view.relationshipRefs());
        }

        /** Names the properties; {@code line} is where their owner starts, for the message about an undeclared one. */
        private List<ExchangeProperty> resolve(List<ExchangeProperty> properties, int line) {
            List<ExchangeProperty> resolved = new ArrayList<>(properties.size());
            for (ExchangeProperty property : properties) {
                PropertyDefinition definition = definitions.get(property.definitionRef());
                if (definition == null) {
                    throw new InputException(origin, line, 0, "a property refers to the undeclared property definition '"
                            + property.definitionRef() + "'", null);
                }
                resolved.add(new ExchangeProperty(property.definitionRef(), definition.name(), property.values()));
            }
            return resolved;
        }

        /** Reads every child called {@code name} with {@code body}; other children are skipped. */
        private void children(String name, Body body) throws XMLStreamException {
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (name.equals(reader.getLocalName())) {
                    body.read();
                } else {
                    skip();
                }
            }
        }

        private LangText langText() throws XMLStreamException {
            String lang = reader.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            return new LangText(lang, reader.getElementText());
        }

        private String xsiType() {
            String type = reader.getAttributeValue(XSI, "type");
            if (type == null) {
                return null;
            }
            int colon = type.indexOf(':');
            return colon >= 0 ? type.substring(colon + 1) : type;
        }

        private String required(String attribute) {
            String value = reader.getAttributeValue(null, attribute);
            if (value == null || value.isBlank()) {
                throw error("<" + reader.getLocalName() + "> has no '" + attribute + "' attribute");
            }
            return value;
        }

        /** Skips the current element and everything in it. */
        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        /** The next start or end tag, ignoring text, comments and processing instructions. */
        private int nextTag() throws XMLStreamException {
            while (true) {
                int event = next();
                if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT
                        || event == XMLStreamConstants.END_DOCUMENT) {
                    return event;
                }
            }
        }

        private int next() throws XMLStreamException {
            if (!reader.hasNext()) {
                throw error("the document ends early");
            }
            int event = reader.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw error("DTDs and entity references are not allowed in an exchange file");
            }
            return event;
        }

        private InputException error(String message) {
            Location location = reader.getLocation();
            return new InputException(origin, location.getLineNumber(), location.getColumnNumber(), message, null);
        }
    }

    @FunctionalInterface
    private interface Body {
        void read() throws XMLStreamException;
    }
}
