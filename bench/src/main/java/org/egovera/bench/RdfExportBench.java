package org.egovera.bench;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.egovera.io.rdf.ExportOptions;
import org.egovera.io.rdf.ExportReport;
import org.egovera.io.rdf.RdfExporter;
import org.egovera.io.rdf.RdfSyntax;
import org.egovera.model.Catalogue;
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
 * The RDF export (walking the model, applying the mapping, writing) in streaming Turtle and N-Triples,
 * beside Jena RIOT's streaming writer writing the very same triples from an in-memory graph: the floor,
 * with no model to walk and no mapping to apply. Both write to a null stream.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "-Xss16m" }) // RunAll sets the JVM options of its own runs
public class RdfExportBench {

    static final String TURTLE = "RDF export, Turtle (streaming)";
    static final String NTRIPLES = "RDF export, N-Triples";

    @State(Scope.Benchmark)
    public static class Fixture {
        @Param({ "small", "medium", "large" })
        public String preset;

        Catalogue catalogue;
        Graph graph;

        @Setup
        public void prepare(BenchmarkParams params) {
            Catalogue loaded = Fixtures.load(preset);
            if (params.getBenchmark().contains(".riot")) {
                graph = RdfExporter.graph(loaded, ExportOptions.dataOnly());
            } else {
                catalogue = loaded;
            }
        }
    }

    @Benchmark
    @Ours(value = TURTLE, target = 1.5)
    public ExportReport exportTurtle(Fixture fixture) {
        return RdfExporter.write(fixture.catalogue, RdfSyntax.TURTLE, ExportOptions.dataOnly(), OutputStream.nullOutputStream(), Progress.NONE);
    }

    @Benchmark
    @Baseline(value = TURTLE, what = "Jena RIOT writing the same triples")
    public Graph riotTurtle(Fixture fixture) {
        StreamRDFWriter.write(OutputStream.nullOutputStream(), fixture.graph, RdfSyntax.TURTLE.writerFormat());
        return fixture.graph;
    }

    @Benchmark
    @Ours(value = NTRIPLES, target = 1.5)
    public ExportReport exportNTriples(Fixture fixture) {
        return RdfExporter.write(fixture.catalogue, RdfSyntax.NTRIPLES, ExportOptions.dataOnly(), OutputStream.nullOutputStream(), Progress.NONE);
    }

    @Benchmark
    @Baseline(value = NTRIPLES, what = "Jena RIOT writing the same triples")
    public Graph riotNTriples(Fixture fixture) {
        StreamRDFWriter.write(OutputStream.nullOutputStream(), fixture.graph, RdfSyntax.NTRIPLES.writerFormat());
        return fixture.graph;
    }
}
