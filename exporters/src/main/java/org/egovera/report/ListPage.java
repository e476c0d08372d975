package org.egovera.report;

import java.util.List;

/**
 * One page of a list: a heading, a table of rows, and the pager that leads to the other pages.
 *
 * @param firstColumn the heading of the column of links
 * @param diagram     inline SVG figure shown above the table of the first page, or null
 * @param pager       null when the list fits on one page
 */
public record ListPage(String heading, String intro, String diagram, int total, String firstColumn,
        List<String> columns, List<Row> rows, Pager pager) {

    /** A row: the link to an element, then plain cells. */
    public record Row(Link link, List<String> cells) {
    }

    /** Where this page sits among the list's pages. */
    public record Pager(int number, int count, String previous, String next, List<PageNumber> pages) {
    }

    /** A link to one page of the list. */
    public record PageNumber(int number, String href, boolean current) {
    }
}
