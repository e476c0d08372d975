package org.egovera.io.archimate;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/** Reads the {@code views} section: each diagram with its nodes (nested), connections, bendpoints and styles. */
final class DiagramParse {

    /** Reads a view's properties; the model parse knows the property definitions. */
    @FunctionalInterface
    interface PropertiesReader {
        List<ExchangeProperty> read() throws XMLStreamException;
    }

    private final StaxCursor cursor;
    private final PropertiesReader properties;

    DiagramParse(StaxCursor cursor, PropertiesReader properties) {
        this.cursor = cursor;
        this.properties = properties;
    }

    void views(List<ExchangeView> views) throws XMLStreamException {
        while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (ArchimateNames.DIAGRAMS.equals(cursor.reader.getLocalName())) {
                cursor.children(ArchimateNames.VIEW, () -> views.add(view()));
            } else {
                cursor.skip();
            }
        }
    }

    private ExchangeView view() throws XMLStreamException {
        int line = cursor.line();
        String identifier = cursor.required(ArchimateNames.IDENTIFIER);
        String type = cursor.xsiType();
        String viewpoint = cursor.attribute(ArchimateNames.VIEWPOINT);
        List<LangText> names = new ArrayList<>();
        List<LangText> documentation = new ArrayList<>();
        List<ExchangeProperty> viewProperties = new ArrayList<>();
        List<ExchangeNode> nodes = new ArrayList<>();
        List<ExchangeConnection> connections = new ArrayList<>();
        while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (cursor.reader.getLocalName()) {
                case ArchimateNames.NAME -> names.add(cursor.langText());
                case ArchimateNames.DOCUMENTATION -> documentation.add(cursor.langText());
                case ArchimateNames.PROPERTIES -> viewProperties.addAll(properties.read());
                case ArchimateNames.NODE -> nodes.add(node());
                case ArchimateNames.CONNECTION -> connections.add(connection());
                default -> cursor.skip();
            }
        }
        ExchangeView view = ExchangeView.diagram(identifier, viewpoint, names, documentation, viewProperties, nodes,
                connections, line);
        return new ExchangeView(view.identifier(), type == null ? ArchimateNames.DIAGRAM : type, view.viewpoint(),
                view.names(), view.documentation(), view.properties(), view.elementRefs(), view.relationshipRefs(),
                view.nodes(), view.connections(), line);
    }

    private ExchangeNode node() throws XMLStreamException {
        int line = cursor.line();
        String identifier = cursor.required(ArchimateNames.IDENTIFIER);
        String type = cursor.xsiType();
        String elementRef = cursor.attribute(ArchimateNames.ELEMENT_REF);
        if (type == null) {
            type = elementRef != null ? ArchimateNames.NODE_ELEMENT : ArchimateNames.NODE_CONTAINER;
        }
        int x = cursor.integer(ArchimateNames.X, 0);
        int y = cursor.integer(ArchimateNames.Y, 0);
        int w = cursor.integer(ArchimateNames.W, 1);
        int h = cursor.integer(ArchimateNames.H, 1);
        List<LangText> labels = new ArrayList<>();
        List<LangText> documentation = new ArrayList<>();
        List<String> viewRefs = new ArrayList<>();
        List<ExchangeNode> children = new ArrayList<>();
        ExchangeStyle style = null;
        while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (cursor.reader.getLocalName()) {
                case ArchimateNames.LABEL -> labels.add(cursor.langText());
                case ArchimateNames.DOCUMENTATION -> documentation.add(cursor.langText());
                case ArchimateNames.STYLE -> style = style();
                case ArchimateNames.VIEW_REF -> {
                    viewRefs.add(cursor.required(ArchimateNames.REF));
                    cursor.skip();
                }
                case ArchimateNames.NODE -> children.add(node());
                default -> cursor.skip();
            }
        }
        return new ExchangeNode(identifier, type, elementRef, labels, documentation, x, y, w, h, style, viewRefs,
                children, line);
    }

    private ExchangeConnection connection() throws XMLStreamException {
        int line = cursor.line();
        String identifier = cursor.required(ArchimateNames.IDENTIFIER);
        String type = cursor.xsiType();
        String relationshipRef = cursor.attribute(ArchimateNames.RELATIONSHIP_REF);
        if (type == null) {
            type = relationshipRef != null ? ArchimateNames.CONNECTION_RELATIONSHIP : ArchimateNames.CONNECTION_LINE;
        }
        String source = cursor.attribute(ArchimateNames.SOURCE);
        String target = cursor.attribute(ArchimateNames.TARGET);
        List<LangText> labels = new ArrayList<>();
        List<LangText> documentation = new ArrayList<>();
        List<ExchangePoint> bendpoints = new ArrayList<>();
        ExchangeStyle style = null;
        ExchangePoint sourceAttachment = null;
        ExchangePoint targetAttachment = null;
        while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (cursor.reader.getLocalName()) {
                case ArchimateNames.LABEL -> labels.add(cursor.langText());
                case ArchimateNames.DOCUMENTATION -> documentation.add(cursor.langText());
                case ArchimateNames.STYLE -> style = style();
                case ArchimateNames.SOURCE_ATTACHMENT -> sourceAttachment = point();
                case ArchimateNames.BENDPOINT -> bendpoints.add(point());
                case ArchimateNames.TARGET_ATTACHMENT -> targetAttachment = point();
                default -> cursor.skip();
            }
        }
        return new ExchangeConnection(identifier, type, relationshipRef, source, target, labels, documentation, style,
                sourceAttachment, bendpoints, targetAttachment, line);
    }

    private ExchangePoint point() throws XMLStreamException {
        ExchangePoint point = new ExchangePoint(cursor.integer(ArchimateNames.X, 0), cursor.integer(ArchimateNames.Y, 0));
        cursor.skip();
        return point;
    }

    private ExchangeStyle style() throws XMLStreamException {
        String lineWidth = cursor.attribute(ArchimateNames.LINE_WIDTH);
        String fill = null;
        String line = null;
        String fontName = null;
        String fontSize = null;
        String fontStyle = null;
        String fontColor = null;
        while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (cursor.reader.getLocalName()) {
                case ArchimateNames.FILL_COLOR -> fill = color();
                case ArchimateNames.LINE_COLOR -> line = color();
                case ArchimateNames.FONT -> {
                    fontName = cursor.attribute(ArchimateNames.FONT_NAME);
                    fontSize = cursor.attribute(ArchimateNames.FONT_SIZE);
                    fontStyle = cursor.attribute(ArchimateNames.FONT_STYLE);
                    while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        if (ArchimateNames.COLOR.equals(cursor.reader.getLocalName())) {
                            fontColor = color();
                        } else {
                            cursor.skip();
                        }
                    }
                }
                default -> cursor.skip();
            }
        }
        Integer width = lineWidth == null ? null : cursor.integerOf(lineWidth, ArchimateNames.LINE_WIDTH);
        return new ExchangeStyle(fill, line, width, fontName, fontSize, fontStyle, fontColor);
    }

    /** A colour as {@code r,g,b} or {@code r,g,b,a}. */
    private String color() throws XMLStreamException {
        String rgb = cursor.integer(ArchimateNames.R, 0) + "," + cursor.integer(ArchimateNames.G, 0) + ","
                + cursor.integer(ArchimateNames.B, 0);
        String alpha = cursor.attribute(ArchimateNames.A);
        cursor.skip();
        return alpha == null ? rgb : rgb + "," + cursor.integerOf(alpha, ArchimateNames.A);
    }
}
