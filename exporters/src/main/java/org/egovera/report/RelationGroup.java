package org.egovera.report;

import java.util.List;

/**
 * The elements one section of a page links to.
 *
 * @param links   the links shown on the page, at most the page's limit
 * @param total   how many there are in all
 * @param allHref the page listing all of them, when there are more than shown
 */
public record RelationGroup(String heading, String anchor, List<Link> links, int total, String allHref) {

    public boolean hasMore() {
        return allHref != null;
    }
}
