package org.egovera.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.egovera.generate.Preset;
import org.egovera.io.rdf.ExportOptions;
import org.egovera.io.rdf.RdfExporter;
import org.egovera.io.rdf.RdfSyntax;
import org.egovera.model.io.Progress;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark and prints one table: the JMH benchmarks of this module (each of ours beside
 * its baseline, with peak heap), the command line's start beside its floors, and the least heap the
 * whole run on the large catalogue needs, found by bisection. Writes the table as JSON and Markdown.
 *
 * <pre>RunAll --distribution DIR --out DIR [--include REGEX] [--presets small,medium,large]
 *        [--skip-jmh] [--skip-sparql] [--skip-start] [--skip-heap]</pre>
 */
public final class RunAll {

    private RunAll() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, RunnerException {
        Map<String, String> options = options(args);
        Path out = Path.of(options.getOrDefault("--out", "target/bench"));
        Path distribution = Path.of(options.getOrDefault("--distribution", "../cli/target/egovera-dist/egovera"));
        Files.createDirectories(out);
        long started = System.nanoTime();
        Instant startedAt = Instant.now();
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        notes.add("load average at start: " + loadAverage());

        StringBuilder sizes = new StringBuilder("sizes in RDF (data only):");
        for (Preset preset : Preset.values()) {
            long t = System.nanoTime();
            Fixtures.catalogue(preset.label());
            Fixtures.binary(preset.label());
            long triples = RdfExporter.write(Fixtures.load(preset.label()), RdfSyntax.NTRIPLES, ExportOptions.dataOnly(),
                    OutputStream.nullOutputStream(), Progress.NONE).triples();
            sizes.append(String.format(" %s %,d triples;", preset.label(), triples));
            progress("fixture %s ready (%.1f s)", preset.label(), (System.nanoTime() - t) / 1e9);
        }
        notes.add(sizes.toString());
        if (!options.containsKey("--skip-jmh")) {
            rows.addAll(jmh(options.getOrDefault("--include", "org\\.egovera\\.bench\\..*"), options.get("--presets"), out, failed));
            notes.add("JMH times: median of " + MEASUREMENT_ITERATIONS + " one-second iterations after " + WARMUP_ITERATIONS
                    + " of warm-up, one fork, " + String.join(" ", JVM_OPTIONS) + "; peak heap (ours, large preset): largest live heap of one invocation after one of warm-up, sampled by full"
                    + " collections at least " + PeakHeapProfiler.SAMPLE_MILLIS + " ms apart, with " + String.join(" ", HEAP_PASS_OPTIONS));
        }
        if (!options.containsKey("--skip-sparql")) {
            String preset = options.containsKey("--presets") ? options.get("--presets").split(",")[0] : "large";
            progress("timing SPARQL on the %s catalogue: canned queries, then egovera serve under load", preset);
            rows.addAll(new SparqlTimes(distribution).measure(preset, 1, 3, 2, java.time.Duration.ofSeconds(15), 2_000));
        }
        if (!options.containsKey("--skip-start")) {
            progress("timing the command line's start");
            StartupTimes startup = new StartupTimes(distribution, Path.of("target/classes"));
            Path catalogue = null;
            if (!startup.hasShippedCatalogue()) {
                catalogue = Fixtures.catalogue("small");
                notes.add("the build has no shipped catalogue: stats and its floor load the small preset instead");
            }
            rows.addAll(startup.measure(3, 15, catalogue));
        }
        if (!options.containsKey("--skip-heap")) {
            rows.add(heap(notes));
        }
        notes.add("load average at end: " + loadAverage());

        double minutes = (System.nanoTime() - started) / 6e10;
        String table = Report.text(rows);
        System.out.println();
        System.out.print(table);
        notes.forEach(note -> System.out.println("note: " + note));
        System.out.printf("%.1f minutes%n", minutes);
        Report.writeJson(out.resolve("bench-results.json"), new Report.Document(startedAt.toString(), minutes, machine(), rows, notes));
        Files.writeString(out.resolve("bench-results.md"), Report.markdown(rows));
        System.out.println("written: " + out.resolve("bench-results.json") + ", " + out.resolve("bench-results.md"));
        if (!failed.isEmpty()) {
            System.out.println("FAILED: " + String.join(", ", failed));
            System.exit(1);
        }
    }

    /** JVM options of every benchmark run: a fixed 2 GB heap; EMF's binary resource needs a deep stack. */
    static final String[] JVM_OPTIONS = { "-Xmx2g", "-Xss16m" };

    /** The whole run takes half a minute a try: the bisection stops at this resolution. */
    static final int BISECTION_STEP_MB = 128;

    static final int WARMUP_ITERATIONS = 1;
    static final int MEASUREMENT_ITERATIONS = 3;

    /** Added for the heap pass: the serial collector's full collections are quick to sample with. */
    static final String[] HEAP_PASS_OPTIONS = { "-XX:+UseSerialGC" };

    /**
     * Two passes: times (warmed up, the median over iterations), then peak heaps (one invocation a JVM
     * after one of warm-up and a full collection, with {@link PeakHeapProfiler}).
     */
    private static List<Row> jmh(String include, String presets, Path out, List<String> failed) throws RunnerException {
        Path log = out.resolve("jmh.log");
        progress("running JMH benchmarks matching %s, times then heaps (log: %s)", include, log);
        ChainedOptionsBuilder times = options(include, presets)
                .warmupIterations(WARMUP_ITERATIONS).warmupTime(TimeValue.seconds(1))
                .measurementIterations(MEASUREMENT_ITERATIONS).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend(jvmOptions())
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve("jmh-times.json").toString())
                .output(log.toString());
        Collection<RunResult> timeResults = new Runner(times.build()).run();
        // Peak heaps where they matter: our side of each operation (not the baselines), on the large catalogue
        // (the small ones barely leave the JVM's own few megabytes).
        ChainedOptionsBuilder heaps = options(oursOnly(include), presets == null ? "large" : presets)
                // One warm-up invocation first: JMH runs a benchmark's set-up inside its first iteration,
                // after the profiler's full collection, which would leave the set-up's garbage in the count.
                .mode(Mode.SingleShotTime).warmupIterations(1).warmupBatchSize(1).measurementIterations(1).measurementBatchSize(1)
                .addProfiler(PeakHeapProfiler.class)
                .jvmArgsAppend(concat(jvmOptions(), HEAP_PASS_OPTIONS))
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve("jmh-heaps.json").toString())
                .output(out.resolve("jmh-heaps.log").toString());
        Collection<RunResult> heapResults = new Runner(heaps.build()).run();
        List<Row> rows = new ArrayList<>(JmhRows.from(timeResults, heapResults));
        Set<String> measured = new HashSet<>();
        timeResults.forEach(result -> measured.add(result.getParams().getBenchmark()));
        for (BenchmarkListEntry entry : benchmarks(include)) {
            if (measured.add(entry.getUsername())) {
                failed.add(entry.getUsername());
                rows.add(new Row(entry.getUsername() + " FAILED", "-", Double.NaN, 0, null, null, null, null, null, "ms/op",
                        "the benchmark failed: see " + log));
            }
        }
        return rows;
    }

    /** A pattern for the benchmarks matching {@code include} that are marked {@link Ours}. */
    private static String oursOnly(String include) {
        List<String> names = new ArrayList<>();
        for (BenchmarkListEntry entry : benchmarks(include)) {
            String name = entry.getUsername();
            try {
                Class<?> type = Class.forName(name.substring(0, name.lastIndexOf('.')));
                for (java.lang.reflect.Method method : type.getMethods()) {
                    if (method.getName().equals(name.substring(name.lastIndexOf('.') + 1)) && method.getAnnotation(Ours.class) != null) {
                        names.add(java.util.regex.Pattern.quote(name) + "$");
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("benchmark class not found: " + name, e);
            }
        }
        return names.isEmpty() ? include : String.join("|", names);
    }

    private static java.util.SortedSet<BenchmarkListEntry> benchmarks(String include) {
        return BenchmarkList.defaultList().find(OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT),
                List.of(include), List.of());
    }

    private static ChainedOptionsBuilder options(String include, String presets) {
        ChainedOptionsBuilder builder = new OptionsBuilder().include(include).forks(1);
        if (presets != null) {
            builder.param("preset", presets.split(","));
        }
        return builder;
    }

    private static String[] jvmOptions() {
        return concat(JVM_OPTIONS, new String[] { "-D" + Fixtures.DIRECTORY_PROPERTY + "=" + Fixtures.directory().toAbsolutePath() });
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** The least heap the whole run on the large catalogue needs; it must fit in 2 GB. */
    private static Row heap(List<String> notes) throws IOException, InterruptedException {
        progress("bisecting the heap of the whole run on the large catalogue");
        List<String> command = List.of("-Xss16m", "-cp", System.getProperty("java.class.path"), WholeRun.class.getName(),
                Fixtures.catalogue("large").toAbsolutePath().toString());
        HeapBisection.Outcome outcome = HeapBisection.leastHeap(command, 64, 2048, BISECTION_STEP_MB, 180);
        StringBuilder tries = new StringBuilder("heap bisection tries:");
        outcome.attempts().forEach(attempt -> tries.append(String.format(" %d MB %s (%.0f s);", attempt.heapMb(),
                attempt.passed() ? "passed" : "failed", attempt.seconds())));
        notes.add(tries.toString());
        double least = outcome.leastHeapMb() < 0 ? Double.NaN : outcome.leastHeapMb();
        return new Row("whole run (" + WholeRun.STEPS + "): least -Xmx", "large ("
                + String.format("%,d", Fixtures.elements("large")) + ")", least, BISECTION_STEP_MB, "2 GB heap", 2048.0, 1.0, null, null, "MB",
                outcome.leastHeapMb() < 0 ? "does not fit in 2 GB" : "bisection to " + BISECTION_STEP_MB + " MB");
    }

    private static Map<String, String> machine() {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("processors", String.valueOf(Runtime.getRuntime().availableProcessors()));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }

    private static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format("%.2f", load);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(args[i], args[++i]);
            } else {
                options.put(args[i], "");
            }
        }
        return options;
    }

    private static void progress(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
        System.out.flush();
    }
}
