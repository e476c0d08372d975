package org.egovera.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.egovera.io.rdf.ExportOptions;
import org.egovera.io.rdf.ExportOptions.Content;
import org.egovera.io.rdf.RdfExporter;
import org.egovera.model.io.InputException;
import org.egovera.sparql.GraphStorePublisher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = { "Push a catalogue's RDF export to a SPARQL 1.1 Graph Store Protocol endpoint.",
                "Any such store will do (Fuseki, GraphDB, Virtuoso...); the graph is replaced unless --append." },
        footer = { "", "Example: egovera publish --endpoint http://localhost:3030/egovera/data --graph urn:egovera:central",
                "         --user editor --password-file ~/.egovera-password" })
final class PublishCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueInput input;

    @Option(names = "--endpoint", paramLabel = "URL", required = true, description = "The graph store (or dataset) URL.")
    private String endpoint;

    @Option(names = "--graph", paramLabel = "IRI", description = "The named graph to write; the default graph when absent.")
    private String graph;

    @Option(names = "--append", description = "Add to the graph (HTTP POST) instead of replacing it (PUT).")
    private boolean append;

    @Option(names = "--no-ontology", description = "Send the data without the ontology.")
    private boolean dataOnly;

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of subjects without a persistent URI.")
    private String base;

    @Option(names = "--user", paramLabel = "USER", description = "User for HTTP basic authentication.")
    private String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the password (never on the command line).")
    private Path passwordFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long to wait for a connection (default: ${DEFAULT-VALUE}).")
    private double timeoutSeconds = 10;

    @Override
    public Integer call() throws IOException {
        try {
            GraphStorePublisher.checkEndpoint(endpoint);
            if (base != null) {
                RdfExporter.checkBase(base);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (timeoutSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be positive");
        }
        char[] password = null;
        if (passwordFile != null) {
            if (!Files.isReadable(passwordFile)) {
                throw new InputException(passwordFile, "no such password file, or it cannot be read");
            }
            password = Files.readString(passwordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("").toCharArray();
        }
        ExportOptions options = new ExportOptions(dataOnly ? Content.DATA : Content.DATA_AND_ONTOLOGY, base);
        GraphStorePublisher.Outcome outcome = GraphStorePublisher.publish(input.load(), options, new GraphStorePublisher.Target(
                endpoint, graph, !append, user, password, Duration.ofMillis(Math.round(timeoutSeconds * 1000))));
        spec.commandLine().getOut().printf("%s: %d triples %s %s at %s (%d ms)%n", input.displayName(), outcome.triples(),
                append ? "added to" : "replaced", graph == null ? "the default graph" : "graph <" + graph + ">", endpoint,
                outcome.elapsed().toMillis());
        spec.commandLine().getOut().flush();
        return ExitCodes.SUCCESS;
    }
}
