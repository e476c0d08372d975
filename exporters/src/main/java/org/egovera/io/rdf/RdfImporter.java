package org.egovera.io.rdf;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.egovera.model.Catalogue;
import org.egovera.model.io.InputException;

/**
 * Reads a catalogue from an egovera RDF export, in any {@link RdfSyntax}: the inverse of
 * {@link RdfExporter}, up to the order of lists (see {@link CanonicalOrder}).
 */
public final class RdfImporter {

    /**
     * An imported catalogue.
     *
     * @param notes what the import skipped or had to decide
     */
    public record Result(Catalogue catalogue, List<String> notes) {
    }

    private RdfImporter() {
    }

    /** Reads {@code file}, its syntax chosen by its extension. */
    public static Result read(Path file) {
        return fromGraph(RdfParsing.graph(file), file);
    }

    /**
     * Reads a catalogue from statements already parsed; {@code origin} names them in errors.
     *
     * @throws InputException when the statements do not describe one well-formed catalogue
     */
    public static Result fromGraph(Graph graph, Path origin) {
        CatalogueReader reader = new CatalogueReader(graph, origin);
        Catalogue catalogue = reader.read();
        return new Result(catalogue, List.copyOf(reader.notes()));
    }
}
