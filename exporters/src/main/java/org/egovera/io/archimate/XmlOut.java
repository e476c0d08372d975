package org.egovera.io.archimate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over StAX that indents, so exported files read well in a diff. It only adds what
 * every section needs (texts with a language, optional attributes) and stays as fast as the
 * writer under it.
 */
final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final String[] NEW_LINES = new String[32];

    static {
        for (int i = 0; i < NEW_LINES.length; i++) {
            NEW_LINES[i] = "\n" + "  ".repeat(i);
        }
    }

    private final BufferedOutputStream buffer;
    private final XMLStreamWriter writer;
    private int depth;
    private boolean hadChild;

    XmlOut(OutputStream out) throws XMLStreamException {
        // the JDK's writer passes every small write straight through: without a buffer, a write is a system call
        this.buffer = new BufferedOutputStream(out, 1 << 16);
        this.writer = FACTORY.createXMLStreamWriter(buffer, StandardCharsets.UTF_8.name());
    }

    void startDocument() throws XMLStreamException {
        writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    }

    void endDocument() throws XMLStreamException {
        writer.writeCharacters("\n");
        writer.writeEndDocument();
        writer.flush();
        try {
            buffer.flush();
        } catch (IOException e) {
            throw new XMLStreamException("cannot write: " + e.getMessage(), e);
        }
    }

    /** Binds a prefix for the elements and attributes that follow. */
    void prefix(String prefix, String namespace) throws XMLStreamException {
        if (prefix.isEmpty()) {
            writer.setDefaultNamespace(namespace);
        } else {
            writer.setPrefix(prefix, namespace);
        }
    }

    void namespace(String prefix, String namespace) throws XMLStreamException {
        if (prefix.isEmpty()) {
            writer.writeDefaultNamespace(namespace);
        } else {
            writer.writeNamespace(prefix, namespace);
        }
    }

    void start(String name) throws XMLStreamException {
        start(ArchimateNames.NAMESPACE, name);
    }

    void start(String namespace, String name) throws XMLStreamException {
        newLine();
        writer.writeStartElement(namespace, name);
        depth++;
        hadChild = false;
    }

    /** An element without content: its attributes may follow; it needs no {@link #end()}. */
    void empty(String name) throws XMLStreamException {
        newLine();
        writer.writeEmptyElement(ArchimateNames.NAMESPACE, name);
        hadChild = true;
    }

    void end() throws XMLStreamException {
        depth--;
        if (hadChild) {
            newLine();
        }
        writer.writeEndElement();
        hadChild = true;
    }

    void attribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            writer.writeAttribute(name, value);
        }
    }

    void attribute(String name, int value) throws XMLStreamException {
        writer.writeAttribute(name, Integer.toString(value));
    }

    void xsiType(String type) throws XMLStreamException {
        writer.writeAttribute(ArchimateNames.XSI, "type", type);
    }

    void xsiAttribute(String name, String value) throws XMLStreamException {
        writer.writeAttribute(ArchimateNames.XSI, name, value);
    }

    /** {@code <name xml:lang="..">text</name>} for each text. */
    void texts(String element, List<LangText> texts) throws XMLStreamException {
        for (LangText text : texts) {
            text(ArchimateNames.NAMESPACE, element, text.lang(), text.text());
        }
    }

    void text(String namespace, String element, String lang, String text) throws XMLStreamException {
        newLine();
        if (text == null || text.isEmpty()) {
            writer.writeEmptyElement(namespace, element);
            lang(lang);
        } else {
            writer.writeStartElement(namespace, element);
            lang(lang);
            characters(text);
            writer.writeEndElement();
        }
        hadChild = true;
    }

    /**
     * Text content. A carriage return is written as a character reference: a parser turns a
     * literal one into a line feed, so only the reference brings it back.
     */
    private void characters(String text) throws XMLStreamException {
        int from = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
            writer.writeCharacters(text.substring(from, cr));
            writer.writeEntityRef("#13");
            from = cr + 1;
        }
        writer.writeCharacters(from == 0 ? text : text.substring(from));
    }

    private void lang(String lang) throws XMLStreamException {
        if (lang != null) {
            writer.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, ArchimateNames.LANG, lang);
        }
    }

    private void newLine() throws XMLStreamException {
        writer.writeCharacters(NEW_LINES[Math.min(depth, NEW_LINES.length - 1)]);
    }
}
