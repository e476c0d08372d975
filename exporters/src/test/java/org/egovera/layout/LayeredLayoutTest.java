package org.egovera.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    @Test
    void sourcesLieAboveTargetsAndEdgesAreRouted() {
        List<LayoutNode> nodes = List.of(LayoutNode.box("capability", 140, 60), LayoutNode.box("service1", 140, 60),
                LayoutNode.box("service2", 140, 60), LayoutNode.box("block1", 140, 60), LayoutNode.box("block2", 140, 60),
                LayoutNode.box("block3", 140, 60));
        List<LayoutEdge> edges = List.of(new LayoutEdge("e1", "capability", "service1"), new LayoutEdge("e2", "capability", "service2"),
                new LayoutEdge("e3", "service1", "block1"), new LayoutEdge("e4", "service1", "block2"),
                new LayoutEdge("e5", "service2", "block2"), new LayoutEdge("e6", "service2", "block3"));
        Layout layout = new LayeredLayout().layout(nodes, edges);
        Map<String, PositionedNode> byId = layout.nodesById();
        for (LayoutEdge edge : edges) {
            PositionedNode source = byId.get(edge.source());
            PositionedNode target = byId.get(edge.target());
            assertTrue(source.y() + source.height() <= target.y(), edge.id() + ": source above target");
        }
        assertEquals(edges.size(), layout.edges().size());
        for (RoutedEdge edge : layout.edges()) {
            assertNotNull(edge.start(), edge.id());
            PositionedNode source = byId.get(edge.source());
            assertTrue(edge.start().y() >= source.y() + source.height() - 1, edge.id() + " leaves from the bottom of its source");
        }
        for (PositionedNode a : layout.nodes()) {
            for (PositionedNode b : layout.nodes()) {
                if (a != b) {
                    assertTrue(a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x() || a.y() + a.height() <= b.y()
                            || b.y() + b.height() <= a.y(), a.id() + " overlaps " + b.id());
                }
            }
        }
        assertEquals(layout, new LayeredLayout().layout(nodes, edges), "the same input gives the same drawing");
    }
}
