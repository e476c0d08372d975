package org.egovera.sparql;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How query results are printed. SELECT and ASK results use the SPARQL results formats; CONSTRUCT and
 * DESCRIBE results, being graphs, are printed as {@link #graphSyntax()}.
 */
public enum ResultFormat {
    TABLE("table", "a text table for people", "ttl"),
    CSV("csv", "SPARQL 1.1 CSV results", "nt"),
    TSV("tsv", "SPARQL 1.1 TSV results", "nt"),
    JSON("json", "SPARQL 1.1 results in JSON", "jsonld");

    private final String formatName;
    private final String description;
    private final String graphSyntax;

    ResultFormat(String formatName, String description, String graphSyntax) {
        this.formatName = formatName;
        this.description = description;
        this.graphSyntax = graphSyntax;
    }

    public String formatName() {
        return formatName;
    }

    public String description() {
        return description;
    }

    /** The RDF syntax (a registry name) in which graph results are printed. */
    public String graphSyntax() {
        return graphSyntax;
    }

    public static Optional<ResultFormat> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.formatName.equals(wanted)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(ResultFormat::formatName).collect(Collectors.joining(", "));
    }
}
