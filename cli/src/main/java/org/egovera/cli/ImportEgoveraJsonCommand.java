package org.egovera.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.egovera.io.egoverajson.EgoveraCatalogueImporter;
import org.egovera.io.egoverajson.ImportResult;
import org.egovera.io.egoverajson.ImportSources;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.io.InputException;
import org.egovera.model.validation.CatalogueValidation;
import org.egovera.model.validation.ValidationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "egovera-json", mixinStandardHelpOptions = true,
        description = "Build a catalogue from the eGovERA tools' JSON files (2021 portal layout and release 6.0 layout),"
                + " the EIRA library, the Area crosswalk, the overlay and the descriptions.",
        footer = { "", "What each JSON file holds is told from its content, not its name.",
                "The crosswalk, overlay and descriptions default to the files shipped with the catalogue.",
                "Exit codes: 0 written, 1 written but the catalogue has validation errors, 2 unreadable input." })
final class ImportEgoveraJsonCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE",
            description = "eGovERA JSON files, or directories whose .json files are all read.")
    private List<Path> inputs;

    @Option(names = "--eira", paramLabel = "FILE",
            description = "EIRA model in ArchiMate exchange format (EIRA 6.0.0); default: the EIRA library of the shipped catalogue.")
    private Path eira;

    @Option(names = "--crosswalk", paramLabel = "FILE", description = "Area-to-EIRA crosswalk (CSV).")
    private Path crosswalk;

    @Option(names = "--overlay", paramLabel = "FILE", description = "The project's additions (YAML).")
    private Path overlay;

    @Option(names = "--no-overlay", description = "Add no overlay: the catalogue holds the source data only.")
    private boolean noOverlay;

    @Option(names = "--descriptions", paramLabel = "FILE", description = "Hand-written descriptions (CSV: id,description).")
    private Path descriptions;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT.egovera", description = "The catalogue to write.")
    private Path output;

    @Mixin
    private JsonOutput json;

    @Override
    public Integer call() {
        ImportSources sources = ImportSources.withShippedFiles(inputs, eira);
        if (crosswalk != null) {
            sources = sources.withCrosswalk(crosswalk);
        }
        if (noOverlay) {
            sources = sources.withoutOverlay();
        } else if (overlay != null) {
            sources = sources.withOverlay(overlay);
        }
        if (descriptions != null) {
            sources = sources.withDescriptions(descriptions);
        }
        ImportResult result = EgoveraCatalogueImporter.importCatalogue(sources);
        ValidationReport validation = CatalogueValidation.validate(result.catalogue());
        try {
            CatalogueStore.save(result.catalogue(), output);
        } catch (IOException e) {
            throw new InputException(output, "cannot write: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("output", output.toString());
            document.put("summary", result.summary());
            document.put("errors", validation.errorCount());
            document.put("warnings", validation.warningCount());
            json.print(out, document);
        } else {
            result.summary().lines().forEach(out::println);
            out.printf("validation: %d error(s), %d warning(s)%n", validation.errorCount(), validation.warningCount());
            out.println("wrote " + output);
            out.flush();
        }
        return validation.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.SUCCESS;
    }
}
