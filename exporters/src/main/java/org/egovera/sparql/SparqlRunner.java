package org.egovera.sparql;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.egovera.io.rdf.RdfSyntax;
import org.egovera.model.io.InputException;

/**
 * Parses and runs SPARQL queries on a {@link QueryDataset}: syntax errors name the line and column,
 * queries stop at a time limit, parameters are bound before the query runs, and results are printed
 * only once complete, so a failed query prints nothing.
 */
public final class SparqlRunner {

    /**
     * What a query returned.
     *
     * @param form    SELECT, ASK, CONSTRUCT or DESCRIBE
     * @param results rows (SELECT), triples (CONSTRUCT, DESCRIBE), or 1 for a true ASK
     * @param elapsed how long it ran
     */
    public record Outcome(String form, long results, Duration elapsed) {
    }

    private static final Pattern TOKEN_POSITION = Pattern.compile(" at line (\\d+), column (\\d+)\\.?$");

    private SparqlRunner() {
    }

    /**
     * Parses a query; {@code origin} names it in errors.
     *
     * @throws InputException with the line and column of a syntax error
     */
    public static Query parse(String text, Path origin) {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            String message = e.getMessage() == null ? "syntax error" : e.getMessage().strip().lines().findFirst().orElse("")
                    .replaceFirst("^Line \\d+, column \\d+: ", "");
            int line = Math.max(e.getLine(), 0);
            int column = Math.max(e.getColumn(), 0);
            // the parser's own message names the offending token's position, which is the one a user needs
            Matcher at = TOKEN_POSITION.matcher(message);
            if (at.find()) {
                line = Integer.parseInt(at.group(1));
                column = Integer.parseInt(at.group(2));
                message = message.substring(0, at.start()).strip();
            }
            throw new InputException(origin, line, column, "SPARQL syntax error: " + message, e);
        } catch (QueryException e) {
            throw new InputException(origin, "not a SPARQL query: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a query and prints its results.
     *
     * @param bindings variable name to value: {@code <iri>} for an IRI, anything else a string literal
     * @throws QueryTimeoutException when the query runs longer than {@code timeout}
     */
    public static Outcome run(QueryDataset store, Query query, Path origin, Map<String, String> bindings, Duration timeout,
            ResultFormat format, OutputStream out) {
        long started = System.nanoTime();
        long[] results = new long[1];
        try {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution execution = execution(store, query, origin, bindings, timeout)) {
                    results[0] = execute(execution, query, format, out);
                }
            });
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException(origin, timeout, e);
        } catch (InputException e) {
            throw e;
        } catch (QueryException | org.apache.jena.atlas.web.HttpException e) {
            throw new InputException(origin, "the query failed: " + oneLine(e), e);
        }
        return new Outcome(query.queryType().name(), results[0], Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Runs a SELECT query and returns its rows, each variable's value as text (IRIs without brackets,
     * literals by their lexical form); unbound variables are absent from the row.
     */
    public static List<Map<String, String>> select(QueryDataset store, Query query, Path origin, Map<String, String> bindings,
            Duration timeout) {
        if (!query.isSelectType()) {
            throw new InputException(origin, "expected a SELECT query, found " + query.queryType());
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution execution = execution(store, query, origin, bindings, timeout)) {
                    execution.execSelect().forEachRemaining(solution -> {
                        Map<String, String> row = new LinkedHashMap<>();
                        for (String variable : query.getResultVars()) {
                            RDFNode value = solution.get(variable);
                            if (value != null) {
                                row.put(variable, value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString());
                            }
                        }
                        rows.add(row);
                    });
                }
            });
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException(origin, timeout, e);
        }
        return rows;
    }

    private static QueryExecution execution(QueryDataset store, Query query, Path origin, Map<String, String> bindings,
            Duration timeout) {
        var builder = QueryExecution.create().query(query).dataset(store.dataset())
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .set(ARQ.httpQueryTimeout, timeout.toMillis());
        for (Map.Entry<String, String> binding : bindings.entrySet()) {
            String name = binding.getKey();
            if (!Pattern.compile("[?$]" + Pattern.quote(name) + "\\b").matcher(query.serialize()).find()) {
                throw new InputException(origin, "the query has no variable ?" + name + " to bind");
            }
            builder.substitution(name, value(binding.getValue()));
        }
        return builder.build();
    }

    private static long execute(QueryExecution execution, Query query, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSetRewindable rows = ResultSetFactory.copyResults(execution.execSelect());
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, rows, query);
                case CSV -> ResultSetFormatter.outputAsCSV(out, rows);
                case TSV -> ResultSetFormatter.outputAsTSV(out, rows);
                case JSON -> ResultSetFormatter.outputAsJSON(out, rows);
            }
            return rows.size();
        }
        if (query.isAskType()) {
            boolean answer = execution.execAsk();
            switch (format) {
                case TABLE -> {
                    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
                    print.println(answer ? "yes" : "no");
                }
                case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
                case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
                case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            }
            return answer ? 1 : 0;
        }
        Model model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
        RdfSyntax syntax = RdfSyntax.named(format.graphSyntax()).orElseThrow();
        model.setNsPrefixes(query.getPrefixMapping());
        RDFDataMgr.write(out, model, syntax.writerFormat());
        return model.size();
    }

    private static RDFNode value(String text) {
        String value = text.strip();
        if (value.startsWith("<") && value.endsWith(">")) {
            return ResourceFactory.createResource(value.substring(1, value.length() - 1));
        }
        return ResourceFactory.createStringLiteral(text);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().replaceAll("\\s+", " ");
    }
}
