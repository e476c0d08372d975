package org.egovera.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.model.Catalogue;
import org.egovera.model.Element;
import org.egovera.model.io.CatalogueStore;
import org.egovera.trace.ImpactAnalysis;
import org.egovera.trace.Subjects;
import org.egovera.trace.TraceFormats;
import org.egovera.trace.TraceReport;
import org.egovera.trace.Traceability;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Trace a task or process to the services, ABBs, SBBs, platforms and Member States it relies on;"
                + " with --impact, trace an ABB, SBB or service to every task, process, service and capability a change affects.",
        synopsisSubcommandLabel = "[matrix | sharing]",
        subcommands = { HelpCommand.class, TraceMatrixCommand.class, TraceSharingCommand.class },
        footer = { "", "ID is a catalogue id (TABB133, bpmn.RiskAnalysis.ApplyRiskRules), a process BPMN id, or PROCESS/TASK.",
                "Exit codes: 0 done, 2 unknown ID or unreadable input." })
final class TraceCommand implements Callable<Integer> {

    enum Format { text, csv, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "What to trace.")
    private String subject;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "Catalogue file (.egovera); default: the shipped catalogue.")
    private Path file;

    @Option(names = "--impact", description = "Trace what a change of the ABB, SBB or service affects.")
    private boolean impact;

    @Option(names = "--direct", description = "Forward trace of the mapping alone: services are not expanded into the ABBs they use.")
    private boolean direct;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (a tree), csv or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private JsonOutput json;

    @Override
    public Integer call() throws IOException {
        if (subject == null) {
            throw new ParameterException(spec.commandLine(), "name what to trace (ID), or use 'trace matrix' or 'trace sharing'");
        }
        Catalogue catalogue = file == null ? ShippedCatalogue.load() : CatalogueStore.load(file);
        Element element;
        try {
            element = Subjects.resolve(catalogue, subject);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        TraceReport report = impact ? impact(catalogue, element) : forward(element);
        PrintWriter out = spec.commandLine().getOut();
        Format chosen = json.enabled() ? Format.json : format;
        switch (chosen) {
            case json -> json.print(out, report);
            case csv -> TraceFormats.csv(report, out);
            default -> TraceFormats.text(report, out);
        }
        return ExitCodes.SUCCESS;
    }

    private TraceReport forward(Element element) {
        if (!Subjects.isForwardSubject(element)) {
            throw new ParameterException(spec.commandLine(), subject + " is " + Subjects.kindOf(element)
                    + ": add --impact to see what a change of it affects");
        }
        return Traceability.of(element, !direct);
    }

    private TraceReport impact(Catalogue catalogue, Element element) {
        try {
            return ImpactAnalysis.of(catalogue, element);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), subject + ": " + e.getMessage()
                    + (Subjects.isForwardSubject(element) ? " (without --impact it is traced forward)" : ""));
        }
    }
}
