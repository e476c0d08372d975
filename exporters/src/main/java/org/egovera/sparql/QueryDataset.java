package org.egovera.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.egovera.io.rdf.ExportOptions;
import org.egovera.io.rdf.RdfExporter;
import org.egovera.io.rdf.RdfParsing;
import org.egovera.io.rdf.Vocabulary;
import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.io.InputException;
import org.egovera.model.io.Progress;

/**
 * The store SPARQL runs on: a TDB2 dataset, either temporary (deleted on close) or in a directory that
 * survives restarts. Each input becomes a named graph (a Member State's file beside the central
 * catalogue, for example) and the default graph is the union of all of them, so that a query without
 * {@code GRAPH} sees everything. Catalogues ({@code .egovera}) are exported on the way in; RDF files are
 * loaded as they are. TDB2 is used even for one-off queries because its union default graph holds in
 * every engine (ARQ, Fuseki, the graph store protocol); its in-memory variant emulates disk and loads far
 * slower than a temporary directory.
 */
public final class QueryDataset implements AutoCloseable {

    /** The graph that holds the ontology of the egov: terms, loaded with the first catalogue. */
    public static final String ONTOLOGY_GRAPH = Vocabulary.ONTOLOGY;

    private final Dataset dataset;
    private final Path directory;
    private final boolean temporary;
    private final List<String> graphs = new ArrayList<>();

    private QueryDataset(Dataset dataset, Path directory, boolean temporary) {
        this.dataset = dataset;
        this.directory = directory;
        this.temporary = temporary;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** An empty, temporary dataset, deleted on {@link #close()}. */
    public static QueryDataset inMemory() {
        try {
            Path directory = Files.createTempDirectory("egovera-store");
            return new QueryDataset(TDB2Factory.connectDataset(directory.toString()), directory, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary store", e);
        }
    }

    /** The persistent dataset in {@code directory}, created if absent, with whatever it already holds. */
    public static QueryDataset persistent(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new InputException(directory, "not a directory: the TDB2 store must be a directory");
        }
        try {
            Files.createDirectories(directory);
            return new QueryDataset(TDB2Factory.connectDataset(directory.toString()), directory, false);
        } catch (IOException | RuntimeException e) {
            throw new InputException(directory, "cannot open the TDB2 store: " + e.getMessage(), e);
        }
    }

    /** Loads a file: a catalogue, or RDF in any registered syntax. Replaces the graph of the same name. */
    public QueryDataset load(Path file) {
        Node graph = NodeFactory.createURI(file.toAbsolutePath().normalize().toUri().toString());
        if (file.getFileName().toString().endsWith("." + CatalogueStore.FILE_EXTENSION)) {
            return load(CatalogueStore.load(file), graph);
        }
        RdfParsing.syntaxOf(file);
        bulk(graph, sink -> RdfParsing.parse(file, new DefaultGraphAs(graph, sink)));
        graphs.add(graph.getURI());
        return this;
    }

    /** Loads a catalogue into the named graph {@code graphName} (its own IRI when null), and the ontology once. */
    public QueryDataset load(Catalogue catalogue, Node graphName) {
        Node graph = graphName != null ? graphName : NodeFactory.createURI(RdfExporter.catalogueIri(catalogue, ExportOptions.dataOnly()));
        bulk(graph, sink -> RdfExporter.emit(catalogue, ExportOptions.dataOnly(), StreamRDFLib.extendTriplesToQuads(graph, sink),
                Progress.NONE));
        Node ontology = NodeFactory.createURI(ONTOLOGY_GRAPH);
        if (!Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().containsGraph(ontology))) {
            bulk(ontology, sink -> RdfExporter.emit(catalogue, ExportOptions.dataOnly().withContent(ExportOptions.Content.ONTOLOGY),
                    StreamRDFLib.extendTriplesToQuads(ontology, sink), Progress.NONE));
        }
        graphs.add(graph.getURI());
        return this;
    }

    /** Replaces a graph through TDB2's loader; the sink takes quads (the wrappers above make them). */
    private void bulk(Node graph, Consumer<StreamRDF> producer) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dsg, () -> dsg.removeGraph(graph));
        DataLoader loader = LoaderFactory.basicLoader(dsg, MonitorOutputs.nullOutput());
        loader.startBulk();
        try {
            StreamRDF sink = loader.stream();
            sink.start();
            producer.accept(sink);
            sink.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The named graphs loaded by this object, in loading order. */
    public List<String> loadedGraphs() {
        return List.copyOf(graphs);
    }

    /** How many quads the store holds (all named graphs). */
    public long size() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }

    public boolean isPersistent() {
        return !temporary;
    }

    /** Releases the store so another process (or a later run) can open it; a temporary one is deleted. */
    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
        if (temporary) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                // a temporary store left behind wastes disk but harms nothing; the query has its answer
            }
        }
    }

    /**
     * Sends a file's default-graph triples into a named graph; its own named graphs keep their names.
     * The loader's stream is started and finished by {@link #bulk}, not by the parser.
     */
    private static final class DefaultGraphAs extends StreamRDFWrapper {
        private final Node graph;

        DefaultGraphAs(Node graph, StreamRDF other) {
            super(other);
            this.graph = graph;
        }

        @Override
        public void start() {
        }

        @Override
        public void finish() {
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            get().quad(Quad.create(graph, triple));
        }

        @Override
        public void quad(Quad quad) {
            get().quad(quad.isDefaultGraph() ? Quad.create(graph, quad.asTriple()) : quad);
        }
    }
}
