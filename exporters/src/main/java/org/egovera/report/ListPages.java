package org.egovera.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a long list as numbered pages ({@code base.html}, {@code base-2.html}...) so that no page grows
 * with the catalogue.
 */
final class ListPages {

    static final int ROWS_PER_PAGE = 500;

    private ListPages() {
    }

    /** The site-relative address of page {@code number} (from 1) of the list at {@code base}. */
    static String path(String base, int number) {
        return base + (number == 1 ? "" : "-" + number) + ".html";
    }

    /** Writes every page of the list; {@code base} is site-relative, without {@code .html}. */
    static void write(Site site, String base, String section, String heading, String intro, String firstColumn,
            List<String> columns, List<ListPage.Row> rows) {
        write(site, base, section, heading, intro, null, firstColumn, columns, rows);
    }

    /** As {@link #write}, with a diagram above the first page's table ({@code diagram} may be null). */
    static void write(Site site, String base, String section, String heading, String intro, String diagram,
            String firstColumn, List<String> columns, List<ListPage.Row> rows) {
        int count = Math.max(1, (rows.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
        String fileBase = base.substring(base.lastIndexOf('/') + 1);
        for (int number = 1; number <= count; number++) {
            List<ListPage.Row> slice = rows.subList((number - 1) * ROWS_PER_PAGE,
                    Math.min(rows.size(), number * ROWS_PER_PAGE));
            ListPage.Pager pager = count == 1 ? null : pager(fileBase, number, count);
            String title = count == 1 ? heading : heading + " (page " + number + ")";
            site.write("list", path(base, number), title, section,
                    new ListPage(heading, intro, number == 1 ? diagram : null, rows.size(), firstColumn, columns, slice, pager));
        }
    }

    private static ListPage.Pager pager(String fileBase, int number, int count) {
        List<ListPage.PageNumber> pages = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            pages.add(new ListPage.PageNumber(n, path(fileBase, n), n == number));
        }
        return new ListPage.Pager(number, count, number > 1 ? path(fileBase, number - 1) : null,
                number < count ? path(fileBase, number + 1) : null, pages);
    }
}
