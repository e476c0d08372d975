package org.egovera.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.egovera.model.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The embedded Fuseki on loopback: answers queries, refuses writes unless told, limits, persists, federates. */
class SparqlServerTest {

    private static final String COUNT_SERVICES = "PREFIX egov: <https://w3id.org/egovera/model/1.0#> "
            + "SELECT (COUNT(?s) AS ?n) WHERE { ?s a egov:DigitalPublicService }";

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void answersQueriesOverHttpOnLoopback() throws Exception {
        try (QueryDataset store = QueryDataset.inMemory().load(CollaborationCatalogue.build(), null);
                SparqlServer server = SparqlServer.start(store, SparqlServer.Options.defaults().withPort(0))) {
            assertTrue(server.queryUrl().startsWith("http://127.0.0.1:" + server.port() + "/egovera/"), server.queryUrl());
            assertEquals(4, count(server.queryUrl(), COUNT_SERVICES));
            assertEquals(4, count(server.datasetUrl(), COUNT_SERVICES), "the dataset URL takes queries too");
        }
    }

    @Test
    void refusesUpdatesWhenReadOnly() throws Exception {
        try (QueryDataset store = QueryDataset.inMemory().load(CollaborationCatalogue.build(), null);
                SparqlServer server = SparqlServer.start(store, SparqlServer.Options.defaults().withPort(0))) {
            String update = "DELETE WHERE { ?s ?p ?o }";
            int viaUpdateEndpoint = post(server.datasetUrl() + "/update", "application/sparql-update", update, null).statusCode();
            int viaDataset = post(server.datasetUrl(), "application/sparql-update", update, null).statusCode();
            int viaGraphStore = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?default"))
                    .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:x> <a:y> <a:z> .")), null).statusCode();
            assertTrue(viaUpdateEndpoint >= 400 && viaDataset >= 400 && viaGraphStore >= 400,
                    viaUpdateEndpoint + " " + viaDataset + " " + viaGraphStore);
            assertEquals(4, count(server.queryUrl(), COUNT_SERVICES), "nothing was deleted");
        }
    }

    @Test
    void updatesNeedAUserOfThePasswordFile() throws Exception {
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "editor: secret\n");
        try (QueryDataset store = QueryDataset.inMemory().load(CollaborationCatalogue.build(), null);
                SparqlServer server = SparqlServer.start(store, SparqlServer.Options.defaults().withPort(0).withUpdates(passwords))) {
            String update = "PREFIX egov: <https://w3id.org/egovera/model/1.0#> DELETE WHERE { GRAPH ?g { ?s a egov:DigitalPublicService } }";
            assertEquals(401, post(server.datasetUrl() + "/update", "application/sparql-update", update, null).statusCode());
            assertEquals(401, post(server.datasetUrl() + "/update", "application/sparql-update", update, "editor:wrong").statusCode());
            assertEquals(4, count(server.queryUrl(), COUNT_SERVICES), "queries stay open to all");
            int accepted = post(server.datasetUrl() + "/update", "application/sparql-update", update, "editor:secret").statusCode();
            assertTrue(accepted < 300, "status " + accepted);
            assertEquals(0, count(server.queryUrl(), COUNT_SERVICES));
        }
    }

    @Test
    void updatesWithoutAPasswordFileAreRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.start(QueryDataset.inMemory(),
                new SparqlServer.Options("egovera", 0, true, true, null, Duration.ofSeconds(1), 10)));
    }

    @Test
    void resultsStopAtTheLimit() throws Exception {
        try (QueryDataset store = QueryDataset.inMemory().load(CollaborationCatalogue.build(), null);
                SparqlServer server = SparqlServer.start(store, SparqlServer.Options.defaults().withPort(0)
                        .withLimits(Duration.ofSeconds(30), 7))) {
            JsonNode all = select(server.queryUrl(), "SELECT * WHERE { ?s ?p ?o }");
            assertEquals(7, all.at("/results/bindings").size());
            JsonNode fewer = select(server.queryUrl(), "SELECT * WHERE { ?s ?p ?o } LIMIT 3");
            assertEquals(3, fewer.at("/results/bindings").size());
        }
    }

    @Test
    void longQueriesAreStoppedByTheTimeLimit() throws Exception {
        try (QueryDataset store = QueryDataset.inMemory().load(CollaborationCatalogue.build(), null);
                SparqlServer server = SparqlServer.start(store, SparqlServer.Options.defaults().withPort(0)
                        .withLimits(Duration.ofMillis(50), 0))) {
            String explosion = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            HttpResponse<String> response = get(server.queryUrl(), explosion);
            assertEquals(503, response.statusCode(), response.body());
        }
    }

    @Test
    void persistentStoreSurvivesARestart() throws Exception {
        Path store = dir.resolve("tdb2");
        try (QueryDataset first = QueryDataset.persistent(store).load(CollaborationCatalogue.build(), null);
                SparqlServer server = SparqlServer.start(first, SparqlServer.Options.defaults().withPort(0))) {
            assertEquals(4, count(server.queryUrl(), COUNT_SERVICES));
        }
        try (QueryDataset second = QueryDataset.persistent(store);
                SparqlServer server = SparqlServer.start(second, SparqlServer.Options.defaults().withPort(0))) {
            assertEquals(4, count(server.queryUrl(), COUNT_SERVICES), "read back from disk, nothing loaded");
        }
    }

    @Test
    void federatedQueryJoinsTheCentralCatalogueWithAMemberStatesServer() throws Exception {
        Catalogue central = CollaborationCatalogue.build();
        Path belgium = dir.resolve("BE.ttl");
        Files.writeString(belgium, """
                PREFIX egov: <https://w3id.org/egovera/model/1.0#>
                PREFIX dct:  <http://purl.org/dc/terms/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                <https://be.example/solutions/TaxOnWeb> a egov:SolutionBuildingBlock ;
                    dct:identifier "BE-TOW" ; skos:prefLabel "Tax-on-web"@en ; egov:sourcing "national" ;
                    egov:implements <https://example.org/egovera/ABB1>, <https://example.org/egovera/ABB3> .
                <https://be.example/solutions/Risk> a egov:SolutionBuildingBlock ;
                    dct:identifier "BE-RISK" ; egov:sourcing "shared" ;
                    egov:implements <https://example.org/egovera/ABB2> .
                """);
        try (QueryDataset centralStore = QueryDataset.inMemory().load(central, null);
                QueryDataset belgianStore = QueryDataset.inMemory().load(belgium);
                SparqlServer centralServer = SparqlServer.start(centralStore, SparqlServer.Options.defaults().withPort(0));
                SparqlServer belgianServer = SparqlServer.start(belgianStore,
                        new SparqlServer.Options("be", 0, true, false, null, Duration.ofSeconds(30), 1000))) {
            String federated = """
                    PREFIX egov: <https://w3id.org/egovera/model/1.0#>
                    PREFIX dct:  <http://purl.org/dc/terms/>
                    SELECT ?block ?service ?solution WHERE {
                      ?serviceNode egov:uses ?blockNode ; dct:identifier ?service .
                      ?blockNode dct:identifier ?block .
                      SERVICE <%s> { ?solutionNode egov:implements ?blockNode ; dct:identifier ?solution }
                    } ORDER BY ?block ?service ?solution""".formatted(belgianServer.queryUrl());
            JsonNode rows = select(centralServer.queryUrl(), federated).at("/results/bindings");
            List<String> found = new java.util.ArrayList<>();
            rows.forEach(row -> found.add(row.at("/block/value").asText() + " " + row.at("/service/value").asText() + " "
                    + row.at("/solution/value").asText()));
            assertEquals(List.of("ABB1 DPS1 BE-TOW", "ABB1 DPS2 BE-TOW", "ABB1 DPS3 BE-TOW", "ABB1 DPS4 BE-TOW",
                    "ABB2 DPS2 BE-RISK", "ABB2 DPS3 BE-RISK", "ABB3 DPS3 BE-TOW"), found);
        }
    }

    private long count(String endpoint, String query) throws IOException, InterruptedException {
        return select(endpoint, query).at("/results/bindings/0/n/value").asLong();
    }

    private JsonNode select(String endpoint, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = get(endpoint, query);
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body());
    }

    private HttpResponse<String> get(String endpoint, String query) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET(), null);
    }

    private HttpResponse<String> post(String url, String contentType, String body, String credentials)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String credentials) throws IOException, InterruptedException {
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
