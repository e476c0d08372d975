package org.egovera.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * The baseline: what the JDK's StAX costs for a file of the same shape and size with no model
 * behind it (elements with an identifier, a type, a name and two properties; relationships with
 * their ends), written and read back with nothing done per element.
 */
final class PlainStax {

    private static final String NS = "http://www.opengroup.org/xsd/archimate/3.0/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private PlainStax() {
    }

    static void write(Path file, int elements, int relationships) throws IOException, XMLStreamException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.setPrefix("xsi", XSI);
            xml.writeStartElement(NS, "model");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeStartElement(NS, "elements");
            for (int i = 0; i < elements; i++) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement(NS, "element");
                xml.writeAttribute("identifier", "id-E" + i);
                xml.writeAttribute(XSI, "type", "ApplicationService");
                text(xml, "name", "Element number " + i);
                xml.writeStartElement(NS, "properties");
                property(xml, "propid-1", "E" + i);
                property(xml, "propid-2", "eira:ArchitectureBuildingBlock");
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement(NS, "relationships");
            for (int i = 0; i < relationships; i++) {
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement(NS, "relationship");
                xml.writeAttribute("identifier", "id-R" + i);
                xml.writeAttribute("source", "id-E" + (i % elements));
                xml.writeAttribute("target", "id-E" + ((i * 7) % elements));
                xml.writeAttribute(XSI, "type", "Serving");
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
    }

    /** Reads the file as the exchange reader must (every element, attribute and text visited) and counts elements. */
    static long read(Path file) throws IOException, XMLStreamException {
        long count = 0;
        long characters = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    count++;
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        characters += xml.getAttributeValue(i).length();
                    }
                } else if (event == XMLStreamConstants.CHARACTERS) {
                    characters += xml.getTextLength();
                }
            }
            xml.close();
        }
        return count + (characters == -1 ? 1 : 0);
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(NS, element);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String definition, String value) throws XMLStreamException {
        xml.writeStartElement(NS, "property");
        xml.writeAttribute("propertyDefinitionRef", definition);
        text(xml, "value", value);
        xml.writeEndElement();
    }
}
