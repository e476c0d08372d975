package org.egovera.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

import org.egovera.io.rdf.RdfSyntax;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --format} option of commands that write RDF; its values and help come from {@link RdfSyntax}. */
public final class RdfFormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converter.class, completionCandidates = Names.class,
            description = "RDF serialisation: ${COMPLETION-CANDIDATES}. Default: the output file's extension, else ttl.")
    private RdfSyntax syntax;

    /** The chosen syntax, or the one the output file's extension implies, or Turtle. */
    public RdfSyntax resolve(Path output) {
        if (syntax != null) {
            return syntax;
        }
        return output == null ? RdfSyntax.TURTLE : RdfSyntax.ofFile(output).orElse(RdfSyntax.TURTLE);
    }

    /** Format names (and extensions) as users type them, any case. */
    static final class Converter implements ITypeConverter<RdfSyntax> {
        @Override
        public RdfSyntax convert(String value) {
            return RdfSyntax.named(value).orElseThrow(() ->
                    new TypeConversionException("unknown RDF format '" + value + "'; expected one of: " + RdfSyntax.names()));
        }
    }

    /** The registry's format names, for help and shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(RdfSyntax.values()).map(RdfSyntax::formatName).iterator();
        }
    }
}
