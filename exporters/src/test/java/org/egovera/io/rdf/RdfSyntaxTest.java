package org.egovera.io.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each line of the format registry agrees with Jena: it can be written, read, streamed as claimed. */
class RdfSyntaxTest {

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void jenaHasAWriterForTheFormat(RdfSyntax syntax) {
        assertTrue(RDFWriterRegistry.contains(syntax.writerFormat()), syntax + ": no Jena writer for " + syntax.writerFormat());
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void jenaHasAParserForTheLanguage(RdfSyntax syntax) {
        assertTrue(RDFParserRegistry.isRegistered(syntax.language()), syntax + ": no Jena parser for " + syntax.language());
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void streamingFlagMatchesJenasStreamingWriters(RdfSyntax syntax) {
        assertEquals(StreamRDFWriter.registered(syntax.writerFormat()), syntax.streaming(), syntax.formatName());
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void datasetSyntaxesCarryQuadsAndTheOthersTriples(RdfSyntax syntax) {
        if (syntax.dataset()) {
            assertTrue(RDFLanguages.isQuads(syntax.language()), syntax.formatName());
        } else {
            assertTrue(RDFLanguages.isTriples(syntax.language()), syntax.formatName());
        }
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void mediaTypeAndExtensionsAreJenas(RdfSyntax syntax) {
        assertEquals(syntax.language().getHeaderString(), syntax.mediaType(), syntax.formatName());
        for (String extension : syntax.extensions()) {
            assertEquals(syntax.language(), RDFLanguages.fileExtToLang(extension), syntax.formatName() + " ." + extension);
        }
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void namesAndExtensionsFindTheSyntax(RdfSyntax syntax) {
        assertEquals(syntax, RdfSyntax.named(syntax.formatName().toUpperCase()).orElseThrow());
        for (String extension : syntax.extensions()) {
            assertEquals(syntax, RdfSyntax.ofFile(Path.of("dir", "catalogue." + extension)).orElseThrow());
        }
    }

    @Test
    void namesAndExtensionsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (RdfSyntax syntax : RdfSyntax.values()) {
            assertTrue(seen.add(syntax.formatName()), syntax.formatName());
            syntax.extensions().stream().filter(e -> !e.equals(syntax.formatName()))
                    .forEach(e -> assertTrue(seen.add(e), "." + e + " is claimed twice"));
        }
    }

    @Test
    void theFormatsTheIssueNamesAreRegistered() {
        assertTrue(Arrays.stream(RdfSyntax.values()).map(RdfSyntax::formatName).toList()
                .containsAll(java.util.List.of("ttl", "nt", "rdfxml", "jsonld", "trig")), RdfSyntax.names());
    }
}
