package org.egovera.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import org.egovera.generate.CatalogueGenerator;
import org.egovera.generate.GenerationSummary;
import org.egovera.model.io.Progress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generating a catalogue (drawing it and streaming its XMI); its baseline is EMF saving the very same
 * catalogue from memory ({@link CatalogueIoBench#saveXmi}): what the generator costs beyond writing the
 * bytes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "-Xss16m" }) // RunAll sets the JVM options of its own runs
public class GeneratorBench {

    static final String GENERATE = "generate";

    @State(Scope.Benchmark)
    public static class Fixture {
        @Param({ "small", "medium", "large" })
        public String preset;
    }

    @Benchmark
    @Ours(GENERATE)
    public GenerationSummary generate(Fixture fixture) throws IOException {
        return CatalogueGenerator.write(Fixtures.preset(fixture.preset).settings(), OutputStream.nullOutputStream(), Progress.NONE);
    }
}
