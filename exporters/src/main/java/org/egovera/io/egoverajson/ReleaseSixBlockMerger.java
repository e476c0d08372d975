package org.egovera.io.egoverajson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.egovera.io.eira.EiraViews;
import org.egovera.io.support.Names;
import org.egovera.model.AbbOrigin;
import org.egovera.model.AbbStatus;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.DataGapKind;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EiraView;
import org.egovera.model.Element;
import org.egovera.model.PolicyDomain;

/**
 * Merges the building blocks of release 6.0. An entry identified by an EIRA PURI is that EIRA block
 * itself (eGovERA reuses it unchanged), so its links go to the library block. Otherwise an entry is
 * matched to a 2021 block of its domain by name, or, for a legal act, by the act its ELI and the
 * 2021 name identify; the 2021 block takes the entry's URI. What matches nothing is kept as a new
 * block of the domain and listed as an unmatched entry.
 */
final class ReleaseSixBlockMerger {

    private static final EgoveraFactory FACTORY = EgoveraFactory.eINSTANCE;

    private final ImportContext context;
    private final ReleaseSixMerger services;

    ReleaseSixBlockMerger(ImportContext context, ReleaseSixMerger services) {
        this.context = context;
        this.services = services;
    }

    ReleaseMergeTally merge(JsonTable table, ReleaseMergeTally tally) {
        int byName = 0;
        int byAct = 0;
        int reusingEira = 0;
        int added = 0;
        Map<PolicyDomains, ReleaseMatcher<ArchitectureBuildingBlock>> matchers = new LinkedHashMap<>();
        Map<BuildingBlockRecord, ArchitectureBuildingBlock> blockOf = new LinkedHashMap<>();
        Map<String, ArchitectureBuildingBlock> blockByUri = new LinkedHashMap<>();
        for (BuildingBlockRecord record : table.buildingBlocks()) {
            PolicyDomains kind = context.domainOf(record, table);
            PolicyDomain domain = context.domain(kind);
            ReleaseMatcher<ArchitectureBuildingBlock> matcher = matchers.computeIfAbsent(kind,
                    key -> new ReleaseMatcher<>(new ArrayList<>(domain.getBuildingBlocks()), Element::getName));
            ArchitectureBuildingBlock block = context.library.byPersistentUri(record.id());
            if (block != null) {
                reusingEira++;
            } else if ((block = matcher.pair(record.name())) != null) {
                byName++;
            } else if ((block = pairByAct(record, matcher)) != null) {
                byAct++;
            }
            if (block != null && block.getOrigin() == AbbOrigin.EGOVERA) {
                noteMatch(block, record);
                context.uris.claim(block, record.id(), table.fileName(), record.id());
            } else if (block == null) {
                block = addNew(record, table, domain);
                added++;
            }
            blockOf.put(record, block);
            if (blockByUri.putIfAbsent(record.id(), block) != null) {
                context.gaps.record(DataGapKind.DUPLICATE_ID, table.fileName(), record.id(), "id", record.id(),
                        "a second entry with this URI ('" + Names.clean(record.name()) + "'); references to the URI go to the first",
                        block);
            }
        }
        blockOf.forEach((record, block) -> link(record, block, blockByUri, table));
        return tally.withBlocks(byName, byAct, reusingEira, added);
    }

    /** The first unpaired 2021 block of the domain that names the act the entry's ELI identifies. */
    private static ArchitectureBuildingBlock pairByAct(BuildingBlockRecord record, ReleaseMatcher<ArchitectureBuildingBlock> matcher) {
        LegalAct act = LegalAct.fromEli(record.id());
        if (act == null) {
            return null;
        }
        for (ArchitectureBuildingBlock candidate : matcher.unpaired()) {
            LegalAct named = LegalAct.fromName(candidate.getName());
            if (named != null && named.eli().equals(act.eli())) {
                matcher.remove(candidate);
                return candidate;
            }
        }
        return null;
    }

    private ArchitectureBuildingBlock addNew(BuildingBlockRecord record, JsonTable table, PolicyDomain domain) {
        ArchitectureBuildingBlock block = FACTORY.createArchitectureBuildingBlock();
        String wanted = "v6." + identifierStem(record.id());
        block.setId(context.uniqueId(wanted));
        block.setName(Names.clean(record.name()));
        block.setOrigin(AbbOrigin.EGOVERA);
        block.setStatus(AbbStatus.ACTIVE);
        block.setArea(Names.clean(record.area()));
        block.setProvenance(Elements.provenance(table.layout().release(), record.id(), table.fileName()));
        EiraView view = EiraViews.parse(record.view());
        block.setView(view == null ? EiraView.UNSPECIFIED : view);
        domain.getBuildingBlocks().add(block);
        if (view == null) {
            context.gaps.record(DataGapKind.MALFORMED_VALUE, table.fileName(), record.id(), "view", record.view(),
                    "names none of the five EIRA views", block);
        }
        for (NamedReference member : record.groupingMembers()) {
            if (member.id().startsWith("http")) {
                Elements.addProperty(block, "egovera6:groups", Names.clean(member.name()) + " <" + member.id() + ">");
            } else {
                context.gaps.record(DataGapKind.MALFORMED_VALUE, table.fileName(), record.id(), "properties",
                        Names.clean(member.name()), "the grouping lists this member with a text instead of a URI; the member is not kept",
                        block);
            }
        }
        context.uris.claim(block, record.id(), table.fileName(), record.id());
        context.gaps.record(DataGapKind.UNMATCHED_RELEASE_ENTRY, table.fileName(), record.id(), "name", Names.clean(record.name()),
                "no building block of the 2021 release has this name or names the same act; kept as a new block of release 6.0",
                block);
        return block;
    }

    /** A readable identifier from a 6.0 URI: the local name, or for an ELI its type, year and number. */
    private static String identifierStem(String uri) {
        LegalAct act = LegalAct.fromEli(uri);
        if (act != null) {
            String eli = act.eli().substring("http://data.europa.eu/eli/".length()).replace("/oj", "");
            return "eli." + eli.replace('/', '.');
        }
        return Names.localName(uri).replaceAll("[^A-Za-z0-9_.-]", "");
    }

    private void link(BuildingBlockRecord record, ArchitectureBuildingBlock block, Map<String, ArchitectureBuildingBlock> blockByUri,
            JsonTable table) {
        for (String uri : record.serviceIds()) {
            DigitalPublicService service = services.serviceByUri(uri);
            if (service == null) {
                context.gaps.record(DataGapKind.UNRESOLVED_REFERENCE, table.fileName(), record.id(), "usedBy", uri,
                        "no service of release 6.0 has this URI; no link is made", block);
            } else if (!service.getUses().contains(block)) {
                service.getUses().add(block);
            }
        }
        for (String uri : record.successorIds()) {
            ArchitectureBuildingBlock successor = blockByUri.get(uri);
            if (successor == null) {
                context.gaps.record(DataGapKind.UNRESOLVED_REFERENCE, table.fileName(), record.id(), "successors", uri,
                        "no building block of release 6.0 has this URI; no link is made", block);
            } else if (successor != block && !block.getSuccessors().contains(successor)) {
                block.getSuccessors().add(successor);
            }
        }
    }

    private static void noteMatch(Element element, SourceRecord record) {
        Elements.addProperty(element, Elements.RELEASE_6_ID, record.id());
        String name6 = Names.clean(record.name());
        if (!name6.equals(element.getName())) {
            Elements.addProperty(element, "egovera6:name", name6);
        }
    }
}
