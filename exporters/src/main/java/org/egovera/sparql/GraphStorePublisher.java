package org.egovera.sparql;

import java.net.ConnectException;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.egovera.io.rdf.ExportOptions;
import org.egovera.io.rdf.RdfExporter;
import org.egovera.model.Catalogue;

/**
 * Pushes a catalogue's export to any SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, GraphDB,
 * Virtuoso...) through Jena's RDFConnection: the way on when one machine no longer holds all the data.
 */
public final class GraphStorePublisher {

    /**
     * Where and how to publish.
     *
     * @param endpoint the graph store URL (Fuseki: {@code http://host:3030/dataset/data}, or the dataset URL)
     * @param graph    the graph to write; null for the default graph
     * @param replace  replace the graph's content (HTTP PUT) rather than add to it (POST)
     * @param user     the user for HTTP basic authentication, or null
     * @param password the password, or null
     * @param timeout  how long to wait for a connection
     */
    public record Target(String endpoint, String graph, boolean replace, String user, char[] password, Duration timeout) {
    }

    /** What was sent. */
    public record Outcome(long triples, Duration elapsed) {
    }

    private GraphStorePublisher() {
    }

    /** Checks that a string is an HTTP(S) URL; the message says what is wrong. */
    public static void checkEndpoint(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("the endpoint " + endpoint + " is not an http or https URL");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the endpoint " + endpoint + " is not a URL: " + e.getMessage(), e);
        }
    }

    /**
     * Exports the catalogue and sends it.
     *
     * @throws EndpointException when the endpoint cannot be reached or refuses the data
     */
    public static Outcome publish(Catalogue catalogue, ExportOptions options, Target target) {
        checkEndpoint(target.endpoint());
        long started = System.nanoTime();
        Graph graph = RdfExporter.graph(catalogue, options);
        Model model = ModelFactory.createModelForGraph(graph);
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(target.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (target.user() != null) {
            PasswordAuthentication credentials = new PasswordAuthentication(target.user(),
                    target.password() == null ? new char[0] : target.password());
            client.authenticator(new java.net.Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return credentials;
                }
            });
        }
        try (RDFConnection connection = RDFConnectionRemote.newBuilder()
                .destination(target.endpoint())
                .gspEndpoint("")
                .queryEndpoint(null)
                .updateEndpoint(null)
                .httpClient(client.build())
                .build()) {
            if (target.replace()) {
                if (target.graph() == null) {
                    connection.put(model);
                } else {
                    connection.put(target.graph(), model);
                }
            } else if (target.graph() == null) {
                connection.load(model);
            } else {
                connection.load(target.graph(), model);
            }
        } catch (HttpException e) {
            throw new EndpointException(target.endpoint(), describe(e), e);
        } catch (RuntimeException e) {
            throw new EndpointException(target.endpoint(), "cannot publish: " + rootMessage(e), e);
        }
        return new Outcome(graph.size(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static String describe(HttpException e) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                    || cause instanceof UnresolvedAddressException || cause instanceof java.nio.channels.ClosedChannelException) {
                return "cannot connect (" + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()) + ")";
            }
            cause = cause.getCause();
        }
        if (e.getStatusCode() > 0) {
            return "the endpoint answered " + e.getStatusCode() + (e.getStatusLine() == null ? "" : " " + e.getStatusLine());
        }
        return "cannot publish: " + rootMessage(e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.strip().replaceAll("\\s+", " ");
    }
}
