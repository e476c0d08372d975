package org.egovera.report;

/** An entry of the site navigation; {@code current} marks the section the page belongs to. */
public record NavItem(String href, String label, boolean current) {
}
