package org.egovera.io.egoverajson;

import org.egovera.model.AbbOrigin;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.DataGapKind;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.Element;
import org.egovera.model.PolicyDomain;

/**
 * Records the links a source leaves out altogether: services that realise no capability or use no
 * building block, and eGovERA blocks no service uses. It runs after the 2021 release is read, so
 * that release's own omissions are recorded even where release 6.0 later supplies links, and again
 * at the end for what is still missing. No link is invented; the gap lets validation report the
 * rule as a known defect of the source (a warning). Elements already carrying a gap for the same
 * feature (an unresolved or placeholder link) are not recorded twice.
 */
final class LinkCompleteness {

    private final ImportContext context;

    LinkCompleteness(ImportContext context) {
        this.context = context;
    }

    /** Records what is missing now; {@code where} says in which data, for the notes ("in the 2021 release"). */
    void record(String where) {
        for (PolicyDomain domain : context.catalogue.getPolicyDomains()) {
            for (DigitalPublicService service : domain.getServices()) {
                if (service.getRealises().isEmpty()) {
                    missing(service, "realises", where + ", this service is linked to no capability");
                }
                if (service.getUses().isEmpty()) {
                    missing(service, "uses", where + ", this service is linked to no building block");
                }
            }
            for (ArchitectureBuildingBlock block : domain.getBuildingBlocks()) {
                if (block.getOrigin() == AbbOrigin.EGOVERA && block.getUsedBy().isEmpty()) {
                    missing(block, "usedBy", where + ", this building block is linked to no service");
                }
            }
        }
    }

    private void missing(Element element, String field, String note) {
        if (!context.gaps.has(element, field)) {
            context.gaps.record(DataGapKind.MISSING_LINK, element.getProvenance().getSourceFile(),
                    element.getProvenance().getSourceId(), field, null, note, element);
        }
    }
}
