package org.egovera.layout;

/**
 * An edge to route, from {@code source} to {@code target} in the direction the layout flows
 * (a layered layout puts sources above targets).
 */
public record LayoutEdge(String id, String source, String target) {
}
