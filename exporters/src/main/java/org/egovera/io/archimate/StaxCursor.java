package org.egovera.io.archimate;

import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.egovera.model.io.InputException;

/**
 * The moves every part of the exchange reader makes over a StAX stream: next tag, skip, texts
 * with a language, required attributes, and errors that name the file and the position. DTDs and
 * entity references are refused wherever they appear.
 */
final class StaxCursor {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    final XMLStreamReader reader;
    final Path origin;

    StaxCursor(XMLStreamReader reader, Path origin) {
        this.reader = reader;
        this.origin = origin;
    }

    @FunctionalInterface
    interface Body {
        void read() throws XMLStreamException;
    }

    /** Reads every child called {@code name} with {@code body}; other children are skipped. */
    void children(String name, Body body) throws XMLStreamException {
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (name.equals(reader.getLocalName())) {
                body.read();
            } else {
                skip();
            }
        }
    }

    LangText langText() throws XMLStreamException {
        String lang = reader.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        return new LangText(lang, reader.getElementText());
    }

    String xsiType() {
        String type = reader.getAttributeValue(XSI, "type");
        if (type == null) {
            return null;
        }
        int colon = type.indexOf(':');
        return colon >= 0 ? type.substring(colon + 1) : type;
    }

    String attribute(String name) {
        return reader.getAttributeValue(null, name);
    }

    String required(String attribute) {
        String value = reader.getAttributeValue(null, attribute);
        if (value == null || value.isBlank()) {
            throw error("<" + reader.getLocalName() + "> has no '" + attribute + "' attribute");
        }
        return value;
    }

    /** An integer attribute; {@code fallback} when absent. */
    int integer(String attribute, int fallback) {
        String value = reader.getAttributeValue(null, attribute);
        if (value == null) {
            return fallback;
        }
        return integerOf(value, attribute);
    }

    /** A whole number read earlier from {@code attribute}. */
    int integerOf(String value, String attribute) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw error("'" + attribute + "' is not a whole number: " + value);
        }
    }

    int line() {
        return reader.getLocation().getLineNumber();
    }

    int column() {
        return reader.getLocation().getColumnNumber();
    }

    /** Skips the current element and everything in it. */
    void skip() throws XMLStreamException {
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
    int nextTag() throws XMLStreamException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT
                    || event == XMLStreamConstants.END_DOCUMENT) {
                return event;
            }
        }
    }

    int next() throws XMLStreamException {
        if (!reader.hasNext()) {
            throw error("the document ends early");
        }
        int event = reader.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw error("DTDs and entity references are not allowed in an exchange file");
        }
        return event;
    }

    InputException error(String message) {
        Location location = reader.getLocation();
        return new InputException(origin, location.getLineNumber(), location.getColumnNumber(), message, null);
    }
}
