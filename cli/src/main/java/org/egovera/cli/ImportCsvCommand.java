package org.egovera.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.egovera.io.archicsv.ArchiCsvImporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "csv", mixinStandardHelpOptions = true,
        description = "Read Archi's CSV files (elements.csv, relations.csv, properties.csv) as a catalogue.",
        footer = { "", "Exit codes: 0 written, 2 unreadable or malformed input (file:line in the message)." })
final class ImportCsvCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR|elements.csv",
            description = "The folder holding the files, or the elements file (its prefix names the other two).")
    private Path input;

    @Mixin
    private ImportDestination destination;

    @Mixin
    private JsonOutput json;

    @Override
    public Integer call() {
        return destination.write(new ArchiCsvImporter(TerminalProgress.forThisProcess()).read(input), spec, json);
    }
}
