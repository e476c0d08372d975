package org.egovera.io.egoverajson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.egovera.model.DataGapKind;

/**
 * What an import produced, for the command's report and for tests.
 *
 * @param domains              element counts per policy domain, in catalogue order
 * @param eiraLibrary          the number of EIRA blocks in the library
 * @param gapsByKind           the recorded data gaps by kind
 * @param release6             how release 6.0 met the 2021 data
 * @param overlayElements      elements the overlay added
 * @param composedDescriptions capabilities and services described by template for want of a hand-written line
 * @param unusedDescriptionIds ids of the descriptions file that name no element
 */
public record ImportSummary(List<DomainCounts> domains, int eiraLibrary, Map<DataGapKind, Integer> gapsByKind,
        ReleaseMergeTally release6, int overlayElements, int composedDescriptions, List<String> unusedDescriptionIds) {

    /**
     * @param domain         the domain's name
     * @param capabilities   its capabilities
     * @param services       its services
     * @param buildingBlocks its building blocks
     */
    public record DomainCounts(String domain, int capabilities, int services, int buildingBlocks) {
    }

    public ImportSummary {
        domains = List.copyOf(domains);
        gapsByKind = Map.copyOf(gapsByKind);
        unusedDescriptionIds = List.copyOf(unusedDescriptionIds);
    }

    public int gaps() {
        return gapsByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The summary as lines of text. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        domains.forEach(counts -> lines.add(counts.domain() + ": " + counts.capabilities() + " capabilities, "
                + counts.services() + " services, " + counts.buildingBlocks() + " building blocks"));
        lines.add("EIRA library: " + eiraLibrary + " building blocks");
        lines.add("release 6.0: " + release6.matched() + " entries matched, " + release6.unmatched() + " kept as new elements");
        lines.add("overlay: " + overlayElements + " elements added");
        lines.add("data gaps: " + gaps());
        for (DataGapKind kind : DataGapKind.VALUES) {
            if (gapsByKind.containsKey(kind)) {
                lines.add("  " + kind.getLiteral() + ": " + gapsByKind.get(kind));
            }
        }
        if (composedDescriptions > 0) {
            lines.add("descriptions composed for want of a hand-written line: " + composedDescriptions);
        }
        if (!unusedDescriptionIds.isEmpty()) {
            lines.add("descriptions for unknown ids: " + String.join(", ", unusedDescriptionIds));
        }
        return lines;
    }
}
