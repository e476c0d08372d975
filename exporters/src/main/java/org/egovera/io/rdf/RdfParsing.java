package org.egovera.io.rdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.egovera.model.io.InputException;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;

/**
 * Reads RDF files in any {@link RdfSyntax}, the syntax chosen by the file's extension. A syntax
 * error becomes an {@link InputException} naming the file, line and column. Nothing is fetched from the
 * network: JSON-LD remote contexts are refused (RDF/XML external entities are already refused by Jena).
 */
public final class RdfParsing {

    private RdfParsing() {
    }

    /** The syntax of a file, from its extension. */
    public static RdfSyntax syntaxOf(Path file) {
        return RdfSyntax.ofFile(file).orElseThrow(() -> new InputException(file,
                "unknown RDF file extension; expected one of: " + String.join(", ", extensions())));
    }

    /** Parses {@code file} into {@code sink} (which is started and finished by the parser). */
    public static void parse(Path file, StreamRDF sink) {
        RdfSyntax syntax = syntaxOf(file);
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "no such file");
        }
        try {
            RDFParser.source(file)
                    .lang(syntax.language())
                    .errorHandler(new Positioned(file))
                    .context(offline())
                    .parse(sink);
        } catch (InputException e) {
            throw e;
        } catch (RiotException e) {
            throw new InputException(file, "not valid " + syntax.title() + ": " + message(e), e);
        } catch (RuntimeException e) {
            throw new InputException(file, "cannot read: " + message(e), e);
        }
    }

    /** The file's statements, graphs and all. */
    public static DatasetGraph dataset(Path file) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        parse(file, StreamRDFLib.dataset(dataset));
        return dataset;
    }

    /** The file's statements in one graph: the default graph and every named graph merged. */
    public static Graph graph(Path file) {
        return union(dataset(file));
    }

    static Graph union(DatasetGraph dataset) {
        Graph union = GraphFactory.createDefaultGraph();
        dataset.getDefaultGraph().find().forEachRemaining(union::add);
        for (Iterator<Node> names = dataset.listGraphNodes(); names.hasNext();) {
            dataset.getGraph(names.next()).find().forEachRemaining(union::add);
        }
        return union;
    }

    private static String[] extensions() {
        return java.util.Arrays.stream(RdfSyntax.values()).flatMap(s -> s.extensions().stream()).map(e -> "." + e)
                .toArray(String[]::new);
    }

    private static Context offline() {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD context " + url + " refused: egovera reads no documents from the network");
        });
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }

    private static String message(Throwable e) {
        String text = e.getMessage();
        for (Throwable cause = e.getCause(); (text == null || text.isBlank()) && cause != null; cause = cause.getCause()) {
            text = cause.getMessage();
        }
        return text == null ? e.getClass().getSimpleName() : text.strip().replaceAll("\\s+", " ");
    }

    /** Turns the parser's errors into one-line, positioned input errors; warnings pass. */
    private record Positioned(Path file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new InputException(file, (int) Math.max(line, 0), (int) Math.max(col, 0),
                    message == null ? "syntax error" : message.strip().replaceAll("\\s+", " "), null);
        }

        @Override
        public void fatal(String message, long line, long col) {
            error(message, line, col);
        }
    }
}
