package org.egovera.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.egovera.io.rdf.RdfImporter;
import org.egovera.io.rdf.RdfSyntax;
import org.egovera.model.io.CatalogueStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rdf", mixinStandardHelpOptions = true,
        description = "Read a catalogue back from an egovera RDF export.",
        footer = { "", "The syntax follows from the file's extension. RDF keeps no order: elements come back sorted by",
                "identifier, references in catalogue order." })
final class ImportRdfCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The RDF file, in any syntax 'egovera export rdf --help' lists; its extension names the syntax.")
    private Path file;

    @Option(names = { "-o", "--output" }, paramLabel = "OUT.egovera", required = true,
            description = "The catalogue file to write (atomically).")
    private Path output;

    @Override
    public Integer call() throws IOException {
        RdfImporter.Result result = RdfImporter.read(file);
        CatalogueStore.save(result.catalogue(), output);
        PrintWriter err = spec.commandLine().getErr();
        result.notes().forEach(note -> err.println("note: " + note));
        err.flush();
        spec.commandLine().getOut().printf("%s: catalogue %s (%s) written to %s%n", file, result.catalogue().getId(),
                RdfSyntax.ofFile(file).map(RdfSyntax::title).orElse("RDF"), output);
        spec.commandLine().getOut().flush();
        return ExitCodes.SUCCESS;
    }
}
