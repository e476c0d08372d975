package org.egovera.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.egovera.mapping.MappingFile;
import org.egovera.mapping.TaskMapping;
import org.egovera.model.io.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the mapping a catalogue holds as a mapping file (to review it, or to start one).",
        footer = { "", "Exit codes: 0 done, 2 unreadable input." })
final class MapExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueInput input;

    @Option(names = { "-o", "--output" }, paramLabel = "MAP.csv", description = "File to write; default: standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        List<TaskMapping> mappings = MappingFile.of(input.load());
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            MappingFile.write(out, mappings);
        } else {
            try {
                MappingFile.write(output, mappings);
            } catch (IOException e) {
                throw new InputException(output, "cannot write: " + e.getMessage(), e);
            }
            out.printf("%d task mapping(s) written to %s%n", mappings.size(), output);
        }
        out.flush();
        return ExitCodes.SUCCESS;
    }
}
