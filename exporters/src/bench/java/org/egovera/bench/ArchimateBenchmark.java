package org.egovera.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.egovera.io.archimate.ArchimateExchangeWriter;
import org.egovera.io.archimate.ArchimateExporter;
import org.egovera.io.archimate.ArchimateImporter;
import org.egovera.io.archimate.ExchangeModel;
import org.egovera.io.archimate.ExportOptions;
import org.egovera.io.archimate.ImportReport;
import org.egovera.io.archimate.ViewSelection;
import org.egovera.model.Catalogue;
import org.egovera.model.io.Progress;

/**
 * Throughput of the ArchiMate export and import on a catalogue of about 100,000 elements and
 * 200,000 relationships, beside plain StAX writing and reading a file of the same shape in the
 * same run. Run with {@code mvn -B -pl exporters -am -Pbench verify -DskipTests} (arguments through {@code -Darchimate.bench.args}); arguments
 * (optional): runs, then a scale factor (1.0 = 100,000 elements).
 */
public final class ArchimateBenchmark {

    private ArchimateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        Catalogue catalogue = LargeCatalogue.generate(5, (int) (400 * scale), (int) (3600 * scale), (int) (12000 * scale),
                (int) (400 * scale), (int) (18000 * scale));
        Path dir = Files.createTempDirectory("egovera-bench");
        Path ours = dir.resolve("ours.xml");
        Path views = dir.resolve("views.xml");
        Path plain = dir.resolve("plain.xml");

        ExchangeModel model = new ArchimateExporter(ExportOptions.all().withViews(ViewSelection.NONE), Progress.NONE).toExchange(catalogue);
        int elements = model.elements().size();
        int relationships = model.relationships().size();
        System.out.printf(Locale.ROOT, "model: %,d elements, %,d relationships (Java %s, %d cores, max heap %,d MB)%n", elements,
                relationships, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        List<String> lines = new ArrayList<>();
        double plainWrite = median(runs, () -> PlainStax.write(plain, elements, relationships));
        double exportNone = median(runs, () -> export(catalogue, ViewSelection.NONE, ours));
        double plainRead = median(runs, () -> PlainStax.read(plain));
        double importNone = median(runs, () -> {
            ImportReport report = new ArchimateImporter().read(ours);
            if (report.elements() != elements) {
                throw new IllegalStateException("import lost elements");
            }
        });
        double exportEira = median(1, () -> export(catalogue, ViewSelection.EIRA, views));
        int eiraViews = new org.egovera.io.archimate.ArchimateExchangeReader().read(views).views().size();
        long eiraBytes = Files.size(views);
        double exportAll = median(1, () -> export(catalogue, ViewSelection.ALL, views));
        int allViews = new org.egovera.io.archimate.ArchimateExchangeReader().read(views).views().size();

        lines.add(row("plain StAX write (baseline)", elements, plainWrite, plainWrite, Files.size(plain)));
        lines.add(row("export --views none", elements, exportNone, plainWrite, Files.size(ours)));
        lines.add(row("plain StAX read (baseline)", elements, plainRead, plainRead, Files.size(plain)));
        lines.add(row("import", elements, importNone, plainRead, Files.size(ours)));
        lines.add(row("export --views eira (" + eiraViews + " views)", elements, exportEira, plainWrite, eiraBytes));
        lines.add(row("export --views all (" + allViews + " views)", elements, exportAll, plainWrite, Files.size(views)));
        System.out.printf(Locale.ROOT, "%-36s %10s %14s %10s %9s %9s%n", "", "seconds", "elements/s", "x StAX", "MB", "MB/s");
        lines.forEach(System.out::println);
        System.out.println("(median of " + runs + " runs after one warm-up; the views exports are single runs; "
                + "x StAX = time / time of plain StAX writing or reading the same number of elements and relationships)");
        for (Path file : List.of(ours, views, plain)) {
            Files.deleteIfExists(file);
        }
        Files.deleteIfExists(dir);
    }

    private static void export(Catalogue catalogue, ViewSelection views, Path file) throws IOException {
        ExchangeModel model = new ArchimateExporter(ExportOptions.all().withViews(views), Progress.NONE).toExchange(catalogue);
        try (OutputStream out = Files.newOutputStream(file)) {
            new ArchimateExchangeWriter().write(model, out);
        }
    }

    private static String row(String what, int elements, double seconds, double baseline, long bytes) {
        return String.format(Locale.ROOT, "%-36s %10.2f %,14.0f %10.2f %9s %9s", what, seconds, elements / seconds, seconds / baseline,
                bytes < 0 ? "" : String.format(Locale.ROOT, "%.0f", bytes / 1e6),
                bytes < 0 ? "" : String.format(Locale.ROOT, "%.0f", bytes / 1e6 / seconds));
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /** Seconds, the median of {@code runs} runs after one warm-up run. */
    private static double median(int runs, Work work) throws Exception {
        work.run();
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            System.gc();
            long start = System.nanoTime();
            work.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[runs / 2];
    }
}
