package org.egovera.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.xml.stream.XMLStreamException;

import org.egovera.io.archimate.ArchimateExchangeWriter;
import org.egovera.io.archimate.ArchimateExporter;
import org.egovera.io.archimate.ArchimateImporter;
import org.egovera.io.archimate.ExchangeModel;
import org.egovera.io.archimate.ExportOptions;
import org.egovera.io.archimate.ImportReport;
import org.egovera.io.archimate.ViewSelection;
import org.egovera.model.Catalogue;
import org.egovera.model.io.AtomicFiles;
import org.egovera.model.io.Progress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The ArchiMate Open Exchange Format: exporting a catalogue without views (building the exchange model
 * and writing it) beside plain StAX writing as many elements and relationships; importing the export
 * beside plain StAX reading a file of the same shape. Writes go to a null stream; reads come from
 * files in the fixtures directory. The export with views is {@link ArchimateViewsBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "-Xss16m" }) // RunAll sets the JVM options of its own runs
public class ArchimateExchangeBench {

    static final String EXPORT = "ArchiMate export, no views";
    static final String EXPORT_VIEWS = "ArchiMate export, EIRA views";
    static final String IMPORT = "ArchiMate import";

    @State(Scope.Benchmark)
    public static class Fixture {
        @Param({ "small", "medium", "large" })
        public String preset;

        Catalogue catalogue;
        int elements;
        int relationships;
        Path exported;
        Path plain;

        @Setup
        public void prepare(BenchmarkParams params) throws IOException, XMLStreamException {
            String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            catalogue = Fixtures.load(preset);
            ExchangeModel model = exporter(ViewSelection.NONE).toExchange(catalogue);
            elements = model.elements().size();
            relationships = model.relationships().size();
            if (method.equals("importExport") || method.equals("plainStaxRead")) {
                exported = Fixtures.directory().resolve(preset + "-archimate.xml");
                plain = Fixtures.directory().resolve(preset + "-archimate-plain-stax.xml");
                AtomicFiles.write(exported, out -> new ArchimateExchangeWriter().write(model, out));
                PlainStax.write(plain, elements, relationships);
            }
            if (!method.startsWith("export")) {
                // Only the exports need the model; the peak heap of the others should not count it.
                catalogue = null;
            }
        }
    }

    static ArchimateExporter exporter(ViewSelection views) {
        return new ArchimateExporter(ExportOptions.all().withViews(views), Progress.NONE);
    }

    @Benchmark
    @Ours(value = EXPORT, target = 2.0)
    public ExchangeModel exportWithoutViews(Fixture fixture) throws IOException {
        ExchangeModel model = exporter(ViewSelection.NONE).toExchange(fixture.catalogue);
        new ArchimateExchangeWriter().write(model, OutputStream.nullOutputStream());
        return model;
    }

    @Benchmark
    @Baseline(value = { EXPORT, EXPORT_VIEWS }, what = "plain StAX, as many elements and relationships")
    public int plainStaxWrite(Fixture fixture) throws XMLStreamException {
        PlainStax.write(OutputStream.nullOutputStream(), fixture.elements, fixture.relationships);
        return fixture.elements;
    }

    @Benchmark
    @Ours(IMPORT)
    public ImportReport importExport(Fixture fixture) {
        return new ArchimateImporter().read(fixture.exported);
    }

    @Benchmark
    @Baseline(value = IMPORT, what = "plain StAX reading a file of the same shape")
    public long plainStaxRead(Fixture fixture) throws IOException, XMLStreamException {
        return PlainStax.read(fixture.plain);
    }
}
