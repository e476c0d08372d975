package org.egovera.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * A layered (Sugiyama) layout by Eclipse ELK: sources above targets, few crossings, orthogonal
 * edge routes. For the focused views (a capability, a service, a process) of tens of nodes.
 */
public final class LayeredLayout {

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private final double nodeSpacing;
    private final double layerSpacing;

    public LayeredLayout() {
        this(30, 60);
    }

    public LayeredLayout(double nodeSpacing, double layerSpacing) {
        this.nodeSpacing = nodeSpacing;
        this.layerSpacing = layerSpacing;
    }

    /** Lays out boxes (groups are laid out as boxes of their given size) and routes the edges between them. */
    public Layout layout(List<LayoutNode> nodes, List<LayoutEdge> edges) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, nodeSpacing);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerSpacing);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, layerSpacing / 3);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        Map<String, ElkNode> byId = new HashMap<>();
        for (LayoutNode node : nodes) {
            ElkNode elkNode = ElkGraphUtil.createNode(root);
            elkNode.setIdentifier(node.id());
            elkNode.setDimensions(Math.max(1, node.width()), Math.max(1, node.height()));
            byId.put(node.id(), elkNode);
        }
        Map<ElkEdge, LayoutEdge> edgeOf = new HashMap<>();
        List<ElkEdge> elkEdges = new ArrayList<>();
        for (LayoutEdge edge : edges) {
            ElkNode source = byId.get(edge.source());
            ElkNode target = byId.get(edge.target());
            if (source == null || target == null) {
                throw new IllegalArgumentException("edge " + edge.id() + " joins a node that is not in the layout");
            }
            ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(source, target);
            edgeOf.put(elkEdge, edge);
            elkEdges.add(elkEdge);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<PositionedNode> positioned = new ArrayList<>();
        for (LayoutNode node : nodes) {
            ElkNode elkNode = byId.get(node.id());
            positioned.add(new PositionedNode(node.id(), node.label(), (int) Math.round(elkNode.getX()),
                    (int) Math.round(elkNode.getY()), (int) Math.round(elkNode.getWidth()),
                    (int) Math.round(elkNode.getHeight()), List.of()));
        }
        List<RoutedEdge> routed = new ArrayList<>();
        for (ElkEdge elkEdge : elkEdges) {
            LayoutEdge edge = edgeOf.get(elkEdge);
            List<Point> bendpoints = new ArrayList<>();
            Point start = null;
            Point end = null;
            if (!elkEdge.getSections().isEmpty()) {
                ElkEdgeSection section = elkEdge.getSections().get(0);
                start = point(section.getStartX(), section.getStartY());
                end = point(section.getEndX(), section.getEndY());
                for (ElkBendPoint bend : section.getBendPoints()) {
                    bendpoints.add(point(bend.getX(), bend.getY()));
                }
            }
            routed.add(new RoutedEdge(edge.id(), edge.source(), edge.target(), start, bendpoints, end));
        }
        return new Layout(positioned, routed, (int) Math.ceil(root.getWidth()), (int) Math.ceil(root.getHeight()));
    }

    private static Point point(double x, double y) {
        return new Point((int) Math.round(x), (int) Math.round(y));
    }
}
