package org.egovera.io.rdf;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF serialisations egovera reads and writes: one line per format. The command line's
 * {@code --format} option, its help and the registration tests all derive from this table.
 * <p>
 * Jena's classes are named only inside the suppliers, so that commands which merely list the formats
 * (every command, when picocli builds its help) do not pay for Jena's start-up.
 */
public enum RdfSyntax {
    //        name       title          media type               extensions                    streaming  dataset  Jena writer format                Jena language
    TURTLE  ("ttl",     "Turtle",       "text/turtle",           List.of("ttl"),               true,      false,   () -> RDFFormat.TURTLE_BLOCKS,    () -> Lang.TURTLE),
    NTRIPLES("nt",      "N-Triples",    "application/n-triples", List.of("nt"),                true,      false,   () -> RDFFormat.NTRIPLES_UTF8,    () -> Lang.NTRIPLES),
    RDFXML  ("rdfxml",  "RDF/XML",      "application/rdf+xml",   List.of("rdf", "owl", "xml"), false,     false,   () -> RDFFormat.RDFXML_PRETTY,    () -> Lang.RDFXML),
    JSONLD  ("jsonld",  "JSON-LD",      "application/ld+json",   List.of("jsonld"),            false,     false,   () -> RDFFormat.JSONLD_PRETTY,    () -> Lang.JSONLD),
    TRIG    ("trig",    "TriG",         "application/trig",      List.of("trig"),              true,      true,    () -> RDFFormat.TRIG_BLOCKS,      () -> Lang.TRIG),
    NQUADS  ("nq",      "N-Quads",      "application/n-quads",   List.of("nq"),                true,      true,    () -> RDFFormat.NQUADS_UTF8,      () -> Lang.NQUADS);

    private final String formatName;
    private final String title;
    private final String mediaType;
    private final List<String> extensions;
    private final boolean streaming;
    private final boolean dataset;
    private final Supplier<RDFFormat> writerFormat;
    private final Supplier<Lang> language;

    RdfSyntax(String formatName, String title, String mediaType, List<String> extensions, boolean streaming,
            boolean dataset, Supplier<RDFFormat> writerFormat, Supplier<Lang> language) {
        this.formatName = formatName;
        this.title = title;
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.streaming = streaming;
        this.dataset = dataset;
        this.writerFormat = writerFormat;
        this.language = language;
    }

    /** The name users type after {@code --format}. */
    public String formatName() {
        return formatName;
    }

    public String title() {
        return title;
    }

    public String mediaType() {
        return mediaType;
    }

    /** File extensions, the first being the one written by default. */
    public List<String> extensions() {
        return extensions;
    }

    /** Whether triples go to the output as they are produced, without building the graph in memory. */
    public boolean streaming() {
        return streaming;
    }

    /** Whether the syntax carries named graphs (the ontology and the data then go to graphs of their own). */
    public boolean dataset() {
        return dataset;
    }

    public RDFFormat writerFormat() {
        return writerFormat.get();
    }

    public Lang language() {
        return language.get();
    }

    /** The syntax named {@code name} (a format name or an extension, any case). */
    public static Optional<RdfSyntax> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(syntax -> syntax.formatName.equals(wanted) || syntax.extensions.contains(wanted))
                .findFirst();
    }

    /** The syntax a file's extension implies, if any. */
    public static Optional<RdfSyntax> ofFile(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : named(fileName.substring(dot + 1));
    }

    /** {@code ttl, nt, rdfxml, ...}: for help texts and error messages. */
    public static String names() {
        return Arrays.stream(values()).map(RdfSyntax::formatName).collect(Collectors.joining(", "));
    }
}
