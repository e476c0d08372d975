package org.egovera.layout;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The result of a layout: positioned nodes and routed edges, and the size of the whole drawing. */
public record Layout(List<PositionedNode> nodes, List<RoutedEdge> edges, int width, int height) {

    public Layout {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** Every node, nested ones included, by identifier. */
    public Map<String, PositionedNode> nodesById() {
        return nodes.stream().flatMap(PositionedNode::selfAndDescendants)
                .collect(Collectors.toMap(PositionedNode::id, Function.identity(), (first, second) -> first));
    }
}
