package org.egovera.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.egovera.io.rdf.ExportOptions;
import org.egovera.io.rdf.RdfExporter;
import org.egovera.io.rdf.RdfSyntax;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.io.InputException;
import org.egovera.model.io.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

class SparqlRunnerTest {

    private static final Path ORIGIN = Path.of("test.rq");
    private static final String SERVICES = "PREFIX egov: <https://w3id.org/egovera/model/1.0#> PREFIX dct: <http://purl.org/dc/terms/> "
            + "SELECT ?id WHERE { ?s a egov:DigitalPublicService ; dct:identifier ?id } ORDER BY ?id";

    @TempDir
    Path dir;

    private QueryDataset store;

    @BeforeEach
    void load() {
        store = QueryDataset.inMemory().load(CollaborationCatalogue.build(), null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        InputException failure = assertThrows(InputException.class,
                () -> SparqlRunner.parse("SELECT ?s\nWHERE { ?s ?p }\n", ORIGIN));
        assertTrue(failure.oneLine().startsWith("test.rq:2:"), failure.oneLine());
        assertTrue(failure.oneLine().contains("SPARQL syntax error"), failure.oneLine());
        assertEquals(1, failure.oneLine().lines().count());
    }

    @Test
    void resultsInEveryFormat() {
        Query query = SparqlRunner.parse(SERVICES, ORIGIN);
        assertTrue(run(query, ResultFormat.TABLE).contains("| \"DPS1\" |"));
        assertEquals("id\r\nDPS1\r\nDPS2\r\nDPS3\r\nDPS4\r\n", run(query, ResultFormat.CSV));
        assertTrue(run(query, ResultFormat.TSV).startsWith("?id\n\"DPS1\"\n"));
        String json = run(query, ResultFormat.JSON);
        assertEquals(4, readJson(json).at("/results/bindings").size(), json);
    }

    @Test
    void askAndConstructPrintAnswerAndGraph() {
        assertEquals("yes", run(SparqlRunner.parse("ASK { ?s ?p ?o }", ORIGIN), ResultFormat.TABLE).strip());
        String turtle = run(SparqlRunner.parse("PREFIX dct: <http://purl.org/dc/terms/> CONSTRUCT { ?s dct:identifier ?id } "
                + "WHERE { ?s dct:identifier \"DPS1\" . ?s dct:identifier ?id }", ORIGIN), ResultFormat.TABLE);
        assertTrue(turtle.contains("\"DPS1\""), turtle);
    }

    @Test
    void parametersBindVariablesAndUnknownOnesAreRefused() {
        Query query = SparqlRunner.parse(SERVICES.replace("} ORDER BY ?id", "FILTER (?id = ?wanted) }"), ORIGIN);
        List<Map<String, String>> rows = SparqlRunner.select(store, query, ORIGIN, Map.of("wanted", "DPS3"), Duration.ofSeconds(10));
        assertEquals(List.of(Map.of("id", "DPS3")), rows);
        InputException failure = assertThrows(InputException.class,
                () -> SparqlRunner.select(store, query, ORIGIN, Map.of("nothing", "x"), Duration.ofSeconds(10)));
        assertTrue(failure.getMessage().contains("no variable ?nothing"), failure.getMessage());
    }

    @Test
    void longQueryStopsAtTheTimeLimitAndPrintsNothing() {
        Query explosion = SparqlRunner.parse("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", ORIGIN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryTimeoutException failure = assertThrows(QueryTimeoutException.class, () -> SparqlRunner.run(store, explosion, ORIGIN,
                Map.of(), Duration.ofMillis(100), ResultFormat.CSV, out));
        assertEquals("test.rq: the query ran longer than 100 ms and was stopped (raise --timeout to allow more)", failure.oneLine());
        assertEquals(0, out.size());
    }

    @Test
    void filesBecomeNamedGraphsAndTheDefaultGraphIsTheirUnion() throws Exception {
        Path catalogueFile = dir.resolve("central.egovera");
        CatalogueStore.save(CollaborationCatalogue.build(), catalogueFile);
        Path turtle = dir.resolve("copy.ttl");
        RdfExporter.export(CollaborationCatalogue.build(), RdfSyntax.TURTLE, ExportOptions.dataOnly().withBase("https://copy.example/"),
                turtle, Progress.NONE);
        try (QueryDataset two = QueryDataset.inMemory().load(catalogueFile).load(turtle)) {
            assertEquals(List.of(catalogueFile.toUri().toString(), turtle.toUri().toString()), two.loadedGraphs());
            List<Map<String, String>> perGraph = SparqlRunner.select(two, SparqlRunner.parse(
                    "PREFIX egov: <https://w3id.org/egovera/model/1.0#> SELECT ?g (COUNT(?s) AS ?n) WHERE { GRAPH ?g "
                            + "{ ?s a egov:DigitalPublicService } } GROUP BY ?g ORDER BY ?g", ORIGIN), ORIGIN, Map.of(), Duration.ofSeconds(10));
            assertEquals(2, perGraph.size());
            perGraph.forEach(row -> assertEquals("4", row.get("n")));
            List<Map<String, String>> union = SparqlRunner.select(two, SparqlRunner.parse(SERVICES, ORIGIN), ORIGIN, Map.of(),
                    Duration.ofSeconds(10));
            assertEquals(8, union.size(), "the default graph sees both files");
        }
    }

    @Test
    void unparseableRdfNamesFileLineAndColumn() throws Exception {
        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e .\n");
        InputException failure = assertThrows(InputException.class, () -> QueryDataset.inMemory().load(broken));
        assertTrue(failure.oneLine().startsWith(broken + ":3:"), failure.oneLine());
        assertEquals(1, failure.oneLine().lines().count(), failure.oneLine());
    }

    private String run(Query query, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SparqlRunner.run(store, query, ORIGIN, Map.of(), Duration.ofSeconds(10), format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
