package org.egovera.io.archimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.egovera.model.View;
import org.egovera.model.ViewConcept;
import org.egovera.model.ViewConnection;
import org.egovera.model.ViewNode;
import org.egovera.model.ViewPoint;
import org.egovera.model.ViewStyle;

/** Writes the views kept from imported models as they were: nodes, nesting, bendpoints and styles. */
final class StoredViewExport {

    private final ExportContext context;

    StoredViewExport(ExportContext context) {
        this.context = context;
    }

    /** Whether every element and relationship the view shows is exported (a filtered export may leave some out). */
    boolean complete(View view) {
        for (var contents = view.eAllContents(); contents.hasNext();) {
            Object next = contents.next();
            if (next instanceof ViewNode node && node.getElement() != null && !context.isExported(node.getElement())) {
                return false;
            }
            if (next instanceof ViewConnection connection && connection.getRelationship() != null
                    && !context.isExported(connection.getRelationship())) {
                return false;
            }
        }
        return true;
    }

    ExchangeView write(View view) {
        String identifier = context.ids.of(view);
        Map<ViewConcept, String> identifiers = new HashMap<>();
        for (var contents = view.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof ViewConcept concept) {
                String id = concept.getId();
                identifiers.put(concept, context.ids.reserve(id != null && ExchangeIdentifiers.isNcName(id)
                        ? id : ExchangeIdentifiers.fromId(id == null ? identifier + "-concept" : id)));
            }
        }
        List<ExchangeNode> nodes = new ArrayList<>();
        for (ViewNode node : view.getNodes()) {
            nodes.add(node(node, identifiers));
        }
        List<ExchangeConnection> connections = new ArrayList<>();
        for (ViewConnection connection : view.getConnections()) {
            connections.add(connection(connection, identifiers));
        }
        return ExchangeView.diagram(identifier, view.getViewpoint(), ExchangeTexts.names(view, context.lang),
                ExchangeTexts.documentation(view.getDescription(), context.lang),
                PropertyCodec.write(view, identifier, context.lang, context.definitions), nodes, connections, 0);
    }

    private ExchangeNode node(ViewNode node, Map<ViewConcept, String> identifiers) {
        List<ExchangeNode> children = new ArrayList<>();
        for (ViewNode child : node.getNodes()) {
            children.add(node(child, identifiers));
        }
        List<String> viewRefs = new ArrayList<>();
        for (View target : node.getViewRefs()) {
            if (context.isExported(target)) {
                viewRefs.add(context.ids.of(target));
            }
        }
        String elementRef = node.getElement() == null ? null : context.ids.of(node.getElement());
        return new ExchangeNode(identifiers.get(node), node.getKind().getLiteral(), elementRef,
                ExchangeTexts.single(node.getLabel(), context.lang),
                ExchangeTexts.documentation(node.getDescription(), context.lang), node.getX(), node.getY(),
                node.getWidth(), node.getHeight(), style(node.getStyle()), viewRefs, children, 0);
    }

    private ExchangeConnection connection(ViewConnection connection, Map<ViewConcept, String> identifiers) {
        List<ExchangePoint> bendpoints = new ArrayList<>();
        for (ViewPoint point : connection.getBendpoints()) {
            bendpoints.add(point(point));
        }
        boolean shows = connection.getRelationship() != null;
        return new ExchangeConnection(identifiers.get(connection),
                shows ? ArchimateNames.CONNECTION_RELATIONSHIP : ArchimateNames.CONNECTION_LINE,
                shows ? context.ids.of(connection.getRelationship()) : null,
                identifiers.get(connection.getSource()), identifiers.get(connection.getTarget()),
                ExchangeTexts.single(connection.getLabel(), context.lang),
                ExchangeTexts.documentation(connection.getDescription(), context.lang), style(connection.getStyle()),
                point(connection.getSourceAttachment()), bendpoints, point(connection.getTargetAttachment()), 0);
    }

    private static ExchangePoint point(ViewPoint point) {
        return point == null ? null : new ExchangePoint(point.getX(), point.getY());
    }

    private static ExchangeStyle style(ViewStyle style) {
        return style == null ? null : new ExchangeStyle(style.getFillColor(), style.getLineColor(), style.getLineWidth(),
                style.getFontName(), style.getFontSize(), style.getFontStyle(), style.getFontColor());
    }
}
