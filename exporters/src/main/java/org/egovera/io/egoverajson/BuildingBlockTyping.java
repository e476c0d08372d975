package org.egovera.io.egoverajson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.egovera.io.support.Names;
import org.egovera.model.AbbOrigin;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.DataGapKind;
import org.egovera.model.EiraView;
import org.egovera.model.PolicyDomain;
import org.egovera.model.io.InputException;

/**
 * Completes eGovERA's own building blocks once all releases are merged: each specialises the EIRA
 * block its Area names (through the crosswalk) and takes that block's ArchiMate type; its
 * {@code dct:type} is {@code egovera:<CamelCaseName>}; a legal block whose name or ELI identifies an
 * EU act carries the act's ELI and CELEX, and the ELI becomes its persistent URI where it has none
 * from release 6.0 and no other block names the same act.
 */
final class BuildingBlockTyping {

    private final ImportContext context;
    private final AreaCrosswalk crosswalk;

    BuildingBlockTyping(ImportContext context, AreaCrosswalk crosswalk) {
        this.context = context;
        this.crosswalk = crosswalk;
    }

    void apply() {
        List<ArchitectureBuildingBlock> blocks = new ArrayList<>();
        for (PolicyDomain domain : context.catalogue.getPolicyDomains()) {
            domain.getBuildingBlocks().stream().filter(block -> block.getOrigin() == AbbOrigin.EGOVERA).forEach(blocks::add);
        }
        blocks.forEach(this::specialise);
        blocks.forEach(block -> block.setDctType("egovera:" + Names.upperCamel(block.getName())));
        identifyLegalActs(blocks);
    }

    private void specialise(ArchitectureBuildingBlock block) {
        AreaCrosswalk.Entry entry = crosswalk.entryFor(block.getArea());
        if (entry == null) {
            throw new InputException(crosswalk.source().displayPath(), "no row for the Area '" + block.getArea()
                    + "' of building block " + block.getId() + " (" + block.getProvenance().getSourceFile()
                    + "); add the Area and the EIRA block it names");
        }
        ArchitectureBuildingBlock eira = crosswalk.resolve(entry, context.library);
        block.setSpecialises(eira);
        block.setArchimateType(eira.getArchimateType());
    }

    private void identifyLegalActs(List<ArchitectureBuildingBlock> blocks) {
        Map<String, List<ArchitectureBuildingBlock>> byEli = new LinkedHashMap<>();
        for (ArchitectureBuildingBlock block : blocks) {
            if (block.getView() != EiraView.LEGAL) {
                continue;
            }
            LegalAct act = LegalAct.fromName(block.getName());
            if (act == null) {
                act = LegalAct.fromEli(block.getProvenance().getSourceId());
            }
            if (act != null) {
                block.setEli(act.eli());
                block.setCelex(act.celex());
                byEli.computeIfAbsent(act.eli(), eli -> new ArrayList<>()).add(block);
            }
        }
        byEli.forEach((eli, named) -> {
            for (ArchitectureBuildingBlock block : named) {
                if (block.getPersistentUri() != null || context.gaps.has(block, "persistentUri")) {
                    continue;
                }
                if (named.size() == 1) {
                    context.uris.claim(block, eli, block.getProvenance().getSourceFile(), block.getProvenance().getSourceId());
                } else {
                    context.gaps.record(DataGapKind.DUPLICATE_URI, block.getProvenance().getSourceFile(),
                            block.getProvenance().getSourceId(), "persistentUri", eli,
                            named.size() + " building blocks name this act ("
                                    + String.join(", ", named.stream().map(ArchitectureBuildingBlock::getId).toList())
                                    + "); each keeps its ELI and CELEX, none is given the ELI as persistent URI",
                            block);
                }
            }
        });
    }
}
