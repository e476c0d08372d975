package org.egovera.io.egoverajson;

import org.egovera.model.AbbOrigin;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.DataGapKind;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.Element;
import org.egovera.model.PolicyDomain;

/**
 * Once every release is merged, records the links the sources leave out altogether: services that
 * realise no capability or use no building block, and eGovERA blocks no service uses. No link is
 * invented; the gap lets validation report the rule as a known defect of the source (a warning).
 * Elements already carrying a gap for the same feature (an unresolved or placeholder link) are not
 * recorded twice.
 */
final class LinkCompleteness {

    private final ImportContext context;

    LinkCompleteness(ImportContext context) {
        this.context = context;
    }

    void record() {
        for (PolicyDomain domain : context.catalogue.getPolicyDomains()) {
            for (DigitalPublicService service : domain.getServices()) {
                if (service.getRealises().isEmpty()) {
                    missing(service, "realises", "no source links this service to a capability");
                }
                if (service.getUses().isEmpty()) {
                    missing(service, "uses", "no source links this service to a building block");
                }
            }
            for (ArchitectureBuildingBlock block : domain.getBuildingBlocks()) {
                if (block.getOrigin() == AbbOrigin.EGOVERA && block.getUsedBy().isEmpty()) {
                    missing(block, "usedBy", "no source links this building block to a service");
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
