package org.egovera.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.egovera.catalogue.CannedQueries;
import org.egovera.catalogue.CannedQuery;
import org.egovera.model.Catalogue;
import org.egovera.sparql.QueryDataset;
import org.egovera.sparql.SparqlRunner;

/**
 * SPARQL on the large catalogue, outside JMH because loading the store takes longer than any query:
 * the latency of every canned query (median of runs after warm-up, in this JVM, on the in-memory
 * store the commands use); then {@code egovera serve} in a process of its own, queried from this one
 * over loopback by concurrent clients for a bounded time and count, beside the same queries run
 * in-process one after the other.
 */
public final class SparqlTimes {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern ENDPOINT = Pattern.compile("(http://\\S+/sparql)");

    /** A canned query ready to run: parsed, with its parameters at their defaults. */
    private record Canned(String name, Query query, Map<String, String> bindings, Query bound) {
    }

    private final Path distribution;

    public SparqlTimes(Path distribution) {
        this.distribution = distribution;
    }

    /** Rows: loading the store, each canned query's latency, and the server's time a query under load. */
    public List<Row> measure(String preset, int warmups, int runs, int clients, Duration serveFor, int maxRequests)
            throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        String size = JmhRows.size(Map.of("preset", preset));
        List<Canned> queries = cannedQueries();
        Catalogue catalogue = Fixtures.load(preset);
        long started = System.nanoTime();
        try (QueryDataset store = QueryDataset.inMemory().load(catalogue, null)) {
            double load = (System.nanoTime() - started) / 1e6;
            rows.add(new Row("SPARQL store: load the catalogue", size, load, 0, null, null, null, null, null, "ms",
                    String.format("%,d quads", store.size())));
            double sequentialTotal = 0;
            for (Canned canned : queries) {
                List<Double> times = new ArrayList<>();
                int results = 0;
                for (int i = 0; i < warmups + runs; i++) {
                    long t = System.nanoTime();
                    results = SparqlRunner.select(store, canned.query(), Path.of(canned.name() + ".rq"), canned.bindings(), TIMEOUT).size();
                    if (i >= warmups) {
                        times.add((System.nanoTime() - t) / 1e6);
                    }
                }
                double median = StartupTimes.Sample.of(times).median();
                sequentialTotal += median;
                rows.add(new Row("SPARQL query " + canned.name(), size, median, 0, null, null, null, null, null, "ms (median)",
                        results + " rows"));
            }
            rows.add(serve(preset, size, queries, sequentialTotal / queries.size(), clients, serveFor, maxRequests));
        }
        return rows;
    }

    private Row serve(String preset, String size, List<Canned> queries, double inProcessPerQuery, int clients, Duration serveFor,
            int maxRequests) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(distribution.resolve("bin/egovera").toString(), "serve",
                Fixtures.catalogue(preset).toAbsolutePath().toString(), "--port", "0", "--max-results", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("EGOVERA_JAVA_OPTS", "-Xmx2g");
        Process server = builder.start();
        try {
            String endpoint = awaitEndpoint(server);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            long deadline = System.nanoTime() + serveFor.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long started = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    int completed = 0;
                    int next;
                    while (System.nanoTime() < deadline && (next = sent.getAndIncrement()) < maxRequests) {
                        Canned canned = queries.get(next % queries.size());
                        HttpResponse<Void> response = http.send(request(endpoint, canned), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 200) {
                            completed++;
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                    return completed;
                }));
            }
            int completed = 0;
            for (Future<Integer> future : done) {
                completed += future.get();
            }
            double elapsed = (System.nanoTime() - started) / 1e6;
            pool.shutdown();
            if (completed == 0) {
                throw new IllegalStateException("the server answered no query (" + failed.get() + " failures)");
            }
            return new Row("SPARQL over HTTP (egovera serve, " + clients + " clients on loopback)", size, elapsed / completed, 0,
                    "the same queries in-process, one at a time", inProcessPerQuery, null, null, null, "ms a query",
                    String.format("%d queries in %.1f s, %.1f a second; %d failed", completed, elapsed / 1000,
                            completed * 1000 / elapsed, failed.get()));
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static HttpRequest request(String endpoint, Canned canned) {
        return HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(canned.bound().serialize(), StandardCharsets.UTF_8))
                .build();
    }

    /** Reads the server's standard output until it names its endpoint. */
    private static String awaitEndpoint(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher matcher = ENDPOINT.matcher(line);
            if (matcher.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException e) {
                        // the server is stopping
                    }
                }, "serve-output");
                drain.setDaemon(true);
                drain.start();
                return matcher.group(1);
            }
        }
        throw new IllegalStateException("egovera serve stopped before naming its endpoint");
    }

    /** The canned queries with the parameters that have a default bound to it (the others stay open), so each can be sent as text. */
    private static List<Canned> cannedQueries() {
        List<Canned> queries = new ArrayList<>();
        for (CannedQuery canned : CannedQueries.list()) {
            Map<String, String> bindings = new LinkedHashMap<>();
            canned.parameters().stream().filter(parameter -> parameter.defaultValue() != null)
                    .forEach(parameter -> bindings.put(parameter.name(), parameter.defaultValue()));
            Query query = SparqlRunner.parse(canned.text(), Path.of(canned.name() + ".rq"));
            queries.add(new Canned(canned.name(), query, bindings, bound(query, bindings)));
        }
        return queries;
    }

    /** The query with its parameters replaced by string literals, as {@code SparqlRunner} binds them. */
    private static Query bound(Query query, Map<String, String> bindings) {
        if (bindings.isEmpty()) {
            return query;
        }
        Map<String, org.apache.jena.graph.Node> values = new LinkedHashMap<>();
        bindings.forEach((name, value) -> values.put(name, org.apache.jena.graph.NodeFactory.createLiteralString(value)));
        return org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps.transform(query,
                values.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        entry -> org.apache.jena.sparql.core.Var.alloc(entry.getKey()), Map.Entry::getValue)));
    }
}
