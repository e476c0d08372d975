package org.egovera.report;

import java.util.List;

/**
 * What every page shares: the way back to the site root ({@code ""} or {@code "../"}), the title, the
 * catalogue's name and version, and the navigation.
 */
public record Shell(String root, String title, String catalogue, List<NavItem> nav) {
}
