package org.egovera.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.egovera.io.bpmn.BpmnImporter;
import org.egovera.io.bpmn.ImportReport;
import org.egovera.io.bpmn.SampleProcesses;
import org.egovera.mapping.MappingLoader;
import org.egovera.model.Catalogue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bpmn", mixinStandardHelpOptions = true,
        description = "Import BPMN 2.0 processes (tasks of every kind, sub-processes, call activities, pools and lanes"
                + " as performers, documentation) into a catalogue, optionally with mapping files.",
        footer = { "", "A process already in the catalogue (same BPMN id) is updated: tasks whose ids did not change keep",
                "their mapping; tasks that went are listed with the mapping they had.",
                "--samples adds the tax processes shipped with the tool, with their reviewed mappings.",
                "Exit codes: 0 written, 2 unreadable input (nothing is written)." })
final class ImportBpmnCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "IN.bpmn", description = "BPMN 2.0 XML files.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--mapping", paramLabel = "MAP.csv", description = "Mapping file to load after the import (repeatable).")
    private List<Path> mappings = new ArrayList<>();

    @Option(names = "--samples", description = "Import the sample tax processes and their mappings.")
    private boolean samples;

    @Mixin
    private CatalogueTarget target;

    @Mixin
    private JsonOutput json;

    @Override
    public Integer call() {
        if (files.isEmpty() && !samples) {
            throw new ParameterException(spec.commandLine(), "name at least one BPMN file, or --samples");
        }
        Catalogue catalogue = target.load();
        List<ImportReport> reports = new ArrayList<>();
        MappingLoader.LoadReport sampleMappings = null;
        if (samples) {
            SampleProcesses.Result result = SampleProcesses.addTo(catalogue);
            reports.add(result.imported());
            sampleMappings = result.mapped();
        }
        if (!files.isEmpty()) {
            reports.add(BpmnImporter.importFiles(catalogue, files, TerminalProgress.forThisProcess()));
        }
        MappingLoader.LoadReport loaded = mappings.isEmpty() ? null : MappingLoader.load(catalogue, mappings);
        target.save(catalogue);
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("imports", reports);
            document.put("sampleMappings", sampleMappings);
            document.put("mappings", loaded);
            document.put("output", target.destination().toString());
            json.print(out, document);
            return ExitCodes.SUCCESS;
        }
        reports.forEach(report -> ImportSummaryText.print(report, out));
        if (sampleMappings != null) {
            ImportSummaryText.print("sample mappings", sampleMappings, out);
        }
        if (loaded != null) {
            ImportSummaryText.print("mappings", loaded, out);
        }
        out.println("wrote " + target.destination());
        out.flush();
        return ExitCodes.SUCCESS;
    }
}
