package org.egovera.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.sparql.QueryDataset;
import org.egovera.sparql.ResultFormat;
import org.egovera.sparql.SparqlRunner;

/**
 * One run of {@code egovera query}: parse first (a syntax error costs no loading), load the files into
 * named graphs, run, print. Kept out of {@link QueryCommand} so that Jena loads only when a query runs.
 */
record SparqlQueryRun(List<Path> data, String text, Path origin, Map<String, String> bindings, Duration timeout,
        ResultFormat format) {

    void execute(OutputStream out) {
        Query query = SparqlRunner.parse(text, origin);
        try (QueryDataset store = QueryDataset.inMemory()) {
            if (data.isEmpty()) {
                store.load(ShippedCatalogue.load(), null);
            }
            data.forEach(store::load);
            SparqlRunner.run(store, query, origin, bindings, timeout, format, out);
        }
    }
}
