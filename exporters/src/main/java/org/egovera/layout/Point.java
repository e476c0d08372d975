package org.egovera.layout;

/** A point in diagram coordinates (absolute, origin at the top left, y downwards). */
public record Point(int x, int y) {
}
