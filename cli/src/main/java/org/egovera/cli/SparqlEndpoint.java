package org.egovera.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.sparql.QueryDataset;
import org.egovera.sparql.SparqlServer;

/** The store and server behind {@code egovera serve}; kept apart so that Jena loads only when serving. */
final class SparqlEndpoint implements AutoCloseable {

    private final QueryDataset store;
    private final SparqlServer server;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private SparqlEndpoint(QueryDataset store, SparqlServer server) {
        this.store = store;
        this.server = server;
    }

    static SparqlEndpoint start(List<Path> files, Path tdb2, int port, String name, boolean loopbackOnly, boolean allowUpdate,
            Path passwordFile, Duration timeout, long maxResults) {
        QueryDataset store = tdb2 == null ? QueryDataset.inMemory() : QueryDataset.persistent(tdb2);
        try {
            files.forEach(store::load);
            if (files.isEmpty() && store.size() == 0) {
                store.load(ShippedCatalogue.load(), null);
            }
            SparqlServer.Options options = new SparqlServer.Options(name, port, loopbackOnly, allowUpdate, passwordFile, timeout, maxResults);
            return new SparqlEndpoint(store, SparqlServer.start(store, options));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    String queryUrl() {
        return server.queryUrl();
    }

    String describe() {
        SparqlServer.Options options = server.options();
        return "SPARQL endpoint " + server.queryUrl() + " (" + store.size() + " quads"
                + (store.isPersistent() ? ", TDB2 store" : ", in memory") + "; "
                + (options.allowUpdate() ? "updates at " + server.datasetUrl() + "/update for users of " + options.passwordFile() : "read-only")
                + "; queries stop after " + options.queryTimeout().toMillis() / 1000.0 + " s"
                + (options.resultLimit() > 0 ? " and " + options.resultLimit() + " results" : "")
                + (options.loopbackOnly() ? "" : "; listening on all interfaces") + ")";
    }

    void join() {
        server.join();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.close();
            store.close();
        }
    }
}
