package org.egovera.sparql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
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
 * The store SPARQL runs on: a TDB2 dataset, in memory or in a directory that survives restarts. Each
 * input becomes a named graph (a Member State's file beside the central catalogue, for example) and
 * the default graph is the union of all of them, so that a query without {@code GRAPH} sees everything.
 * Catalogues ({@code .egovera}) are exported on the way in; RDF files are loaded as they are.
 */
public final class QueryDataset implements AutoCloseable {

    /** The graph that holds the ontology of the egov: terms, loaded with the first catalogue. */
    public static final String ONTOLOGY_GRAPH = Vocabulary.ONTOLOGY;

    private final Dataset dataset;
    private final Path directory;
    private final List<String> graphs = new ArrayList<>();

    private QueryDataset(Dataset dataset, Path directory) {
        this.dataset = dataset;
        this.directory = directory;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** An empty dataset in memory. */
    public static QueryDataset inMemory() {
        return new QueryDataset(TDB2Factory.createDataset(), null);
    }

    /** The persistent dataset in {@code directory}, created if absent, with whatever it already holds. */
    public static QueryDataset persistent(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new InputException(directory, "not a directory: the TDB2 store must be a directory");
        }
        try {
            Files.createDirectories(directory);
            return new QueryDataset(TDB2Factory.connectDataset(directory.toString()), directory);
        } catch (java.io.IOException | RuntimeException e) {
            throw new InputException(directory, "cannot open the TDB2 store: " + e.getMessage(), e);
        }
    }

    /** Loads a file: a catalogue, or RDF in any registered syntax. Replaces the graph of the same name. */
    public QueryDataset load(Path file) {
        Node graph = NodeFactory.createURI(file.toAbsolutePath().normalize().toUri().toString());
        if (file.getFileName().toString().endsWith("." + CatalogueStore.FILE_EXTENSION)) {
            return load(CatalogueStore.load(file), graph);
        }
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(graph);
            RdfParsing.parse(file, new DefaultGraphAs(graph, StreamRDFLib.dataset(dsg)));
        });
        graphs.add(graph.getURI());
        return this;
    }

    /** Loads a catalogue into the named graph {@code graphName} (its own IRI when null), and the ontology once. */
    public QueryDataset load(Catalogue catalogue, Node graphName) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        String[] name = new String[1];
        Txn.executeWrite(dsg, () -> {
            Node ontology = NodeFactory.createURI(ONTOLOGY_GRAPH);
            Node graph = graphName != null ? graphName
                    : NodeFactory.createURI(RdfExporter.catalogueIri(catalogue, ExportOptions.dataOnly()));
            dsg.removeGraph(graph);
            RdfExporter.emit(catalogue, ExportOptions.dataOnly(), StreamRDFLib.extendTriplesToQuads(graph, StreamRDFLib.dataset(dsg)),
                    Progress.NONE);
            if (!dsg.containsGraph(ontology)) {
                RdfExporter.emit(catalogue, ExportOptions.dataOnly().withContent(ExportOptions.Content.ONTOLOGY),
                        StreamRDFLib.extendTriplesToQuads(ontology, StreamRDFLib.dataset(dsg)), Progress.NONE);
            }
            name[0] = graph.getURI();
        });
        graphs.add(name[0]);
        return this;
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
        return directory != null;
    }

    /** Releases the store; a persistent one is closed so another process (or a later run) can open it. */
    @Override
    public void close() {
        if (directory != null) {
            TDBInternal.expel(dataset.asDatasetGraph());
        } else {
            dataset.close();
        }
    }

    /** Sends a file's default-graph triples into a named graph; its own named graphs keep their names. */
    private static final class DefaultGraphAs extends StreamRDFWrapper {
        private final Node graph;

        DefaultGraphAs(Node graph, StreamRDF other) {
            super(other);
            this.graph = graph;
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
