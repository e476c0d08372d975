package org.egovera.report;

import java.util.List;

/** The content of the home page: the catalogue at a glance. */
public record HomePage(String name, String version, String description, List<DomainRow> domains,
        List<KindCount> kinds, int eiraLibrarySize, List<Link> priority, int priorityTotal, String priorityAllHref,
        List<ViewCard> views, long errors, long warnings, String findingsHref, int gaps, String gapsHref,
        List<NavItem> analyses) {

    /** One policy domain's figures. */
    public record DomainRow(Link link, int capabilities, int priority, int services, int buildingBlocks) {
    }

    /** How many elements of one kind there are, with the link to their list. */
    public record KindCount(String href, String label, int count) {
    }

    /** One of the five EIRA views and how many building blocks it has. */
    public record ViewCard(String href, String slug, String name, int count, String description) {
    }
}
