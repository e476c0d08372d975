package org.egovera.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.egovera.io.archicsv.ArchiCsvExporter;
import org.egovera.io.archimate.ViewSelection;
import org.egovera.model.io.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "csv", mixinStandardHelpOptions = true,
        description = "Write a catalogue as Archi's CSV files (elements.csv, relations.csv, properties.csv), for spreadsheets.",
        footer = { "", "Exit codes: 0 written, 2 unreadable catalogue or bad option." })
final class ExportCsvCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueInput input;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "The folder to write the three files in.")
    private Path folder;

    @Option(names = "--prefix", paramLabel = "PREFIX", defaultValue = "", description = "Prefix of the file names, as Archi allows.")
    private String prefix;

    @Mixin
    private ExportSelection selection;

    @Override
    public Integer call() {
        List<Path> files;
        try {
            files = new ArchiCsvExporter(selection.options(ViewSelection.NONE, spec), TerminalProgress.forThisProcess())
                    .export(input.load(), folder, prefix);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(folder, "cannot write: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        files.forEach(file -> out.println("wrote " + file));
        out.flush();
        return ExitCodes.SUCCESS;
    }
}
