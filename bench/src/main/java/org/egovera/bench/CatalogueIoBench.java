package org.egovera.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;
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
 * Loading and saving a catalogue as XMI ({@link CatalogueStore}, what every command does) against
 * EMF's binary resource on the same model. Saving writes to a null stream, so both measure encoding
 * only; loading reads the same fixture file from the page cache.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "-Xss16m" }) // RunAll sets the JVM options of its own runs
public class CatalogueIoBench {

    /** The preset's files, and for the save benchmarks its catalogue, loaded as the benchmark needs it. */
    @State(Scope.Benchmark)
    public static class Fixture {
        @Param({ "small", "medium", "large" })
        public String preset;

        Path xmi;
        Path binary;
        Catalogue catalogue;

        @Setup
        public void prepare(BenchmarkParams params) {
            xmi = Fixtures.catalogue(preset);
            binary = Fixtures.binary(preset);
            String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            if (method.startsWith("save")) {
                catalogue = Fixtures.load(preset);
            }
            if (method.equals("saveBinary")) {
                Fixtures.binaryResource(catalogue);
            }
        }
    }

    @Benchmark
    @Ours("XMI load")
    public Catalogue loadXmi(Fixture fixture) {
        return CatalogueStore.load(fixture.xmi);
    }

    @Benchmark
    @Baseline(value = "XMI load", what = "EMF binary resource")
    public Catalogue loadBinary(Fixture fixture) {
        return Fixtures.loadBinary(fixture.binary);
    }

    @Benchmark
    @Ours("XMI save")
    @Baseline(value = GeneratorBench.GENERATE, what = "EMF's XMI save of the same catalogue")
    public Catalogue saveXmi(Fixture fixture) throws IOException {
        CatalogueStore.write(fixture.catalogue, OutputStream.nullOutputStream());
        return fixture.catalogue;
    }

    @Benchmark
    @Baseline(value = "XMI save", what = "EMF binary resource")
    public Catalogue saveBinary(Fixture fixture) throws IOException {
        Fixtures.saveBinary(fixture.catalogue, OutputStream.nullOutputStream());
        return fixture.catalogue;
    }
}
