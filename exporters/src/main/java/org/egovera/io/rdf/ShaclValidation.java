package org.egovera.io.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.egovera.io.rdf.ExportOptions.Content;
import org.egovera.model.Catalogue;
import org.egovera.model.io.InputException;

/**
 * Validates RDF with Jena SHACL against the shapes egovera ships ({@code egovera-shapes.ttl}, the
 * contract with the standards and the eGovERA tools), the shapes derived from the metamodel, and any
 * further shapes the caller names (the EU's CPSV-AP shapes, for example). The data is validated
 * together with the ontology, so that {@code sh:class} constraints see the subclass hierarchy.
 */
public final class ShaclValidation {

    /** The classpath location of the shipped shapes. */
    public static final String SHIPPED_SHAPES = "/org/egovera/io/rdf/egovera-shapes.ttl";

    private static final Node SH_PROPERTY = org.apache.jena.graph.NodeFactory.createURI(Vocabulary.SH + "property");
    private static final Node SH_PATH = org.apache.jena.graph.NodeFactory.createURI(Vocabulary.SH + "path");

    private ShaclValidation() {
    }

    /** Validates a catalogue's export. */
    public static ShaclReport validate(Catalogue catalogue, String base, List<Path> extraShapes) {
        Graph data = RdfExporter.graph(catalogue, new ExportOptions(Content.DATA_AND_ONTOLOGY, base));
        return validateWithOntology(data, extraShapes);
    }

    /** Validates RDF read from a file (an export, or RDF others wrote in our vocabulary). */
    public static ShaclReport validate(Graph data, List<Path> extraShapes) {
        Graph withOntology = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(withOntology::add);
        OntologyTriples.emit(StreamRDFLib.graph(withOntology));
        return validateWithOntology(withOntology, extraShapes);
    }

    /** The shipped shapes and the metamodel's, as one graph. */
    public static Graph shapes() {
        Graph shapes = ShapesFromMetamodel.build();
        try (InputStream in = ShaclValidation.class.getResourceAsStream(SHIPPED_SHAPES)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED_SHAPES + " is missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shapes;
    }

    private static ShaclReport validateWithOntology(Graph data, List<Path> extraShapes) {
        Graph shapesGraph = shapes();
        for (Path file : extraShapes) {
            RdfParsing.graph(file).find().forEachRemaining(shapesGraph::add);
        }
        Shapes shapes;
        try {
            shapes = Shapes.parse(shapesGraph);
        } catch (ShaclParseException e) {
            throw new InputException(extraShapes.isEmpty() ? null : extraShapes.get(0), "not valid SHACL: " + e.getMessage(), e);
        }
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Vocabulary.prefixes())
                .setNsPrefix("shapes", ShapesFromMetamodel.SHAPES);
        List<ShaclFinding> findings = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            findings.add(new ShaclFinding(
                    entry.severity().level().getLocalName().toLowerCase(java.util.Locale.ROOT),
                    shorten(entry.focusNode(), prefixes),
                    entry.resultPath() == null ? null : entry.resultPath().toString(new Prologue(prefixes)),
                    entry.value() == null ? null : shorten(entry.value(), prefixes),
                    entry.message(),
                    shapeName(entry.source(), shapesGraph, prefixes)));
        }
        return new ShaclReport(List.copyOf(findings), data.size());
    }

    /** A shape's name; a blank property shape is named after the node shape that holds it. */
    private static String shapeName(Node shape, Graph shapesGraph, PrefixMapping prefixes) {
        if (shape == null) {
            return null;
        }
        if (shape.isBlank()) {
            var holders = shapesGraph.find(Node.ANY, SH_PROPERTY, shape);
            if (holders.hasNext()) {
                Node holder = holders.next().getSubject();
                var paths = shapesGraph.find(shape, SH_PATH, Node.ANY);
                return shorten(holder, prefixes) + (paths.hasNext() ? " " + shorten(paths.next().getObject(), prefixes) : "");
            }
        }
        return shorten(shape, prefixes);
    }

    private static String shorten(Node node, PrefixMapping prefixes) {
        return FmtUtils.stringForNode(node, prefixes);
    }
}
