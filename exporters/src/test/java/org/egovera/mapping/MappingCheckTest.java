package org.egovera.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.egovera.mapping.MappingFinding.Code;
import org.egovera.model.AbbStatus;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.junit.jupiter.api.Test;

class MappingCheckTest {

    @Test
    void withoutAnyMappingEveryTaskIsUnmapped() {
        Catalogue catalogue = MappingFixtures.catalogueWithRegistration();
        List<MappingFinding> findings = MappingCheck.check(catalogue, List.of());
        assertEquals(Map.of("UNMAPPED", 4L), counts(findings));
        assertTrue(findings.get(0).message().contains("'Apply for registration' (userTask) has no mapping"), findings.get(0).message());
    }

    @Test
    void aCompleteMappingFileLeavesOnlyTheTasksItDoesNotCover() {
        Catalogue catalogue = MappingFixtures.catalogueWithRegistration();
        List<MappingFinding> findings = MappingCheck.check(catalogue, List.of(MappingFixtures.mapping("registration.mapping.csv")));
        assertEquals(List.of("X"), findings.stream().map(MappingFinding::task).toList(), "the call activity X is not in the file");
        assertEquals(Code.UNMAPPED, findings.get(0).code());
    }

    @Test
    void unknownIdsStaleLinesRenamesAndEmptyLinesAreFindingsWithTheirLines() {
        Catalogue catalogue = MappingFixtures.catalogueWithRegistration();
        List<MappingFinding> findings = MappingCheck.check(catalogue, List.of(
                MappingFixtures.mapping("stale-and-renamed.mapping.csv"), MappingFixtures.mapping("unknown-id.mapping.csv")));
        Map<String, Long> counts = counts(findings);
        assertEquals(1L, counts.get("TASK_RENAMED"));
        assertEquals(1L, counts.get("UNKNOWN_TASK"));
        assertEquals(1L, counts.get("EMPTY_WITHOUT_NOTE"));
        assertEquals(1L, counts.get("UNKNOWN_ID"));
        MappingFinding unknown = findings.stream().filter(finding -> finding.code() == Code.UNKNOWN_ID).findFirst().orElseThrow();
        assertEquals(3, unknown.line());
        assertTrue(unknown.where().endsWith("unknown-id.mapping.csv:3: "), unknown.where());
        MappingFinding renamed = findings.stream().filter(finding -> finding.code() == Code.TASK_RENAMED).findFirst().orElseThrow();
        assertTrue(renamed.message().contains("reviewed as 'Apply on paper for registration', the task is now 'Apply for registration'"),
                renamed.message());
    }

    @Test
    void aTaskRelyingOnAnObsoleteBlockIsAFindingNamingItsSuccessors() {
        Catalogue catalogue = MappingFixtures.catalogueWithRegistration();
        MappingLoader.load(catalogue, List.of(MappingFixtures.mapping("registration.mapping.csv")));
        ArchitectureBuildingBlock block = catalogue.getPolicyDomains().get(0).getBuildingBlocks().get(0);
        block.setStatus(AbbStatus.OBSOLETE);
        block.getSuccessors().add(catalogue.getEiraLibrary().get(0));
        List<MappingFinding> findings = MappingCheck.check(catalogue, List.of());
        MappingFinding obsolete = findings.stream().filter(finding -> finding.code() == Code.OBSOLETE_BLOCK).findFirst().orElseThrow();
        assertEquals("B", obsolete.task());
        assertTrue(obsolete.message().contains("obsolete building block ABB1") && obsolete.message().contains("successors: eira.DataExchange"),
                obsolete.message());
    }

    private static Map<String, Long> counts(List<MappingFinding> findings) {
        return findings.stream().collect(Collectors.groupingBy(finding -> finding.code().name(), TreeMap::new, Collectors.counting()));
    }
}
