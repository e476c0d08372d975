package org.egovera.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.egovera.generate.CatalogueGenerator;
import org.egovera.generate.GenerationSummary;
import org.egovera.generate.GeneratorSettings;
import org.egovera.generate.Preset;
import org.egovera.model.io.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a valid synthetic catalogue of any size, for tests and benchmarks.",
        footer = { "",
                "Presets, ten times apart: small (1150 elements), medium (10247), large (101236).",
                "Options given beside --preset replace the preset's values. The same settings and seed give the same bytes." })
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOutput json;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "The catalogue file to write.")
    private Path output;

    // A name, not a Preset: converting the default would load the generator at every start of the tool.
    @Option(names = "--preset", paramLabel = "SIZE", defaultValue = "small",
            description = "small, medium or large (default: ${DEFAULT-VALUE}).")
    private String preset;

    @Option(names = "--member-states", paramLabel = "N", description = "Member States taking part (1 to 27).")
    private Integer memberStates;

    @Option(names = "--abbs", paramLabel = "A", description = "eGovERA architecture building blocks; services and capabilities follow.")
    private Integer buildingBlocks;

    @Option(names = "--sbbs-per-abb", paramLabel = "K", description = "Solution building blocks for each ABB.")
    private Integer solutionsPerBlock;

    @Option(names = "--processes", paramLabel = "P", description = "Business processes.")
    private Integer processes;

    @Option(names = "--tasks-per-process", paramLabel = "T", description = "Tasks in each process.")
    private Integer tasksPerProcess;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the random draws (default: the preset's).")
    private Long seed;

    @Override
    public Integer call() {
        GeneratorSettings settings = settings();
        GenerationSummary summary;
        try {
            summary = CatalogueGenerator.generate(settings, output, TerminalProgress.forThisProcess());
        } catch (IOException e) {
            throw new InputException(output, "cannot write: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("file", output.toString());
            report.put("settings", settings);
            report.put("elements", summary.elements());
            report.put("references", summary.references());
            report.put("bytes", summary.bytes());
            report.put("elementsByClass", summary.elementsByClass());
            json.print(out, report);
        } else {
            out.printf(Locale.ROOT, "%s: %,d elements, %,d references, %,d bytes (seed %d)%n", output,
                    summary.elements(), summary.references(), summary.bytes(), settings.seed());
            out.flush();
        }
        return ExitCodes.SUCCESS;
    }

    private GeneratorSettings settings() {
        GeneratorSettings base = preset(preset).settings();
        try {
            return new GeneratorSettings(
                    memberStates != null ? memberStates : base.memberStates(),
                    buildingBlocks != null ? buildingBlocks : base.buildingBlocks(),
                    solutionsPerBlock != null ? solutionsPerBlock : base.solutionsPerBlock(),
                    processes != null ? processes : base.processes(),
                    tasksPerProcess != null ? tasksPerProcess : base.tasksPerProcess(),
                    seed != null ? seed : base.seed());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Preset preset(String name) {
        for (Preset candidate : Preset.values()) {
            if (candidate.label().equalsIgnoreCase(name)) {
                return candidate;
            }
        }
        throw new ParameterException(spec.commandLine(), "unknown preset '" + name + "' (small, medium or large)");
    }
}
