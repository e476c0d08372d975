package org.egovera.io.egoverajson;

import java.util.List;

/**
 * An architecture building block.
 *
 * @param view            the view as written ({@code Semantic }, {@code Technical view - Application}...)
 * @param area            the name of the EIRA block it specialises, as written
 * @param serviceIds      the services that use it, as written (placeholders included)
 * @param hasServiceField false where the record lacks the services field altogether
 * @param successorIds    the blocks that succeed it, as written
 * @param groupingMembers for a grouping of release 6.0, the blocks it groups
 */
public record BuildingBlockRecord(String id, String policy, String view, String area, String name,
        List<String> serviceIds, boolean hasServiceField, List<String> successorIds,
        List<NamedReference> groupingMembers, int line) implements SourceRecord {

    public BuildingBlockRecord {
        serviceIds = List.copyOf(serviceIds);
        successorIds = List.copyOf(successorIds);
        groupingMembers = List.copyOf(groupingMembers);
    }
}
