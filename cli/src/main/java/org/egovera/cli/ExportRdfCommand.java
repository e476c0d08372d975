package org.egovera.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.egovera.io.rdf.ExportOptions;
import org.egovera.io.rdf.ExportOptions.Content;
import org.egovera.io.rdf.ExportReport;
import org.egovera.io.rdf.RdfExporter;
import org.egovera.io.rdf.RdfSyntax;
import org.egovera.model.Catalogue;
import org.egovera.model.io.InputException;
import org.egovera.model.io.Progress;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "rdf", mixinStandardHelpOptions = true,
        description = {
                "Export a catalogue as RDF: the canonical egov: form (the ontology derived from the metamodel),",
                "SKOS concept schemes, CPSV-AP services and the vocabulary the eGovERA tools query." },
        footer = { "", "Subjects are the elements' persistent URIs, or <base><id>. Notes on stderr say what the export decided:",
                "persistent URIs held by two elements, competent authorities supplied by the generic organisation." })
final class ExportRdfCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueInput input;

    @Mixin
    private RdfFormatOption format;

    @Option(names = { "-o", "--output" }, paramLabel = "OUT", description = "The file to write (atomically); standard output when absent.")
    private Path output;

    @ArgGroup(exclusive = true)
    private ContentChoice content = new ContentChoice();

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI of subjects without a persistent URI (default: the catalogue's baseIri, else "
                    + "https://w3id.org/egovera/id/).")
    private String base;

    static final class ContentChoice {
        @Option(names = "--ontology", description = "Write the ontology of the egov: terms only.")
        boolean ontologyOnly;

        @Option(names = "--no-ontology", description = "Write the data only, without the ontology.")
        boolean dataOnly;

        Content content() {
            return ontologyOnly ? Content.ONTOLOGY : dataOnly ? Content.DATA : Content.DATA_AND_ONTOLOGY;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (base != null) {
            try {
                RdfExporter.checkBase(base);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--base: " + e.getMessage());
            }
        }
        Catalogue catalogue = input.load();
        RdfSyntax syntax = format.resolve(output);
        ExportOptions options = new ExportOptions(content.content(), base);
        ExportReport report;
        try {
            if (output == null) {
                OutputStream out = new WriterOutputStream(spec.commandLine().getOut());
                report = RdfExporter.write(catalogue, syntax, options, out, Progress.NONE);
                out.flush();
            } else {
                report = RdfExporter.export(catalogue, syntax, options, output, TerminalProgress.forThisProcess());
            }
        } catch (IllegalArgumentException e) {
            throw new InputException(input.displayPath(), e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        report.notes().forEach(note -> err.println("note: " + note));
        if (output != null) {
            spec.commandLine().getOut().printf("%s: %d triples in %s to %s (base %s)%n", input.displayName(), report.triples(),
                    syntax.title(), output, report.base());
        }
        err.flush();
        spec.commandLine().getOut().flush();
        return ExitCodes.SUCCESS;
    }
}
