package org.egovera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.egovera.model.io.CatalogueStore;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** query, serve and publish as a user runs them. */
class SparqlCommandsTest {

    private static final String COUNT_SERVICES = "PREFIX egov: <https://w3id.org/egovera/model/1.0#> "
            + "SELECT (COUNT(?s) AS ?n) WHERE { ?s a egov:DigitalPublicService }";

    @TempDir
    Path dir;

    @Test
    void queryFromTheCommandLineInCsv() throws IOException {
        CommandRun run = CommandRun.of("query", saved().toString(), "-e", COUNT_SERVICES, "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("n\r\n1\r\n", run.out());
    }

    @Test
    void queryFileAndSeveralDataFilesAsNamedGraphs() throws IOException {
        Path query = dir.resolve("graphs.rq");
        Files.writeString(query, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g");
        Path catalogue = saved();
        Path rdf = dir.resolve("copy.nt");
        assertEquals(0, CommandRun.of("export", "rdf", catalogue.toString(), "--no-ontology", "-o", rdf.toString()).exitCode());
        CommandRun run = CommandRun.of("query", catalogue.toString(), rdf.toString(), query.toString(), "--format", "tsv");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(catalogue.toUri().toString()) && run.out().contains(rdf.toUri().toString()), run.out());
    }

    @Test
    void cannedQueryWithAParameter() throws IOException {
        CommandRun run = CommandRun.of("query", saved().toString(), "--name", "building-block-change-impact", "--param", "abb=ABB1",
                "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("affected,id,name,through\r\n"), run.out());
        assertTrue(run.out().contains("digital public service,DPS1,Tax information exchange service,uses the block"), run.out());
        assertTrue(run.out().contains("solution building block,SBB1,Central exchange hub,implements the block"), run.out());
    }

    @Test
    void listShowsTheCannedQueries() {
        CommandRun run = CommandRun.of("query", "--list");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("sharing-candidates") && run.out().contains("--param abb=..."), run.out());
    }

    @Test
    void syntaxErrorIsOneLineWithLineAndColumn() throws IOException {
        Path query = dir.resolve("bad.rq");
        Files.writeString(query, "SELECT ?s WHERE {\n  ?s ?p \n}\n");
        CommandRun run = CommandRun.of("query", saved().toString(), query.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("egovera: " + query + ":3:1: SPARQL syntax error"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void timeoutIsOneLineAndExitTwo() throws IOException {
        CommandRun run = CommandRun.of("query", saved().toString(), "-e",
                "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "--timeout", "0.2");
        assertEquals(2, run.exitCode());
        assertEquals("egovera: -e: the query ran longer than 200 ms and was stopped (raise --timeout to allow more)", run.err().strip());
    }

    @Test
    void usageErrors() throws IOException {
        assertEquals(2, CommandRun.of("query", saved().toString()).exitCode(), "no query");
        CommandRun two = CommandRun.of("query", "-e", "ASK {}", "--name", "solution-reuse");
        assertEquals(2, two.exitCode());
        assertTrue(two.err().contains("give only one of"), two.err());
        CommandRun unknown = CommandRun.of("query", "--name", "no-such-query");
        assertTrue(unknown.err().contains("no canned query named 'no-such-query'"), unknown.err());
        CommandRun parameter = CommandRun.of("query", "--name", "solution-reuse", "--param", "x=1");
        assertTrue(parameter.err().contains("takes no parameter 'x'"), parameter.err());
        CommandRun format = CommandRun.of("query", "-e", "ASK {}", "--format", "xml");
        assertTrue(format.err().contains("expected one of: table, csv, tsv, json"), format.err());
    }

    @Test
    void resultsToAFile() throws IOException {
        Path out = dir.resolve("results.json");
        CommandRun run = CommandRun.of("query", saved().toString(), "-e", COUNT_SERVICES, "--format", "json", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out).contains("\"bindings\""));
    }

    @Test
    void serveAnswersOverHttpUntilStopped() throws Exception {
        CommandLine commandLine = Egovera.newCommandLine();
        ServeCommand serve = commandLine.getSubcommands().get("serve").getCommand();
        java.io.StringWriter out = new java.io.StringWriter();
        commandLine.setOut(new java.io.PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> commandLine.execute("serve", saved().toString(), "--port", "0"));
        SparqlEndpoint endpoint = serve.awaitStarted();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint.queryUrl()
                    + "?query=" + URLEncoder.encode(COUNT_SERVICES, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("n\r\n1\r\n", response.body());
            assertTrue(out.toString().contains("SPARQL endpoint " + endpoint.queryUrl() + " ("), out.toString());
            assertTrue(out.toString().contains("read-only"), out.toString());
        } finally {
            serve.stop();
        }
        assertEquals(0, exit.get(30, TimeUnit.SECONDS));
    }

    @Test
    void serveRefusesUpdatesWithoutPasswordFileAndABusyPort() throws Exception {
        CommandRun noPasswords = CommandRun.of("serve", "--allow-update");
        assertEquals(2, noPasswords.exitCode());
        assertTrue(noPasswords.err().contains("--allow-update needs --password-file"), noPasswords.err());
        try (ServerSocket busy = new ServerSocket(0)) {
            CommandRun run = CommandRun.of("serve", saved().toString(), "--port", Integer.toString(busy.getLocalPort()));
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("egovera: http://127.0.0.1:" + busy.getLocalPort() + "/egovera: cannot start the SPARQL server"),
                    run.err());
        }
    }

    @Test
    void publishToAnUnreachableEndpointIsOneLineAndExitTwo() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + closedPort + "/ds/data";
        CommandRun run = CommandRun.of("publish", saved().toString(), "--endpoint", endpoint, "--timeout", "2");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("egovera: " + endpoint + ": cannot connect"), run.err());
        assertEquals(1, run.err().strip().lines().count());
        assertFalse(CommandRun.of("publish", "--endpoint", "file:///tmp/x").err().isEmpty());
    }

    @Test
    void publishIntoAServedStore() throws Exception {
        Path passwords = dir.resolve("users");
        Files.writeString(passwords, "editor: s3cret\n");
        Path password = dir.resolve("password");
        Files.writeString(password, "s3cret\n");
        CommandLine commandLine = Egovera.newCommandLine();
        ServeCommand serve = commandLine.getSubcommands().get("serve").getCommand();
        commandLine.setOut(new java.io.PrintWriter(new java.io.StringWriter(), true));
        Path empty = dir.resolve("empty.nt");
        Files.writeString(empty, "");
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> commandLine.execute("serve", empty.toString(),
                "--port", "0", "--allow-update", "--password-file", passwords.toString()));
        SparqlEndpoint endpoint = serve.awaitStarted();
        try {
            String data = endpoint.queryUrl().replace("/sparql", "/data");
            CommandRun denied = CommandRun.of("publish", saved().toString(), "--endpoint", data, "--graph", "urn:x:central");
            assertEquals(2, denied.exitCode());
            assertTrue(denied.err().contains("the endpoint answered 401"), denied.err());
            CommandRun run = CommandRun.of("publish", saved().toString(), "--endpoint", data, "--graph", "urn:x:central",
                    "--user", "editor", "--password-file", password.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("replaced graph <urn:x:central>"), run.out());
            CommandRun count = CommandRun.of("query", "-e", COUNT_SERVICES.replace("WHERE {", "WHERE { SERVICE <" + endpoint.queryUrl() + "> {")
                    + " }", saved().toString(), "--format", "csv");
            assertEquals("n\r\n1\r\n", count.out(), count.err());
        } finally {
            serve.stop();
        }
        assertEquals(0, exit.get(30, TimeUnit.SECONDS));
    }

    private Path saved() {
        try {
            Path file = dir.resolve("catalogue.egovera");
            if (!Files.exists(file)) {
                CatalogueStore.save(TestCatalogues.minimal(), file);
            }
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
