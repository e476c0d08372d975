package org.egovera.io.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.egovera.model.Catalogue;
import org.egovera.model.io.AtomicFiles;
import org.egovera.model.io.Progress;

/**
 * Exports a catalogue as RDF in any {@link RdfSyntax}. Streaming syntaxes are written as the
 * statements are produced; the others (RDF/XML, JSON-LD) need the whole graph to lay it out. In TriG
 * and N-Quads the catalogue's statements go to a graph named by the catalogue's IRI and the ontology
 * to a graph named by the ontology's.
 */
public final class RdfExporter {

    private RdfExporter() {
    }

    /** Writes the export to {@code file}, atomically: on failure the file is left as it was. */
    public static ExportReport export(Catalogue catalogue, RdfSyntax syntax, ExportOptions options, Path file,
            Progress progress) throws IOException {
        ExportReport[] report = new ExportReport[1];
        AtomicFiles.write(file, out -> report[0] = write(catalogue, syntax, options, out, progress));
        return report[0];
    }

    public static ExportReport write(Catalogue catalogue, RdfSyntax syntax, ExportOptions options, OutputStream out,
            Progress progress) {
        if (syntax.streaming()) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, syntax.writerFormat());
            return emitDocument(catalogue, options, writer, syntax.dataset(), progress);
        }
        if (syntax.dataset()) {
            DatasetGraph dataset = DatasetGraphFactory.createGeneral();
            ExportReport report = emitDocument(catalogue, options, StreamRDFLib.dataset(dataset), true, progress);
            RDFWriter.source(dataset).format(syntax.writerFormat()).output(out);
            return report;
        }
        Graph graph = GraphFactory.createDefaultGraph();
        ExportReport report = emitDocument(catalogue, options, StreamRDFLib.graph(graph), false, progress);
        RDFWriter.source(graph).format(syntax.writerFormat()).output(out);
        return report;
    }

    /** The export as one in-memory graph (data and ontology together, as {@code options} say). */
    public static Graph graph(Catalogue catalogue, ExportOptions options) {
        Graph graph = GraphFactory.createDefaultGraph();
        emitDocument(catalogue, options, StreamRDFLib.graph(graph), false, Progress.NONE);
        return graph;
    }

    /**
     * Sends the statements to {@code sink} as triples, without start, finish or prefixes: for callers that
     * put the catalogue into a store of their own (the SPARQL dataset, a remote graph).
     */
    public static ExportReport emit(Catalogue catalogue, ExportOptions options, StreamRDF sink, Progress progress) {
        return emitTo(catalogue, options, iris(catalogue, options), sink, sink, progress);
    }

    /** The base IRI an export of this catalogue uses with these options. */
    public static String baseOf(Catalogue catalogue, ExportOptions options) {
        if (options.base() != null) {
            return options.base();
        }
        String own = catalogue.getBaseIri();
        return own == null || own.isBlank() ? Vocabulary.DEFAULT_BASE : own.strip();
    }

    /** The catalogue's own IRI in an export with these options: the name of its graph in TriG, N-Quads and stores. */
    public static String catalogueIri(Catalogue catalogue, ExportOptions options) {
        return iris(catalogue, options).subject(catalogue).getURI();
    }

    /**
     * Checks that {@code base} can serve as a base IRI.
     *
     * @throws IllegalArgumentException saying why it cannot
     */
    public static void checkBase(String base) {
        SubjectIris.checkBase(base);
    }

    private static ExportReport emitDocument(Catalogue catalogue, ExportOptions options, StreamRDF sink,
            boolean namedGraphs, Progress progress) {
        sink.start();
        Vocabulary.prefixes().forEach(sink::prefix);
        sink.prefix("", baseOf(catalogue, options));
        SubjectIris iris = iris(catalogue, options);
        ExportReport report;
        if (namedGraphs) {
            report = emitTo(catalogue, options, iris, StreamRDFLib.extendTriplesToQuads(iris.subject(catalogue), sink),
                    StreamRDFLib.extendTriplesToQuads(NodeFactory.createURI(Vocabulary.ONTOLOGY), sink), progress);
        } else {
            report = emitTo(catalogue, options, iris, sink, sink, progress);
        }
        sink.finish();
        return report;
    }

    private static ExportReport emitTo(Catalogue catalogue, ExportOptions options, SubjectIris iris, StreamRDF data,
            StreamRDF ontology, Progress progress) {
        long triples = 0;
        List<String> notes = new ArrayList<>(iris.notes());
        if (options.content().data()) {
            CatalogueTriples writer = new CatalogueTriples(catalogue, iris, data);
            triples += writer.emit(progress);
            notes.addAll(writer.notes());
        }
        if (options.content().ontology()) {
            triples += OntologyTriples.emit(ontology);
        }
        return new ExportReport(triples, iris.base(), iris.subject(catalogue).getURI(), List.copyOf(notes));
    }

    private static SubjectIris iris(Catalogue catalogue, ExportOptions options) {
        return SubjectIris.allocate(catalogue, baseOf(catalogue, options));
    }
}
