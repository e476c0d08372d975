package org.egovera.io.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.egovera.model.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RDF that tries to read local files or fetch from the network is refused; broken RDF names its position. */
class HostileRdfTest {

    @TempDir
    Path dir;

    @Test
    void rdfXmlExternalEntityDoesNotReadLocalFiles() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path hostile = dir.resolve("hostile.rdf");
        Files.writeString(hostile, """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "%s"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
                  <rdf:Description rdf:about="http://example.org/a"><ex:b>&secret;</ex:b></rdf:Description>
                </rdf:RDF>
                """.formatted(secret.toUri()));
        try {
            Graph graph = RdfParsing.graph(hostile);
            assertFalse(graph.find().toList().stream().map(Triple::toString).anyMatch(t -> t.contains("TOP-SECRET")),
                    "the entity was expanded");
        } catch (InputException refused) {
            assertTrue(refused.oneLine().startsWith(hostile.toString()), refused.oneLine());
        }
    }

    @Test
    void jsonLdRemoteContextIsRefusedWithoutNetworkAccess() throws Exception {
        Path remote = dir.resolve("remote.jsonld");
        Files.writeString(remote, "{ \"@context\": \"http://127.0.0.1:9/context.jsonld\", \"@id\": \"http://example.org/a\", \"name\": \"x\" }");
        InputException failure = assertThrows(InputException.class, () -> RdfParsing.graph(remote));
        assertTrue(failure.oneLine().startsWith(remote.toString()), failure.oneLine());
        assertTrue(failure.oneLine().contains("refused"), failure.oneLine());
    }

    @Test
    void unknownExtensionIsAnInputError() throws Exception {
        Path file = dir.resolve("catalogue.n3");
        Files.writeString(file, "");
        InputException failure = assertThrows(InputException.class, () -> RdfParsing.graph(file));
        assertTrue(failure.getMessage().contains("unknown RDF file extension"), failure.getMessage());
    }

    @Test
    void brokenSyntaxNamesLineAndColumnInEverySyntaxThatHasLines() throws Exception {
        Path nt = dir.resolve("broken.nt");
        Files.writeString(nt, "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n<http://example.org/a> <b> .\n");
        InputException failure = assertThrows(InputException.class, () -> RdfParsing.graph(nt));
        assertTrue(failure.oneLine().startsWith(nt + ":2:"), failure.oneLine());
        Path xml = dir.resolve("broken.rdf");
        Files.writeString(xml, "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n<oops>\n");
        failure = assertThrows(InputException.class, () -> RdfParsing.graph(xml));
        assertTrue(failure.oneLine().matches(java.util.regex.Pattern.quote(xml.toString()) + ":\\d+:\\d+: .*"), failure.oneLine());
    }
}
