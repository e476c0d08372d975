package org.egovera.io.archimate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.egovera.layout.GroupedGridLayout;
import org.egovera.layout.Layout;
import org.egovera.layout.LayoutEdge;
import org.egovera.layout.LayoutNode;
import org.egovera.layout.LayeredLayout;
import org.egovera.layout.Point;
import org.egovera.layout.PositionedNode;
import org.egovera.layout.RoutedEdge;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.EiraView;
import org.egovera.model.Element;
import org.egovera.model.PolicyDomain;

/**
 * The views the exporter draws from the catalogue: the five EIRA views (every building block of
 * the view, grouped by policy domain and area in a grid) and focused views (a capability, a
 * service, a process with what surrounds it, laid out in layers by ELK).
 */
final class DerivedViews {

    static final int BOX_WIDTH = 140;
    static final int BOX_HEIGHT = 60;
    private static final int GRID_WIDTH = 120;
    private static final int GRID_HEIGHT = 55;

    private final ExportContext context;

    DerivedViews(ExportContext context) {
        this.context = context;
    }

    /** One EIRA view: its blocks grouped by policy domain (the EIRA library by ArchiMate type), then by area. */
    ExchangeView eiraView(EiraView eiraView, List<ArchitectureBuildingBlock> blocks) {
        Map<String, Map<String, List<ArchitectureBuildingBlock>>> groups = new LinkedHashMap<>();
        for (ArchitectureBuildingBlock block : blocks) {
            String outer = block.eContainer() instanceof PolicyDomain domain ? label(domain) : "EIRA library";
            String inner = block.eContainer() instanceof PolicyDomain ? area(block) : ArchimateTypeMapper.typeOf(block).getLiteral();
            groups.computeIfAbsent(outer, key -> new LinkedHashMap<>()).computeIfAbsent(inner, key -> new ArrayList<>()).add(block);
        }
        String identifier = context.ids.reserve(ArchimateNames.DERIVED_VIEW_PREFIX + "eira-" + slug(eiraView.getLiteral()));
        Map<String, Element> shown = new HashMap<>();
        Map<String, String> containerLabels = new HashMap<>();
        List<LayoutNode> outerNodes = new ArrayList<>();
        int counter = 0;
        for (var outer : groups.entrySet()) {
            List<LayoutNode> innerNodes = new ArrayList<>();
            for (var inner : outer.getValue().entrySet()) {
                List<LayoutNode> boxes = new ArrayList<>();
                for (ArchitectureBuildingBlock block : inner.getValue()) {
                    String nodeId = identifier + ".n" + ++counter;
                    shown.put(nodeId, block);
                    boxes.add(LayoutNode.box(nodeId, GRID_WIDTH, GRID_HEIGHT));
                }
                String groupId = identifier + ".g" + ++counter;
                containerLabels.put(groupId, inner.getKey());
                innerNodes.add(LayoutNode.group(groupId, inner.getKey(), boxes));
            }
            String groupId = identifier + ".g" + ++counter;
            containerLabels.put(groupId, outer.getKey());
            outerNodes.add(LayoutNode.group(groupId, outer.getKey(), innerNodes));
        }
        Layout layout = new GroupedGridLayout().layout(outerNodes);
        List<ExchangeNode> nodes = new ArrayList<>();
        for (PositionedNode node : layout.nodes()) {
            nodes.add(node(node, shown));
        }
        return ExchangeView.diagram(identifier, null, List.of(new LangText(context.lang, eiraView.getLiteral())),
                List.of(), List.of(), nodes, List.of(), 0);
    }

    /**
     * A focused view: the elements by rank (rank 0 at the top), the relationships written between
     * neighbouring ranks as connections, laid out in layers.
     */
    ExchangeView focusView(String kind, Element subject, Map<Element, Integer> ranks) {
        String identifier = context.ids.reserve(ArchimateNames.DERIVED_VIEW_PREFIX + kind + "-"
                + ExchangeIdentifiers.sanitize(subject.getId() == null ? "element" : subject.getId()));
        Map<Element, String> nodeIds = new LinkedHashMap<>();
        Map<String, Element> shown = new HashMap<>();
        List<LayoutNode> boxes = new ArrayList<>();
        int counter = 0;
        for (Element element : ranks.keySet()) {
            String nodeId = identifier + ".n" + ++counter;
            nodeIds.put(element, nodeId);
            shown.put(nodeId, element);
            boxes.add(LayoutNode.box(nodeId, BOX_WIDTH, BOX_HEIGHT));
        }
        List<LayoutEdge> edges = new ArrayList<>();
        Map<String, ExportContext.Link> links = new LinkedHashMap<>();
        Map<String, Boolean> upwards = new HashMap<>();
        for (Element source : ranks.keySet()) {
            for (ExportContext.Link link : context.linksFrom(source)) {
                // only links between neighbouring ranks: the view's story; links within a rank
                // (successors, dependencies between blocks) would bury it and the layout with it
                if (!nodeIds.containsKey(link.target()) || Math.abs(ranks.get(link.source()) - ranks.get(link.target())) != 1) {
                    continue;
                }
                String edgeId = identifier + ".c" + ++counter;
                boolean up = ranks.get(link.source()) > ranks.get(link.target());
                links.put(edgeId, link);
                upwards.put(edgeId, up);
                String from = nodeIds.get(up ? link.target() : link.source());
                String to = nodeIds.get(up ? link.source() : link.target());
                edges.add(new LayoutEdge(edgeId, from, to));
            }
        }
        Layout layout = new LayeredLayout().layout(boxes, edges);
        List<ExchangeNode> nodes = new ArrayList<>();
        for (PositionedNode node : layout.nodes()) {
            nodes.add(node(node, shown));
        }
        List<ExchangeConnection> connections = new ArrayList<>();
        for (RoutedEdge edge : layout.edges()) {
            ExportContext.Link link = links.get(edge.id());
            List<ExchangePoint> bendpoints = new ArrayList<>();
            for (Point point : edge.bendpoints()) {
                bendpoints.add(new ExchangePoint(point.x(), point.y()));
            }
            if (upwards.get(edge.id())) {
                Collections.reverse(bendpoints);
            }
            connections.add(new ExchangeConnection(edge.id(), ArchimateNames.CONNECTION_RELATIONSHIP, link.identifier(),
                    nodeIds.get(link.source()), nodeIds.get(link.target()), List.of(), List.of(), null, null,
                    bendpoints, null, 0));
        }
        String name = kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1) + ": " + label(subject);
        return ExchangeView.diagram(identifier, null, List.of(new LangText(context.lang, name)), List.of(), List.of(),
                nodes, connections, 0);
    }

    private ExchangeNode node(PositionedNode node, Map<String, Element> shown) {
        List<ExchangeNode> children = new ArrayList<>();
        for (PositionedNode child : node.children()) {
            children.add(node(child, shown));
        }
        Element element = shown.get(node.id());
        if (element != null) {
            return new ExchangeNode(node.id(), ArchimateNames.NODE_ELEMENT, context.ids.of(element), List.of(), List.of(),
                    node.x(), node.y(), node.width(), node.height(), null, List.of(), children, 0);
        }
        return new ExchangeNode(node.id(), ArchimateNames.NODE_CONTAINER, null,
                List.of(new LangText(context.lang, node.label())), List.of(), node.x(), node.y(), node.width(),
                node.height(), null, List.of(), children, 0);
    }

    /** The area a block is grouped under: the EIRA block it specialises, else its recorded area. */
    private static String area(ArchitectureBuildingBlock block) {
        if (block.getSpecialises() != null && block.getSpecialises().getName() != null) {
            return block.getSpecialises().getName();
        }
        return block.getArea() == null || block.getArea().isBlank() ? "No area" : block.getArea().strip();
    }

    private static String label(Element element) {
        return element.getName() == null || element.getName().isBlank() ? String.valueOf(element.getId()) : element.getName();
    }

    private static String slug(String text) {
        return ExchangeIdentifiers.sanitize(text.toLowerCase(Locale.ROOT).replace(' ', '-'));
    }
}
