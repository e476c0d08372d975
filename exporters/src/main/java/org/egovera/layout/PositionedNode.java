package org.egovera.layout;

import java.util.List;
import java.util.stream.Stream;

/**
 * A node with its place, in absolute diagram coordinates; a group carries its positioned children.
 */
public record PositionedNode(String id, String label, int x, int y, int width, int height, List<PositionedNode> children) {

    public PositionedNode {
        children = List.copyOf(children);
    }

    /** This node and all nodes nested in it, depth first. */
    public Stream<PositionedNode> selfAndDescendants() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(PositionedNode::selfAndDescendants));
    }

    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }
}
