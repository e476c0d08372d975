package org.egovera.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.egovera.mapping.MappingLoader;
import org.egovera.model.Catalogue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Load mapping files into a catalogue: each line replaces the mapping of its task.",
        footer = { "", "Every id is checked first: an unknown one stops the command and nothing is written.",
                "Exit codes: 0 written, 2 unreadable input or unknown id." })
final class MapApplyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "MAP.csv", description = "Mapping files.")
    private List<Path> mappings;

    @Mixin
    private CatalogueTarget target;

    @Mixin
    private JsonOutput json;

    @Override
    public Integer call() {
        Catalogue catalogue = target.load();
        MappingLoader.LoadReport report = MappingLoader.load(catalogue, mappings);
        target.save(catalogue);
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            json.print(out, report);
        } else {
            ImportSummaryText.print("mappings", report, out);
            out.println("wrote " + target.destination());
            out.flush();
        }
        return ExitCodes.SUCCESS;
    }
}
