package org.egovera.sparql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.egovera.model.io.InputException;

/**
 * A SPARQL 1.1 endpoint over a {@link QueryDataset}, served by an embedded Apache Jena Fuseki. Safe by
 * default: bound to the loopback interface, read-only (query and graph reads), with a time limit per
 * query and a ceiling on results. Updates need {@code allowUpdate} and a password file; then the update
 * and graph-store write endpoints ask for a user of that file while queries stay open.
 */
public final class SparqlServer implements AutoCloseable {

    /**
     * How to serve.
     *
     * @param datasetName  the path segment of the dataset ({@code /egovera})
     * @param port         the TCP port; 0 picks a free one
     * @param loopbackOnly bind 127.0.0.1 only (otherwise every interface)
     * @param allowUpdate  offer SPARQL Update and graph-store writes
     * @param passwordFile users allowed to write, in Jetty's format ({@code user: password}); required for updates
     * @param queryTimeout the longest a query may run
     * @param resultLimit  the most results a query returns; 0 for no ceiling
     */
    public record Options(String datasetName, int port, boolean loopbackOnly, boolean allowUpdate, Path passwordFile,
            Duration queryTimeout, long resultLimit) {

        public static final int DEFAULT_PORT = 3030;

        public static Options defaults() {
            return new Options("egovera", DEFAULT_PORT, true, false, null, Duration.ofSeconds(30), 10_000);
        }

        public Options withPort(int newPort) {
            return new Options(datasetName, newPort, loopbackOnly, allowUpdate, passwordFile, queryTimeout, resultLimit);
        }

        public Options withUpdates(Path newPasswordFile) {
            return new Options(datasetName, port, loopbackOnly, true, newPasswordFile, queryTimeout, resultLimit);
        }

        public Options withLimits(Duration newTimeout, long newResultLimit) {
            return new Options(datasetName, port, loopbackOnly, allowUpdate, passwordFile, newTimeout, newResultLimit);
        }

        public Options onAllInterfaces() {
            return new Options(datasetName, port, false, allowUpdate, passwordFile, queryTimeout, resultLimit);
        }
    }

    private final FusekiServer server;
    private final Options options;

    private SparqlServer(FusekiServer server, Options options) {
        this.server = server;
        this.options = options;
    }

    /**
     * Starts serving; returns once the endpoint answers.
     *
     * @throws InputException when the password file is missing or unreadable, or updates are asked without one
     * @throws EndpointException when the port cannot be bound
     */
    public static SparqlServer start(QueryDataset store, Options options) {
        if (options.allowUpdate() && options.passwordFile() == null) {
            throw new IllegalArgumentException("updates need a password file naming who may write");
        }
        if (options.passwordFile() != null && !Files.isReadable(options.passwordFile())) {
            throw new InputException(options.passwordFile(), "no such password file, or it cannot be read");
        }
        DatasetGraph dataset = store.dataset().asDatasetGraph();
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeout().toMillis()));

        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        if (options.allowUpdate()) {
            AuthPolicy writers = Auth.ANY_USER;
            service.addEndpoint(Operation.Update, "update", writers)
                    .addEndpoint(Operation.GSP_RW, "data", writers);
        } else {
            service.addEndpoint(Operation.GSP_R, "data");
        }
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .loopback(options.loopbackOnly())
                .enablePing(true)
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new ResultLimitedQuery(options.resultLimit()))
                .add("/" + options.datasetName(), service);
        if (options.passwordFile() != null) {
            builder.passwordFile(options.passwordFile().toString()).auth(AuthScheme.BASIC).serverAuthPolicy(Auth.ANY_ANON);
        }
        try {
            return new SparqlServer(builder.build().start(), options);
        } catch (RuntimeException e) {
            String where = "http://" + (options.loopbackOnly() ? "127.0.0.1" : "0.0.0.0") + ":" + options.port() + "/" + options.datasetName();
            throw new EndpointException(where, "cannot start the SPARQL server: " + rootMessage(e), e);
        }
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The dataset's URL, which takes queries and graph-store requests: {@code http://127.0.0.1:3030/egovera}. */
    public String datasetUrl() {
        return "http://" + (options.loopbackOnly() ? "127.0.0.1" : "localhost") + ":" + port() + "/" + options.datasetName();
    }

    /** The SPARQL query endpoint. */
    public String queryUrl() {
        return datasetUrl() + "/sparql";
    }

    public Options options() {
        return options;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
