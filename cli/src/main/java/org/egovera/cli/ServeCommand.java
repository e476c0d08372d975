package org.egovera.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = { "Serve catalogues and RDF files as a SPARQL 1.1 endpoint (embedded Apache Jena Fuseki).",
                "Safe by default: loopback only, read-only, a time limit per query and a ceiling on results." },
        footer = { "", "Each FILE becomes a named graph; the default graph is their union. With no FILE: the shipped",
                "catalogue, or what the --tdb2 store already holds. Stop with Ctrl-C." })
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Catalogues (.egovera) and RDF files to serve.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port = 3030;

    @Option(names = "--name", paramLabel = "NAME", description = "Dataset name in the URL (default: ${DEFAULT-VALUE}).")
    private String datasetName = "egovera";

    @Option(names = "--tdb2", paramLabel = "DIR", description = "Keep the data in a TDB2 store in DIR, which survives restarts.")
    private Path tdb2;

    @Option(names = "--all-interfaces", description = "Listen on every network interface, not only 127.0.0.1.")
    private boolean allInterfaces;

    @Option(names = "--allow-update", description = "Accept SPARQL Update and graph-store writes (needs --password-file).")
    private boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Users who may write, one 'user: password' per line.")
    private Path passwordFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest a query may run (default: ${DEFAULT-VALUE}).")
    private double timeoutSeconds = 30;

    @Option(names = "--max-results", paramLabel = "N", description = "Most results a query returns; 0 for no ceiling (default: ${DEFAULT-VALUE}).")
    private long maxResults = 10_000;

    private final CountDownLatch started = new CountDownLatch(1);
    private volatile SparqlEndpoint endpoint;

    @Override
    public Integer call() {
        if (allowUpdate && passwordFile == null) {
            throw new ParameterException(spec.commandLine(), "--allow-update needs --password-file naming who may write");
        }
        if (port < 0 || port > 65_535 || timeoutSeconds <= 0 || maxResults < 0 || !datasetName.matches("[A-Za-z0-9._-]+")) {
            throw new ParameterException(spec.commandLine(),
                    "--port 0..65535, a positive --timeout, --max-results 0 or more, --name of letters, digits, '.', '_', '-'");
        }
        endpoint = SparqlEndpoint.start(files, tdb2, port, datasetName, !allInterfaces, allowUpdate, passwordFile,
                Duration.ofMillis(Math.round(timeoutSeconds * 1000)), maxResults);
        spec.commandLine().getOut().println(endpoint.describe());
        spec.commandLine().getOut().flush();
        started.countDown();
        Runtime.getRuntime().addShutdownHook(new Thread(endpoint::close, "egovera-serve-shutdown"));
        endpoint.join();
        return ExitCodes.SUCCESS;
    }

    /** Waits until the endpoint is up; for tests, which then stop it with {@link #stop()}. */
    SparqlEndpoint awaitStarted() throws InterruptedException {
        started.await();
        return endpoint;
    }

    void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
    }
}
