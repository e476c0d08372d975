package org.egovera.io.egoverajson;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.egovera.io.eira.EiraViews;
import org.egovera.io.support.Names;
import org.egovera.model.AbbOrigin;
import org.egovera.model.AbbStatus;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.DataGapKind;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EiraView;

/**
 * Builds the catalogue's base from the 2021 portal release: every capability, service and building
 * block with its source identifier, and every link the files state. What the files get wrong is
 * recorded, never repaired by guessing: the {@code "0"} placeholders, links listed twice, unknown
 * identifiers, a duplicated identifier, a record without its services field.
 */
final class PortalReleaseImporter {

    /** The placeholder the 2021 files write where a service identifier was lost. */
    static final String PLACEHOLDER = "0";

    private static final EgoveraFactory FACTORY = EgoveraFactory.eINSTANCE;

    private final ImportContext context;

    PortalReleaseImporter(ImportContext context) {
        this.context = context;
    }

    void importTables(JsonTable capabilities, JsonTable services, JsonTable blocks) {
        capabilities.capabilities().forEach(record -> addCapability(record, capabilities));
        services.services().forEach(record -> addService(record, services));
        Map<ArchitectureBuildingBlock, BuildingBlockRecord> blockRecords = new LinkedHashMap<>();
        blocks.buildingBlocks().forEach(record -> blockRecords.put(addBlock(record, blocks), record));
        blockRecords.forEach((block, record) -> linkSuccessors(block, record, blocks));
        new LinkCompleteness(context).record("in the 2021 release");
    }

    private void addCapability(CapabilityRecord record, JsonTable table) {
        DigitalBusinessCapability capability = FACTORY.createDigitalBusinessCapability();
        initialise(capability, record, table);
        context.domain(context.domainOf(record, table)).getCapabilities().add(capability);
        context.capabilities.putIfAbsent(record.id(), capability);
    }

    private void addService(ServiceRecord record, JsonTable table) {
        DigitalPublicService service = FACTORY.createDigitalPublicService();
        initialise(service, record, table);
        context.domain(context.domainOf(record, table)).getServices().add(service);
        context.services.putIfAbsent(record.id(), service);
        Set<String> seen = new HashSet<>();
        for (String id : record.capabilityIds()) {
            DigitalBusinessCapability capability = context.capabilities.get(id);
            if (PLACEHOLDER.equals(id)) {
                gap(DataGapKind.PLACEHOLDER_LINK, table, record, "realises", id,
                        "placeholder in place of a capability identifier; no link is made", service);
            } else if (capability == null) {
                gap(DataGapKind.UNRESOLVED_REFERENCE, table, record, "realises", id,
                        "no capability has this identifier; no link is made", service);
            } else if (!seen.add(id)) {
                gap(DataGapKind.DUPLICATE_LINK, table, record, "realises", id, "the capability is listed twice; linked once", service);
            } else {
                service.getRealises().add(capability);
            }
        }
    }

    private ArchitectureBuildingBlock addBlock(BuildingBlockRecord record, JsonTable table) {
        ArchitectureBuildingBlock block = FACTORY.createArchitectureBuildingBlock();
        initialise(block, record, table);
        block.setOrigin(AbbOrigin.EGOVERA);
        block.setStatus(AbbStatus.ACTIVE);
        block.setArea(Names.clean(record.area()));
        EiraView view = EiraViews.parse(record.view());
        block.setView(view == null ? EiraView.UNSPECIFIED : view);
        if (view == null) {
            gap(DataGapKind.MALFORMED_VALUE, table, record, "view", record.view(), "names none of the five EIRA views", block);
        }
        context.domain(context.domainOf(record, table)).getBuildingBlocks().add(block);
        context.blocks.putIfAbsent(record.id(), block);
        linkServices(block, record, table);
        return block;
    }

    private void linkServices(ArchitectureBuildingBlock block, BuildingBlockRecord record, JsonTable table) {
        if (!record.hasServiceField()) {
            gap(DataGapKind.INCOMPLETE_SOURCE_ELEMENT, table, record, "usedBy", null,
                    "the record has no Digital_Public_Service field, so no service is linked", block);
            return;
        }
        Set<String> seen = new HashSet<>();
        long placeholders = record.serviceIds().stream().filter(PLACEHOLDER::equals).count();
        if (placeholders > 0) {
            gap(DataGapKind.PLACEHOLDER_LINK, table, record, "usedBy", PLACEHOLDER, "the placeholder '0' stands "
                    + (placeholders == 1 ? "once" : placeholders + " times") + " in place of a service identifier (a lost link); no link is made",
                    block);
        }
        for (String id : record.serviceIds()) {
            if (PLACEHOLDER.equals(id)) {
                continue;
            }
            DigitalPublicService service = context.services.get(id);
            if (service == null) {
                gap(DataGapKind.UNRESOLVED_REFERENCE, table, record, "usedBy", id,
                        "no service has this identifier; no link is made", block);
            } else if (!seen.add(id)) {
                gap(DataGapKind.DUPLICATE_LINK, table, record, "usedBy", id, "the service is listed twice; linked once", block);
            } else {
                service.getUses().add(block);
            }
        }
    }

    private void linkSuccessors(ArchitectureBuildingBlock block, BuildingBlockRecord record, JsonTable table) {
        Set<String> seen = new HashSet<>();
        for (String id : record.successorIds()) {
            ArchitectureBuildingBlock successor = context.blocks.get(id);
            if (successor != null && !seen.add(id)) {
                gap(DataGapKind.DUPLICATE_LINK, table, record, "successors", id, "the successor is listed twice; linked once", block);
            } else if (successor != null) {
                block.getSuccessors().add(successor);
            } else if (id.contains(":") && List.of(id.split(":")).stream().allMatch(context.blocks::containsKey)) {
                gap(DataGapKind.MALFORMED_VALUE, table, record, "successors", id,
                        "two identifiers joined by ':' where ';' separates them; not split, so no link is made", block);
            } else {
                gap(DataGapKind.UNRESOLVED_REFERENCE, table, record, "successors", id,
                        "no building block has this identifier; no link is made", block);
            }
        }
    }

    /** Identity, name and provenance; a repeated identifier gets a distinct one, and the repetition is recorded. */
    private void initialise(org.egovera.model.Element element, SourceRecord record, JsonTable table) {
        String id = record.id().strip();
        if (context.registerId(id)) {
            element.setId(id);
        } else {
            element.setId(context.uniqueId(id));
            gap(DataGapKind.DUPLICATE_ID, table, record, "id", id, "a second record with this identifier; kept as "
                    + element.getId(), element);
        }
        element.setName(Names.clean(record.name()));
        element.setProvenance(Elements.provenance(table.layout().release(), id, table.fileName()));
    }

    private void gap(DataGapKind kind, JsonTable table, SourceRecord record, String field, String value, String note,
            org.egovera.model.Element subject) {
        context.gaps.record(kind, table.fileName(), record.id(), field, value, note, subject);
    }
}
