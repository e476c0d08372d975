package org.egovera.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.egovera.io.bpmn.BpmnDefinitions;
import org.egovera.io.bpmn.BpmnImporter;
import org.egovera.io.bpmn.BpmnReader;
import org.egovera.io.bpmn.ImportReport;
import org.egovera.io.bpmn.SecureXmlInput;
import org.egovera.model.Catalogue;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.io.Progress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * BPMN import against its floor: the same large file read with plain StAX (every event pulled, nothing
 * kept, the same hardened factory), read by the BPMN reader, imported into an empty catalogue, and
 * re-imported over itself (every task kept, so every mapping is carried over).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BpmnImportBenchmark {

    @Param({ "20" })
    int processes;

    @Param({ "1000" })
    int tasksPerProcess;

    private Path file;

    /** A catalogue that already holds the file's processes, made afresh before each re-import. */
    @State(Scope.Thread)
    public static class Imported {
        Catalogue catalogue;

        @Setup(Level.Invocation)
        public void importOnce(BpmnImportBenchmark benchmark) {
            catalogue = emptyCatalogue();
            BpmnImporter.importFiles(catalogue, List.of(benchmark.file), Progress.NONE);
        }
    }

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        file = Files.createTempFile("bench-", ".bpmn");
        LargeBpmn.write(file, processes, tasksPerProcess);
        BpmnDefinitions definitions = BpmnReader.read(file);
        System.out.printf("%nfile: %.1f MB, %d processes, %d tasks, %d lanes%n", Files.size(file) / 1e6,
                definitions.processes().size(), definitions.taskCount(), definitions.laneCount());
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public int plainStax() throws IOException, XMLStreamException {
        int elements = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            XMLStreamReader xml = SecureXmlInput.open(in, file);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT) {
                    elements++;
                }
            }
            xml.close();
        }
        return elements;
    }

    @Benchmark
    public BpmnDefinitions readBpmn() {
        return BpmnReader.read(file);
    }

    @Benchmark
    public ImportReport importIntoEmptyCatalogue() {
        return BpmnImporter.importFiles(emptyCatalogue(), List.of(file), Progress.NONE);
    }

    @Benchmark
    public void reimportOverItself(Imported imported, Blackhole blackhole) {
        blackhole.consume(BpmnImporter.importFiles(imported.catalogue, List.of(file), Progress.NONE));
    }

    private static Catalogue emptyCatalogue() {
        Catalogue catalogue = EgoveraFactory.eINSTANCE.createCatalogue();
        catalogue.setId("bench");
        return catalogue;
    }
}
