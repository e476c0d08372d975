package org.egovera.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.egovera.analysis.CatalogueStatistics;
import org.egovera.catalogue.CannedQueries;
import org.egovera.catalogue.CannedQuery;
import org.egovera.io.archimate.ViewSelection;
import org.egovera.io.rdf.ExportOptions;
import org.egovera.io.rdf.RdfExporter;
import org.egovera.io.rdf.RdfSyntax;
import org.egovera.model.io.Progress;
import org.egovera.sparql.QueryDataset;
import org.egovera.sparql.SparqlRunner;
import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.validation.CatalogueValidation;

/**
 * Everything the tool does with one catalogue, in one JVM, holding the catalogue throughout: load,
 * validate, count, save as XMI, export to the ArchiMate exchange format with the EIRA views and to RDF
 * (Turtle), load it into the SPARQL store and run every canned query, save as EMF binary (last: it
 * moves the catalogue into a binary resource). {@link HeapBisection} runs it at smaller and smaller
 * heaps to find the least it needs. Exits 0 when every step succeeds.
 */
public final class WholeRun {

    /** The steps, as the report names them. */
    static final String STEPS = "load, validate, stats, save XMI, export ArchiMate and RDF, SPARQL store and queries, save binary";

    private WholeRun() {
    }

    public static void main(String[] args) throws IOException {
        Catalogue catalogue = CatalogueStore.load(Path.of(args[0]));
        if (CatalogueValidation.validate(catalogue).hasErrors()) {
            System.exit(1);
        }
        CatalogueStatistics.of(catalogue);
        CatalogueStore.write(catalogue, OutputStream.nullOutputStream());
        ArchimateExchangeBench.exporter(ViewSelection.EIRA).export(catalogue, OutputStream.nullOutputStream());
        RdfExporter.write(catalogue, RdfSyntax.TURTLE, ExportOptions.dataOnly(), OutputStream.nullOutputStream(), Progress.NONE);
        try (QueryDataset store = QueryDataset.inMemory().load(catalogue, null)) {
            for (CannedQuery canned : CannedQueries.list()) {
                Map<String, String> bindings = new HashMap<>();
                canned.parameters().stream().filter(parameter -> parameter.defaultValue() != null)
                    .forEach(parameter -> bindings.put(parameter.name(), parameter.defaultValue()));
                Path origin = Path.of(canned.name() + ".rq");
                SparqlRunner.select(store, SparqlRunner.parse(canned.text(), origin), origin, bindings, Duration.ofMinutes(5));
            }
        }
        Fixtures.saveBinary(catalogue, OutputStream.nullOutputStream());
        System.out.println("done");
    }
}
