package org.egovera.io.bpmn;

import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.egovera.model.io.InputException;

/**
 * StAX readers that never resolve a DTD or an entity: a file with a DOCTYPE is refused before any
 * declaration in it can take effect, so neither external entities (XXE) nor entity expansion bombs can.
 */
public final class SecureXmlInput {

    private static final XMLInputFactory FACTORY = newFactory();

    private SecureXmlInput() {
    }

    /** The JDK's own factory, whatever StAX implementation the classpath brings, hardened. */
    public static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    public static XMLStreamReader open(InputStream in, Path origin) {
        try {
            return FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(origin, e);
        }
    }

    /** Advances past the prolog to the root element, refusing a DOCTYPE on the way. */
    public static void toRootElement(XMLStreamReader reader, Path origin) throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamReader.DTD) {
                throw refusedDoctype(reader, origin);
            }
            if (event == XMLStreamReader.START_ELEMENT) {
                return;
            }
        }
        throw new InputException(origin, "the file holds no XML element");
    }

    static InputException refusedDoctype(XMLStreamReader reader, Path origin) {
        Location at = reader.getLocation();
        return new InputException(origin, at.getLineNumber(), at.getColumnNumber(),
                "DOCTYPE declarations are refused (they can hide external entities or entity expansion)", null);
    }

    /** A parser error as a one-line, positioned input error. */
    public static InputException malformed(Path origin, XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; the position is reported separately.
        int cut = message.indexOf("Message: ");
        if (cut >= 0) {
            message = message.substring(cut + "Message: ".length());
        }
        message = "malformed XML: " + message.strip().replaceAll("\\s+", " ");
        return at == null ? new InputException(origin, message, e)
                : new InputException(origin, at.getLineNumber(), at.getColumnNumber(), message, e);
    }
}
