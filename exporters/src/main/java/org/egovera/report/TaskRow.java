package org.egovera.report;

import java.util.List;

/** A task as its process's page lists it, with what supports it and what validation says of it. */
public record TaskRow(String anchor, String name, String id, String kind, String performer, Link performedBy,
        List<Link> services, List<Link> buildingBlocks, String mappingNote, List<FindingLine> findings) {

    public boolean unmapped() {
        return services.isEmpty() && buildingBlocks.isEmpty();
    }
}
