package org.egovera.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.egovera.io.archimate.ArchimateExchangeWriter;
import org.egovera.io.archimate.ArchimateExporter;
import org.egovera.io.archimate.ExchangeModel;
import org.egovera.io.archimate.ViewSelection;
import org.egovera.model.Catalogue;
import org.egovera.model.io.AtomicFiles;
import org.egovera.model.io.InputException;
import org.egovera.model.io.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "archimate", mixinStandardHelpOptions = true,
        description = "Write a catalogue as an ArchiMate 3.1 Open Exchange Format file (for Archi and the EIRA/eGovERA validators).",
        footer = { "", "Views: 'all' writes the five EIRA views, a view per priority capability, per service and per process,"
                + " and the views of imported models; 'eira' only the five EIRA views; 'none' no diagrams (fastest, smallest).",
                "Exit codes: 0 written, 2 unreadable catalogue or bad option." })
final class ExportArchimateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueInput input;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT.xml", description = "The exchange file to write.")
    private Path output;

    @Option(names = "--views", paramLabel = "none|eira|all", defaultValue = "all",
            description = "Which views to draw (default: ${DEFAULT-VALUE}).")
    private String views;

    @Mixin
    private ExportSelection selection;

    @Mixin
    private JsonOutput json;

    @Override
    public Integer call() {
        ViewSelection viewSelection;
        try {
            viewSelection = ViewSelection.of(views);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--views takes none, eira or all, not '" + views + "'", e);
        }
        Catalogue catalogue = input.load();
        Progress progress = TerminalProgress.forThisProcess();
        ExchangeModel model;
        try {
            model = new ArchimateExporter(selection.options(viewSelection, spec), progress).toExchange(catalogue);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        try {
            AtomicFiles.write(output, out -> new ArchimateExchangeWriter(progress).write(model, out));
        } catch (IOException e) {
            throw new InputException(output, "cannot write: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("output", output.toString());
            document.put("elements", model.elements().size());
            document.put("relationships", model.relationships().size());
            document.put("views", model.views().size());
            document.put("propertyDefinitions", model.propertyDefinitions().size());
            json.print(out, document);
        } else {
            out.printf("wrote %s: %d elements, %d relationships, %d views%n", output, model.elements().size(),
                    model.relationships().size(), model.views().size());
            out.flush();
        }
        return ExitCodes.SUCCESS;
    }
}
