package org.egovera.io.archimate;

import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.egovera.model.io.Progress;

/** The {@code views} section of an exchange file: diagrams with their nodes, connections and styles. */
final class ViewsSection {

    private final XmlOut xml;
    private final Progress progress;

    ViewsSection(XmlOut xml, Progress progress) {
        this.xml = xml;
        this.progress = progress;
    }

    void write(List<ExchangeView> views) throws XMLStreamException {
        if (views.isEmpty()) {
            return;
        }
        progress.start("Writing views", views.size());
        xml.start(ArchimateNames.VIEWS);
        xml.start(ArchimateNames.DIAGRAMS);
        for (ExchangeView view : views) {
            xml.start(ArchimateNames.VIEW);
            xml.attribute(ArchimateNames.IDENTIFIER, view.identifier());
            xml.xsiType(ArchimateNames.DIAGRAM);
            xml.attribute(ArchimateNames.VIEWPOINT, view.viewpoint());
            ArchimateExchangeWriter.names(xml, ArchimateNames.NAME, view.names());
            xml.texts(ArchimateNames.DOCUMENTATION, view.documentation());
            ArchimateExchangeWriter.properties(xml, view.properties());
            for (ExchangeNode node : view.nodes()) {
                node(node);
            }
            for (ExchangeConnection connection : view.connections()) {
                connection(connection);
            }
            xml.end();
            progress.advance(1);
        }
        xml.end();
        xml.end();
        progress.done();
    }

    private void node(ExchangeNode node) throws XMLStreamException {
        xml.start(ArchimateNames.NODE);
        xml.attribute(ArchimateNames.IDENTIFIER, node.identifier());
        xml.attribute(ArchimateNames.ELEMENT_REF, node.elementRef());
        xml.xsiType(node.type());
        xml.attribute(ArchimateNames.X, Math.max(0, node.x()));
        xml.attribute(ArchimateNames.Y, Math.max(0, node.y()));
        xml.attribute(ArchimateNames.W, Math.max(1, node.width()));
        xml.attribute(ArchimateNames.H, Math.max(1, node.height()));
        xml.texts(ArchimateNames.LABEL, node.labels());
        xml.texts(ArchimateNames.DOCUMENTATION, node.documentation());
        style(node.style());
        viewRefs(node.viewRefs());
        for (ExchangeNode child : node.nodes()) {
            node(child);
        }
        xml.end();
    }

    private void connection(ExchangeConnection connection) throws XMLStreamException {
        xml.start(ArchimateNames.CONNECTION);
        xml.attribute(ArchimateNames.IDENTIFIER, connection.identifier());
        xml.attribute(ArchimateNames.RELATIONSHIP_REF, connection.relationshipRef());
        xml.xsiType(connection.type());
        xml.attribute(ArchimateNames.SOURCE, connection.source());
        xml.attribute(ArchimateNames.TARGET, connection.target());
        xml.texts(ArchimateNames.LABEL, connection.labels());
        xml.texts(ArchimateNames.DOCUMENTATION, connection.documentation());
        style(connection.style());
        point(ArchimateNames.SOURCE_ATTACHMENT, connection.sourceAttachment());
        for (ExchangePoint bendpoint : connection.bendpoints()) {
            point(ArchimateNames.BENDPOINT, bendpoint);
        }
        point(ArchimateNames.TARGET_ATTACHMENT, connection.targetAttachment());
        xml.end();
    }

    private void viewRefs(List<String> viewRefs) throws XMLStreamException {
        for (String viewRef : viewRefs) {
            xml.empty(ArchimateNames.VIEW_REF);
            xml.attribute(ArchimateNames.REF, viewRef);
        }
    }

    private void point(String element, ExchangePoint point) throws XMLStreamException {
        if (point != null) {
            xml.empty(element);
            xml.attribute(ArchimateNames.X, Math.max(0, point.x()));
            xml.attribute(ArchimateNames.Y, Math.max(0, point.y()));
        }
    }

    private void style(ExchangeStyle style) throws XMLStreamException {
        if (style == null) {
            return;
        }
        xml.start(ArchimateNames.STYLE);
        if (style.lineWidth() != null) {
            xml.attribute(ArchimateNames.LINE_WIDTH, style.lineWidth());
        }
        color(ArchimateNames.LINE_COLOR, style.lineColor());
        color(ArchimateNames.FILL_COLOR, style.fillColor());
        if (style.hasFont()) {
            if (style.fontColor() == null) {
                xml.empty(ArchimateNames.FONT);
                fontAttributes(style);
            } else {
                xml.start(ArchimateNames.FONT);
                fontAttributes(style);
                color(ArchimateNames.COLOR, style.fontColor());
                xml.end();
            }
        }
        xml.end();
    }

    private void fontAttributes(ExchangeStyle style) throws XMLStreamException {
        xml.attribute(ArchimateNames.FONT_NAME, style.fontName());
        xml.attribute(ArchimateNames.FONT_SIZE, style.fontSize());
        xml.attribute(ArchimateNames.FONT_STYLE, style.fontStyle());
    }

    /** A colour {@code r,g,b} or {@code r,g,b,a} as the format's attributes. */
    private void color(String element, String rgba) throws XMLStreamException {
        if (rgba == null) {
            return;
        }
        String[] parts = rgba.split(",");
        xml.empty(element);
        xml.attribute(ArchimateNames.R, parts[0].strip());
        xml.attribute(ArchimateNames.G, parts.length > 1 ? parts[1].strip() : "0");
        xml.attribute(ArchimateNames.B, parts.length > 2 ? parts[2].strip() : "0");
        if (parts.length > 3) {
            xml.attribute(ArchimateNames.A, parts[3].strip());
        }
    }
}
