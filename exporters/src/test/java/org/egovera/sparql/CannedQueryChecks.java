package org.egovera.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.egovera.catalogue.CannedQueries;
import org.egovera.catalogue.CannedQuery;
import org.egovera.model.Catalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each canned query, run on a catalogue's export, gives the rows {@link CannedQueryAnswers} computes from
 * the model. Subclasses choose the catalogue and the building block whose change impact is checked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CannedQueryChecks {

    protected Catalogue catalogue;
    private QueryDataset store;

    abstract Catalogue catalogue();

    /** The building block the change-impact and implementation queries are asked about. */
    abstract String block();

    @BeforeAll
    void load() {
        catalogue = catalogue();
        store = QueryDataset.inMemory().load(catalogue, null);
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void sharingCandidates() {
        assertEquals(CannedQueryAnswers.sharingCandidates(catalogue),
                rows("sharing-candidates", Map.of(), "block", "services", "capabilities", "domains"));
    }

    @Test
    void tasksWithoutService() {
        assertEquals(CannedQueryAnswers.tasksWithoutService(catalogue), rows("tasks-without-service", Map.of(), "process", "task", "blocks"));
    }

    @Test
    void capabilitiesWithoutService() {
        assertEquals(CannedQueryAnswers.capabilitiesWithoutService(catalogue),
                rows("capabilities-without-service", Map.of(), "domain", "capability"));
    }

    @Test
    void changeImpact() {
        assertEquals(CannedQueryAnswers.changeImpact(catalogue, block()),
                rows("building-block-change-impact", Map.of("abb", block()), "affected", "id", "through"));
    }

    @Test
    void memberStatesImplementingOneBlockAndAll() {
        assertEquals(CannedQueryAnswers.memberStatesImplementing(catalogue, block()),
                rows("member-states-implementing", Map.of("abb", block()), "abb", "memberState", "solution", "sourcing"));
        assertEquals(CannedQueryAnswers.memberStatesImplementing(catalogue, null),
                rows("member-states-implementing", Map.of(), "abb", "memberState", "solution", "sourcing"));
    }

    @Test
    void solutionReuse() {
        List<List<String>> actual = new ArrayList<>();
        for (List<String> row : rows("solution-reuse", Map.of(), "solution", "memberStates", "codes", "blocks")) {
            // GROUP_CONCAT has no order: compare the codes sorted
            List<String> sorted = new ArrayList<>(row);
            sorted.set(2, java.util.Arrays.stream(row.get(2) == null ? new String[0] : row.get(2).split(" ")).filter(s -> !s.isEmpty()).sorted().collect(Collectors.joining(" ")));
            actual.add(sorted);
        }
        assertEquals(CannedQueryAnswers.solutionReuse(catalogue), actual);
    }

    List<List<String>> rows(String name, Map<String, String> bindings, String... columns) {
        CannedQuery canned = CannedQueries.named(name).orElseThrow();
        Path origin = Path.of(name + ".rq");
        List<Map<String, String>> solutions = SparqlRunner.select(store, SparqlRunner.parse(canned.text(), origin), origin,
                bindings, Duration.ofSeconds(60));
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
