package org.egovera.bench.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.egovera.catalogue.CannedQueries;
import org.egovera.catalogue.CannedQuery;
import org.egovera.io.rdf.ExportOptions;
import org.egovera.io.rdf.RdfExporter;
import org.egovera.io.rdf.RdfSyntax;
import org.egovera.model.Catalogue;
import org.egovera.model.io.Progress;
import org.egovera.sparql.QueryDataset;
import org.egovera.sparql.SparqlRunner;

/**
 * Export throughput of egovera's RDF writer beside Jena RIOT writing the same graph from memory (the
 * floor: no model to walk, no mapping to apply), in the same run, for streaming Turtle and N-Triples;
 * then the latency of every canned query on the same catalogue. Run with
 * {@code mvn -B -pl exporters -am verify -Pbench -DskipTests} (size: {@code -Drdf.bench.domains=N}; JMH options
 * {@code -Djmh.args=...} and {@code -Darchimate.bench.skip} leave the other benchmarks short or out).
 * Each figure is the median of several timed runs after a warm-up.
 */
public final class RdfBenchmark {

    private static final int WARMUPS = 3;
    private static final int RUNS = 7;

    private RdfBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int domains = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        Path scratch = Files.createTempDirectory("egovera-bench");
        long built = System.nanoTime();
        Catalogue catalogue = LargeCatalogue.build(domains);
        double buildSeconds = seconds(System.nanoTime() - built);
        ExportOptions options = ExportOptions.dataOnly();
        Graph graph = RdfExporter.graph(catalogue, options);
        long triples = graph.size();
        System.out.printf(Locale.ROOT, "catalogue: %d domains, %,d triples (model built in %.1f s); Java %s, %d cores, max heap %d MiB%n",
                domains, triples, buildSeconds, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        System.out.println();
        System.out.printf(Locale.ROOT, "%-22s %14s %14s %18s %16s%n", "export to file", "egovera (s)", "RIOT (s)", "egovera triples/s", "egovera / RIOT");
        for (RdfSyntax syntax : List.of(RdfSyntax.TURTLE, RdfSyntax.NTRIPLES)) {
            Path ours = scratch.resolve("ours." + syntax.extensions().get(0));
            Path riot = scratch.resolve("riot." + syntax.extensions().get(0));
            double egovera = median(() -> timed(() -> write(ours, out -> RdfExporter.write(catalogue, syntax, options, out, Progress.NONE))));
            RDFFormat format = syntax.writerFormat();
            double floor = median(() -> timed(() -> write(riot, out -> StreamRDFWriter.write(out, graph, format))));
            System.out.printf(Locale.ROOT, "%-22s %14.2f %14.2f %,18.0f %15.2fx%n", syntax.title() + " (streaming)", egovera, floor,
                    triples / egovera, egovera / floor);
        }

        System.out.println();
        long loadStarted = System.nanoTime();
        try (QueryDataset store = QueryDataset.inMemory().load(catalogue, null)) {
            double load = seconds(System.nanoTime() - loadStarted);
            System.out.printf(Locale.ROOT, "canned queries on the same catalogue in a temporary TDB2 store (%,d quads loaded in %.1f s, %,.0f quads/s):%n",
                    store.size(), load, store.size() / load);
            System.out.printf(Locale.ROOT, "%-32s %8s %12s%n", "query", "rows", "median (ms)");
            for (CannedQuery canned : CannedQueries.list()) {
                Path origin = Path.of(canned.name() + ".rq");
                Query query = SparqlRunner.parse(canned.text(), origin);
                Map<String, String> bindings = canned.parameter("abb").map(p -> Map.of("abb", "D1ABB1")).orElse(Map.of());
                int[] rows = new int[1];
                double latency = median(() -> timed(() -> rows[0] = SparqlRunner.select(store, query, origin, bindings,
                        Duration.ofMinutes(5)).size()));
                System.out.printf(Locale.ROOT, "%-32s %8d %12.1f%n", canned.name(), rows[0], latency * 1000);
            }
        }
        try (var files = Files.list(scratch)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(scratch);
    }

    private interface Body {
        void run() throws IOException;
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void write(Path file, Writing writing) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writing.to(out);
        }
    }

    private static double timed(Body body) {
        long started = System.nanoTime();
        try {
            body.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return seconds(System.nanoTime() - started);
    }

    private static double median(Supplier<Double> measurement) {
        for (int i = 0; i < WARMUPS; i++) {
            measurement.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(measurement.get());
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
