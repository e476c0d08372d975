package org.egovera.design.vsm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The viewpoint description read as plain XML, for the checks that need no Sirius metamodel: names of
 * classes, features and services, and the forms of expressions.
 */
public final class OdesignXml {

    /** One attribute of one element: {@code element} is the element's tag, {@code owner} its {@code name} if any. */
    public record Attribute(String element, String owner, String name, String value) {

        @Override
        public String toString() {
            return element + (owner == null ? "" : "[" + owner + "]") + "." + name + "='" + value + "'";
        }
    }

    private final Document document;

    private OdesignXml(Document document) {
        this.document = document;
    }

    public static OdesignXml read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return new OdesignXml(factory.newDocumentBuilder().parse(in));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every attribute of every element, in document order. */
    public List<Attribute> attributes() {
        List<Attribute> all = new ArrayList<>();
        NodeList elements = document.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String owner = element.hasAttribute("name") ? element.getAttribute("name") : null;
            NamedNodeMap attributes = element.getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                Attr attribute = (Attr) attributes.item(j);
                if (attribute.getNamespaceURI() == null) {
                    all.add(new Attribute(element.getLocalName(), owner, attribute.getLocalName(), attribute.getValue()));
                }
            }
        }
        return all;
    }

    /** The values of an attribute wherever it occurs. */
    public List<String> values(String attributeName) {
        return attributes().stream().filter(a -> a.name().equals(attributeName)).map(Attribute::value).toList();
    }

    /** The elements of a tag, each as the list of its attributes. */
    public List<Element> elements(String tag) {
        List<Element> found = new ArrayList<>();
        NodeList elements = document.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            if (((Element) elements.item(i)).getLocalName().equals(tag)) {
                found.add((Element) elements.item(i));
            }
        }
        return found;
    }

    /** True for the attributes that hold interpreted expressions. */
    public static boolean isExpression(Attribute attribute) {
        String name = attribute.name();
        return name.endsWith("Expression") || name.equals("precondition") || name.equals("canEdit")
                || name.equals("message") && attribute.element().equals("ownedRules");
    }
}
