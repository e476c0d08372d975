package org.egovera.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.egovera.catalogue.CannedQueries;
import org.egovera.catalogue.CannedQuery;
import org.egovera.model.Catalogue;
import org.junit.jupiter.api.Test;

/** The canned queries on a catalogue made for them, where every answer is known and none is empty. */
class CannedQueriesTest extends CannedQueryChecks {

    @Override
    Catalogue catalogue() {
        return CollaborationCatalogue.build();
    }

    @Override
    String block() {
        return "ABB2";
    }

    @Test
    void everyCannedQueryIsChecked() {
        Set<String> checked = Set.of("sharing-candidates", "tasks-without-service", "capabilities-without-service",
                "building-block-change-impact", "member-states-implementing", "solution-reuse");
        assertEquals(checked, CannedQueries.list().stream().map(CannedQuery::name).collect(Collectors.toSet()),
                "a new canned query needs its answer in CannedQueryAnswers and a check in CannedQueryChecks");
    }

    @Test
    void theFixtureGivesEveryQuerySomethingToFind() {
        assertEquals(List.of(List.of("ABB1", "4", "3", "2"), List.of("ABB2", "2", "1", "1")), CannedQueryAnswers.sharingCandidates(catalogue));
        assertEquals(List.of(List.of("P1", "T2", "1"), List.of("P1", "T3", "0")), CannedQueryAnswers.tasksWithoutService(catalogue));
        assertEquals(List.of(List.of("Tax", "CAP3")), CannedQueryAnswers.capabilitiesWithoutService(catalogue));
        assertEquals(16, CannedQueryAnswers.changeImpact(catalogue, "ABB1").size());
        assertEquals(4, CannedQueryAnswers.memberStatesImplementing(catalogue, "ABB2").size());
        assertEquals(List.of("SBB2", "3", "BE DE FR", "2"), CannedQueryAnswers.solutionReuse(catalogue).get(0));
    }

    @Test
    void changeImpactOfTheMostSharedBlockReachesEveryKind() {
        List<List<String>> expected = CannedQueryAnswers.changeImpact(catalogue, "ABB1");
        assertEquals(Set.of("digital public service", "capability", "task", "business process", "solution building block",
                "architecture building block"), expected.stream().map(row -> row.get(0)).collect(Collectors.toSet()));
        assertEquals(expected, rows("building-block-change-impact", java.util.Map.of("abb", "ABB1"), "affected", "id", "through"));
    }

    @Test
    void changeImpactDefaultsToTheParameterTheQueryDeclares() {
        assertEquals("TABB1", CannedQueries.named("building-block-change-impact").orElseThrow().parameter("abb").orElseThrow().defaultValue());
    }
}
