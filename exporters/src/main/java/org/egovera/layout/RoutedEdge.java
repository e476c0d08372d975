package org.egovera.layout;

import java.util.List;

/**
 * An edge with its route: the bendpoints between where it leaves the source and where it reaches
 * the target, in absolute coordinates.
 */
public record RoutedEdge(String id, String source, String target, Point start, List<Point> bendpoints, Point end) {

    public RoutedEdge {
        bendpoints = List.copyOf(bendpoints);
    }
}
