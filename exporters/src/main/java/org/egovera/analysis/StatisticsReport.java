package org.egovera.analysis;

import java.util.List;
import java.util.Map;

/**
 * The figures of a catalogue.
 *
 * @param eiraLibrarySize the number of EIRA ABBs in the catalogue's EIRA library
 * @param prioritySet     what the priority capabilities reach in this catalogue
 * @param strategy2022    the same figures as the tax IT strategy states them
 */
public record StatisticsReport(
        String catalogue,
        String version,
        Map<String, DomainCounts> domains,
        Map<String, Integer> elementsByClass,
        Map<String, Integer> buildingBlocksByView,
        Map<String, Integer> buildingBlocksByArchimateType,
        Map<String, Integer> solutionsBySourcing,
        int eiraLibrarySize,
        PrioritySet prioritySet,
        PrioritySet strategy2022,
        Map<String, Integer> dataGapsByKind,
        List<GapLine> dataGaps) {
}
