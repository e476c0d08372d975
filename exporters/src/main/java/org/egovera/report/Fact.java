package org.egovera.report;

/** One labelled value of an element; {@code href} makes the value a link (a persistent URI, a page). */
public record Fact(String label, String value, String href) {
}
