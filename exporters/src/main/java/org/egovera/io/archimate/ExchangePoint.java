package org.egovera.io.archimate;

/** A point of a diagram (a bendpoint or an attachment), in the diagram's absolute coordinates. */
public record ExchangePoint(int x, int y) {
}
