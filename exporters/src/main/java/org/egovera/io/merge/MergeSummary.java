package org.egovera.io.merge;

import java.util.List;

/**
 * What a merge changed.
 *
 * @param added     elements that were not in the catalogue and now are
 * @param updated   elements of the catalogue whose attributes or links changed
 * @param unchanged elements found in both and left as they were
 * @param notes     what was skipped or deserves a look
 */
public record MergeSummary(int added, int updated, int unchanged, List<String> notes) {

    public MergeSummary {
        notes = List.copyOf(notes);
    }

    public String describe() {
        return added + " added, " + updated + " updated, " + unchanged + " unchanged";
    }
}
