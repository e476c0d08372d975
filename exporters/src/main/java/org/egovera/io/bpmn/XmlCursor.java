package org.egovera.io.bpmn;

import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.egovera.model.io.InputException;

/**
 * Walks a StAX stream element by element: the primitives of a recursive-descent reader. Nesting is bounded,
 * so a hostile file cannot exhaust the stack of the reader built on it.
 */
final class XmlCursor {

    static final int MAX_DEPTH = 500;

    private final XMLStreamReader xml;
    private final Path origin;
    private int depth;

    XmlCursor(XMLStreamReader xml, Path origin) {
        this.xml = xml;
        this.origin = origin;
    }

    /** Moves to the root element. */
    void toRoot() throws XMLStreamException {
        SecureXmlInput.toRootElement(xml, origin);
        depth = 1;
    }

    /**
     * Moves to the next child element of the current one and returns true, or to the current element's end
     * and returns false.
     */
    boolean nextChild() throws XMLStreamException {
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamReader.START_ELEMENT -> {
                    if (++depth > MAX_DEPTH) {
                        throw error("elements are nested more than " + MAX_DEPTH + " deep");
                    }
                    return true;
                }
                case XMLStreamReader.END_ELEMENT -> {
                    depth--;
                    return false;
                }
                case XMLStreamReader.DTD -> throw SecureXmlInput.refusedDoctype(xml, origin);
                default -> {
                    // text, comments and processing instructions between elements carry nothing we read
                }
            }
        }
        throw error("the file ends inside an element");
    }

    /** Skips the current element with everything in it, leaving the cursor on its end. */
    void skip() throws XMLStreamException {
        int level = 1;
        while (level > 0) {
            if (!xml.hasNext()) {
                throw error("the file ends inside an element");
            }
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                level++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                level--;
            }
        }
        depth--;
    }

    /** The text of the current element and of everything inside it; leaves the cursor on its end. */
    String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int level = 1;
        while (level > 0) {
            if (!xml.hasNext()) {
                throw error("the file ends inside an element");
            }
            switch (xml.next()) {
                case XMLStreamReader.START_ELEMENT -> level++;
                case XMLStreamReader.END_ELEMENT -> level--;
                case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE -> text.append(xml.getText());
                case XMLStreamReader.ENTITY_REFERENCE -> throw error("entity reference &" + xml.getLocalName() + "; is refused");
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
        depth--;
        return text.toString();
    }

    boolean inModel() {
        return BpmnNames.MODEL_NS.equals(xml.getNamespaceURI());
    }

    String local() {
        return xml.getLocalName();
    }

    String namespace() {
        return xml.getNamespaceURI();
    }

    /** An attribute without namespace (as BPMN's own are); vendor attributes of the same local name are not it. */
    String attr(String name) {
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            if (name.equals(xml.getAttributeLocalName(i))) {
                String namespace = xml.getAttributeNamespace(i);
                if (namespace == null || namespace.isEmpty()) {
                    return xml.getAttributeValue(i);
                }
            }
        }
        return null;
    }

    int line() {
        return xml.getLocation().getLineNumber();
    }

    int column() {
        return xml.getLocation().getColumnNumber();
    }

    Path origin() {
        return origin;
    }

    InputException error(String message) {
        return new InputException(origin, line(), column(), message, null);
    }
}
