package org.egovera.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.egovera.catalogue.CannedQueries;
import org.egovera.catalogue.CannedQuery;
import org.egovera.model.io.AtomicFiles;
import org.egovera.model.io.InputException;
import org.egovera.sparql.ResultFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = { "Run a SPARQL query on catalogues and RDF files: a QUERY.rq file, -e TEXT, or a canned query (--name).",
                "Each FILE becomes a named graph (its file URI) and the default graph is their union." },
        footer = { "", "With no FILE the query runs on the shipped catalogue. --list shows the canned queries.",
                "Examples:", "  egovera query --name sharing-candidates",
                "  egovera query central.egovera BE.ttl -e 'SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g'" })
final class QueryCommand implements Callable<Integer> {

    private static final List<String> QUERY_EXTENSIONS = List.of(".rq", ".sparql");

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Catalogues (.egovera) and RDF files, and at most one query file (.rq).")
    private List<Path> files = new ArrayList<>();

    @Option(names = { "-e", "--expression" }, paramLabel = "SPARQL", description = "The query text.")
    private String expression;

    @Option(names = { "-n", "--name" }, paramLabel = "NAME", description = "A canned query (see --list).")
    private String name;

    @Option(names = "--list", description = "List the canned queries and exit.")
    private boolean list;

    @Option(names = { "-p", "--param" }, paramLabel = "NAME=VALUE",
            description = "Bind ?NAME to VALUE (a string, or an IRI written <...>); repeatable.")
    private Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class, completionCandidates = FormatNames.class,
            description = "Results as ${COMPLETION-CANDIDATES} (default: table). Graphs (CONSTRUCT) print as Turtle, N-Triples or JSON-LD.")
    private ResultFormat format = ResultFormat.TABLE;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop a query running longer than this (default: ${DEFAULT-VALUE}).")
    private double timeoutSeconds = 60;

    @Option(names = { "-o", "--output" }, paramLabel = "OUT", description = "Write the results to this file (atomically) instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        if (list) {
            printList(spec.commandLine().getOut());
            return ExitCodes.SUCCESS;
        }
        List<Path> data = new ArrayList<>();
        Path queryFile = null;
        for (Path file : files) {
            if (QUERY_EXTENSIONS.stream().anyMatch(extension -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension))) {
                if (queryFile != null) {
                    throw new ParameterException(spec.commandLine(), "one query file at a time: " + queryFile + " and " + file);
                }
                queryFile = file;
            } else {
                data.add(file);
            }
        }
        QueryText query = queryText(queryFile);
        if (timeoutSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be positive");
        }
        Duration timeout = Duration.ofMillis(Math.round(timeoutSeconds * 1000));
        SparqlQueryRun run = new SparqlQueryRun(data, query.text(), query.origin(), query.bindings(parameters), timeout, format);
        if (output == null) {
            WriterOutputStream out = new WriterOutputStream(spec.commandLine().getOut());
            run.execute(out);
            out.flush();
        } else {
            AtomicFiles.write(output, run::execute);
        }
        return ExitCodes.SUCCESS;
    }

    private QueryText queryText(Path queryFile) throws IOException {
        int given = (queryFile != null ? 1 : 0) + (expression != null ? 1 : 0) + (name != null ? 1 : 0);
        if (given != 1) {
            throw new ParameterException(spec.commandLine(), given == 0
                    ? "say which query to run: a QUERY.rq file, -e SPARQL or --name NAME (see --list)"
                    : "give only one of: a QUERY.rq file, -e SPARQL, --name NAME");
        }
        if (expression != null) {
            return new QueryText(expression, Path.of("-e"), null);
        }
        if (name != null) {
            CannedQuery canned = CannedQueries.named(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "no canned query named '" + name + "'; --list shows them"));
            for (String parameter : parameters.keySet()) {
                if (canned.parameter(parameter).isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "the canned query " + name + " takes no parameter '" + parameter
                            + "'" + (canned.parameters().isEmpty() ? "" : "; it takes: "
                                    + String.join(", ", canned.parameters().stream().map(CannedQuery.Parameter::name).toList())));
                }
            }
            return new QueryText(canned.text(), Path.of(canned.name() + ".rq"), canned);
        }
        if (!Files.isRegularFile(queryFile)) {
            throw new InputException(queryFile, "no such query file");
        }
        return new QueryText(Files.readString(queryFile, StandardCharsets.UTF_8), queryFile, null);
    }

    private static void printList(PrintWriter out) {
        for (CannedQuery query : CannedQueries.list()) {
            out.printf("%-32s %s%n", query.name(), query.title());
            out.printf("%-32s %s%n", "", query.question());
            for (CannedQuery.Parameter parameter : query.parameters()) {
                out.printf("%-32s --param %s=...  %s%s%n", "", parameter.name(), parameter.description(),
                        parameter.defaultValue() == null ? "" : " (default " + parameter.defaultValue() + ")");
            }
        }
        out.flush();
    }

    /** The query to run, where it comes from, and the canned query's defaults if it is one. */
    private record QueryText(String text, Path origin, CannedQuery canned) {
        Map<String, String> bindings(Map<String, String> given) {
            Map<String, String> bindings = new LinkedHashMap<>();
            if (canned != null) {
                canned.parameters().stream().filter(p -> p.defaultValue() != null)
                        .forEach(p -> bindings.put(p.name(), p.defaultValue()));
            }
            bindings.putAll(given);
            return bindings;
        }
    }

    static final class FormatConverter implements ITypeConverter<ResultFormat> {
        @Override
        public ResultFormat convert(String value) {
            return ResultFormat.named(value).orElseThrow(() ->
                    new TypeConversionException("unknown result format '" + value + "'; expected one of: " + ResultFormat.names()));
        }
    }

    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(ResultFormat.values()).map(ResultFormat::formatName).iterator();
        }
    }
}
