package org.egovera.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.egovera.model.Catalogue;
import org.junit.jupiter.api.Test;

class SharingAnalysisTest {

    private final Catalogue catalogue = TraceFixtures.mappedCatalogue();

    @Test
    void aBlockServingTwoProcessesIsACandidateAndCallersCountAsServed() {
        SharingReport report = SharingAnalysis.of(catalogue, 2, null);
        assertEquals(1, report.memberStates());
        assertEquals("all Member States in the catalogue", report.memberStatesBasis());
        SharingReport.Candidate block = report.candidates().stream().filter(candidate -> candidate.id().equals("ABB1")).findFirst().orElseThrow();
        assertEquals(List.of("Reg", "Risk"), block.processes().stream().map(SharingReport.ServedProcess::id).toList());
        assertEquals(List.of("Reg/B", "Risk/R1"), block.tasks());
        assertEquals(List.of("BE"), block.memberStatesUsingSolutions());
        assertEquals(0, block.pointToPointInterfaces());
        assertEquals(2, block.centralInterfaces());
    }

    @Test
    void aServiceOfOneProcessIsACandidateOnceACallerUsesTheProcess() {
        SharingReport report = SharingAnalysis.of(catalogue, 2, 27);
        assertTrue(report.candidates().stream().noneMatch(candidate -> candidate.id().equals("DPS1")),
                "DPS1 serves only the registration process");
        SharingReport.Candidate block = report.candidates().get(0);
        assertEquals(702, block.pointToPointInterfaces());
        assertEquals(28, block.centralInterfaces());
        assertEquals(674, block.interfacesSaved());
        assertEquals("given", report.memberStatesBasis());
    }

    @Test
    void aHigherThresholdLeavesNoCandidate() {
        assertTrue(SharingAnalysis.of(catalogue, 3, null).candidates().isEmpty());
    }
}
