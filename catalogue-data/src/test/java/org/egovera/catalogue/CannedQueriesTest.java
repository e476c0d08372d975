package org.egovera.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CannedQueriesTest {

    @Test
    void headerGivesTitleQuestionAndParameters() {
        CannedQuery query = CannedQueries.parse("impact", """
                # title: Impact of a change
                # question: What does a change to block X affect?
                #   Services, capabilities and tasks.
                # param abb = TABB1: the block that changes
                # param memberState: an ISO code; all when absent
                SELECT * WHERE { ?s ?p ?o }
                """);
        assertEquals("Impact of a change", query.title());
        assertEquals("What does a change to block X affect? Services, capabilities and tasks.", query.question());
        assertEquals(List.of(new CannedQuery.Parameter("abb", "TABB1", "the block that changes"),
                new CannedQuery.Parameter("memberState", null, "an ISO code; all when absent")), query.parameters());
        assertNull(query.parameter("memberState").orElseThrow().defaultValue());
    }

    @Test
    void everyShippedQueryHasATitleAndAQuestion() {
        List<CannedQuery> queries = CannedQueries.list();
        assertFalse(queries.isEmpty(), "the queries folder is on the classpath");
        for (CannedQuery query : queries) {
            assertFalse(query.title().equals(query.name()), query.name() + " has no title");
            assertTrue(query.question().endsWith("?") || query.question().endsWith("."), query.name() + ": " + query.question());
            assertTrue(query.text().contains("SELECT"), query.name());
        }
        assertTrue(CannedQueries.named("sharing-candidates").isPresent());
        assertTrue(CannedQueries.named("no-such-query").isEmpty());
    }
}
