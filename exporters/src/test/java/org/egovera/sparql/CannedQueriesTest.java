package org.egovera.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.egovera.catalogue.CannedQueries;
import org.egovera.catalogue.CannedQuery;
import org.egovera.model.Catalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Each canned query gives, on a catalogue made for them, the rows computed from the model in Java. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CannedQueriesTest {

    private final Catalogue catalogue = CollaborationCatalogue.build();
    private QueryDataset store;

    @BeforeAll
    void load() {
        store = QueryDataset.inMemory().load(catalogue, null);
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void everyCannedQueryHasATestHere() {
        Set<String> tested = Set.of("sharing-candidates", "tasks-without-service", "capabilities-without-service",
                "building-block-change-impact", "member-states-implementing", "solution-reuse");
        assertEquals(tested, CannedQueries.list().stream().map(CannedQuery::name).collect(Collectors.toSet()));
    }

    @Test
    void sharingCandidates() {
        List<List<String>> expected = CannedQueryAnswers.sharingCandidates(catalogue);
        assertEquals(List.of(List.of("ABB1", "4", "3", "2"), List.of("ABB2", "2", "1", "1")), expected, "the fixture");
        assertEquals(expected, rows("sharing-candidates", Map.of(), "block", "services", "capabilities", "domains"));
    }

    @Test
    void tasksWithoutService() {
        List<List<String>> expected = CannedQueryAnswers.tasksWithoutService(catalogue);
        assertEquals(2, expected.size());
        assertEquals(expected, rows("tasks-without-service", Map.of(), "process", "task", "blocks"));
    }

    @Test
    void capabilitiesWithoutService() {
        List<List<String>> expected = CannedQueryAnswers.capabilitiesWithoutService(catalogue);
        assertEquals(List.of(List.of("Tax", "CAP3")), expected);
        assertEquals(expected, rows("capabilities-without-service", Map.of(), "domain", "capability"));
    }

    @Test
    void changeImpactOfTheMostSharedBlock() {
        List<List<String>> expected = CannedQueryAnswers.changeImpact(catalogue, "ABB1");
        assertEquals(16, expected.size(), expected.toString());
        assertEquals(expected, rows("building-block-change-impact", Map.of("abb", "ABB1"), "affected", "id", "through"));
    }

    @Test
    void changeImpactUsesTheDefaultParameterWhenNoneIsGiven() {
        CannedQuery query = CannedQueries.named("building-block-change-impact").orElseThrow();
        assertEquals("TABB1", query.parameter("abb").orElseThrow().defaultValue());
    }

    @Test
    void memberStatesImplementingOneBlockAndAll() {
        List<List<String>> one = CannedQueryAnswers.memberStatesImplementing(catalogue, "ABB2");
        assertEquals(4, one.size(), one.toString());
        assertEquals(one, rows("member-states-implementing", Map.of("abb", "ABB2"), "abb", "memberState", "solution", "sourcing"));
        List<List<String>> all = CannedQueryAnswers.memberStatesImplementing(catalogue, null);
        assertEquals(all, rows("member-states-implementing", Map.of(), "abb", "memberState", "solution", "sourcing"));
    }

    @Test
    void solutionReuse() {
        List<List<String>> expected = CannedQueryAnswers.solutionReuse(catalogue);
        assertEquals(List.of("SBB2", "3", "BE DE FR", "2"), expected.get(0));
        List<List<String>> actual = rows("solution-reuse", Map.of(), "solution", "memberStates", "codes", "blocks");
        // GROUP_CONCAT has no order: compare the codes as sets
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            List<String> row = new ArrayList<>(actual.get(i));
            row.set(2, java.util.Arrays.stream(row.get(2).split(" ")).filter(s -> !s.isEmpty()).sorted().collect(Collectors.joining(" ")));
            assertEquals(expected.get(i), row);
        }
    }

    private List<List<String>> rows(String name, Map<String, String> bindings, String... columns) {
        CannedQuery canned = CannedQueries.named(name).orElseThrow();
        Path origin = Path.of(name + ".rq");
        List<Map<String, String>> solutions = SparqlRunner.select(store, SparqlRunner.parse(canned.text(), origin), origin,
                bindings, Duration.ofSeconds(30));
        assertFalse(solutions.isEmpty(), name + " returned nothing");
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> solution : solutions) {
            List<String> row = new ArrayList<>();
            for (String column : columns) {
                row.add(solution.get(column));
            }
            rows.add(row);
        }
        return rows;
    }
}
