package org.egovera.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.egovera.io.rdf.ExportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphStorePublisherTest {

    private static final String COUNT_IN_GRAPH = "PREFIX egov: <https://w3id.org/egovera/model/1.0#> "
            + "SELECT (COUNT(?s) AS ?n) WHERE { GRAPH <urn:egovera:central> { ?s a egov:DigitalPublicService } }";

    @TempDir
    Path dir;

    @Test
    void publishesTheExportIntoANamedGraphOfARemoteStore() throws Exception {
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "publisher: pw\n");
        try (QueryDataset remote = QueryDataset.inMemory();
                SparqlServer server = SparqlServer.start(remote, SparqlServer.Options.defaults().withPort(0).withUpdates(passwords))) {
            GraphStorePublisher.Outcome outcome = GraphStorePublisher.publish(CollaborationCatalogue.build(), ExportOptions.defaults(),
                    target(server.datasetUrl() + "/data", "urn:egovera:central", "publisher", "pw"));
            assertTrue(outcome.triples() > 100, outcome.toString());
            List<Map<String, String>> rows = SparqlRunner.select(remote, SparqlRunner.parse(COUNT_IN_GRAPH, Path.of("count.rq")),
                    Path.of("count.rq"), Map.of(), Duration.ofSeconds(10));
            assertEquals("4", rows.get(0).get("n"));
            // publishing again replaces the graph rather than doubling it
            GraphStorePublisher.publish(CollaborationCatalogue.build(), ExportOptions.defaults(),
                    target(server.datasetUrl() + "/data", "urn:egovera:central", "publisher", "pw"));
            assertEquals(outcome.triples(), remote.size());
        }
    }

    @Test
    void refusalIsAOneLineErrorNamingTheEndpointAndStatus() throws Exception {
        try (QueryDataset remote = QueryDataset.inMemory();
                SparqlServer server = SparqlServer.start(remote, SparqlServer.Options.defaults().withPort(0))) {
            String endpoint = server.datasetUrl() + "/data";
            EndpointException failure = assertThrows(EndpointException.class, () -> GraphStorePublisher.publish(
                    CollaborationCatalogue.build(), ExportOptions.defaults(), target(endpoint, null, null, null)));
            assertTrue(failure.oneLine().startsWith(endpoint + ": the endpoint answered 405"), failure.oneLine());
        }
    }

    @Test
    void unreachableEndpointIsAOneLineError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + closedPort + "/ds/data";
        EndpointException failure = assertThrows(EndpointException.class, () -> GraphStorePublisher.publish(
                CollaborationCatalogue.build(), ExportOptions.defaults(), target(endpoint, null, null, null)));
        assertTrue(failure.oneLine().startsWith(endpoint + ": cannot connect"), failure.oneLine());
        assertEquals(1, failure.oneLine().lines().count());
    }

    @Test
    void endpointMustBeAnHttpUrl() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> GraphStorePublisher.checkEndpoint("ftp://x/y"));
        assertTrue(failure.getMessage().contains("not an http or https URL"));
    }

    private static GraphStorePublisher.Target target(String endpoint, String graph, String user, String password) {
        return new GraphStorePublisher.Target(endpoint, graph, true, user, password == null ? null : password.toCharArray(),
                Duration.ofSeconds(5));
    }
}
