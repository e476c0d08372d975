package org.egovera.report;

import java.util.List;

/**
 * The content of one element's page.
 *
 * @param kind       what the element is (the singular of its page kind)
 * @param listHref   the list of all elements of its kind
 * @param diagram    the element's neighbourhood as inline SVG, or null
 * @param tasks      a process's tasks (empty for other elements)
 */
public record ElementPage(String kind, String listHref, String name, String id, String description,
        List<Fact> facts, List<RelationGroup> relations, List<FindingLine> findings, List<FindingLine> gaps,
        List<Fact> properties, List<Fact> labels, List<Fact> provenance, List<TaskRow> tasks, String diagram) {

    public boolean hasNotes() {
        return !findings.isEmpty() || !gaps.isEmpty();
    }

    public boolean hasDetails() {
        return !properties.isEmpty() || !labels.isEmpty() || !provenance.isEmpty();
    }
}
