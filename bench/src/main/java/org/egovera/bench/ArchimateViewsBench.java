package org.egovera.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import org.egovera.io.archimate.ArchimateExchangeWriter;
import org.egovera.io.archimate.ExchangeModel;
import org.egovera.io.archimate.ViewSelection;
import org.egovera.model.Catalogue;
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

/**
 * The ArchiMate export with the five EIRA views, measured apart from the export without views (whose
 * plain StAX baseline it shares), on the large catalogue only: how a view scales is a layout question
 * the three sizes of the other benchmarks already answer for the model.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "-Xss16m" }) // RunAll sets the JVM options of its own runs
public class ArchimateViewsBench {

    @State(Scope.Benchmark)
    public static class Fixture {
        @Param({ "large" })
        public String preset;

        Catalogue catalogue;

        @Setup
        public void load() {
            catalogue = Fixtures.load(preset);
        }
    }

    @Benchmark
    @Ours(ArchimateExchangeBench.EXPORT_VIEWS)
    public ExchangeModel exportWithEiraViews(Fixture fixture) throws IOException {
        ExchangeModel model = ArchimateExchangeBench.exporter(ViewSelection.EIRA).toExchange(fixture.catalogue);
        new ArchimateExchangeWriter().write(model, OutputStream.nullOutputStream());
        return model;
    }
}
