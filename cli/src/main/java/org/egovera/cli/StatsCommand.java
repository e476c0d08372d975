package org.egovera.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.egovera.analysis.CatalogueStatistics;
import org.egovera.analysis.DomainCounts;
import org.egovera.analysis.GapLine;
import org.egovera.analysis.PrioritySet;
import org.egovera.analysis.StatisticsReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count what a catalogue holds: by domain, class, EIRA view, ArchiMate type and sourcing;"
                + " the priority set; the recorded data gaps.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueInput input;

    @Mixin
    private JsonOutput json;

    @Option(names = "--gaps", description = "List every recorded data gap, not only their counts.")
    private boolean listGaps;

    @Override
    public Integer call() {
        StatisticsReport report = CatalogueStatistics.of(input.load());
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            json.print(out, report);
            return ExitCodes.SUCCESS;
        }
        out.printf("%s%s (%s)%n", report.catalogue(), report.version() == null ? "" : " " + report.version(), input.displayName());
        out.println();
        out.printf("%-22s %12s %9s %6s %9s%n", "Policy domain", "capabilities", "services", "ABBs", "priority");
        for (Map.Entry<String, DomainCounts> domain : report.domains().entrySet()) {
            DomainCounts counts = domain.getValue();
            out.printf("%-22s %12d %9d %6d %9d%n", domain.getKey(), counts.capabilities(), counts.services(),
                    counts.buildingBlocks(), counts.priorityCapabilities());
        }
        out.printf("EIRA library: %d ABBs%n", report.eiraLibrarySize());
        section(out, "Elements by class", report.elementsByClass());
        section(out, "ABBs by EIRA view", report.buildingBlocksByView());
        section(out, "ABBs by ArchiMate type", report.buildingBlocksByArchimateType());
        section(out, "SBBs by sourcing", report.solutionsBySourcing());
        printPrioritySet(out, report.prioritySet(), report.strategy2022());
        section(out, "Recorded data gaps by kind", report.dataGapsByKind());
        if (listGaps) {
            out.println();
            report.dataGaps().stream().map(GapLine::describe).forEach(line -> out.println("  " + line));
        } else if (!report.dataGaps().isEmpty()) {
            out.println("  (--gaps lists them)");
        }
        out.flush();
        return ExitCodes.SUCCESS;
    }

    private static void section(PrintWriter out, String title, Map<String, Integer> counts) {
        out.println();
        out.println(title + ":");
        counts.forEach((key, count) -> out.printf("  %-40s %6d%n", key, count));
    }

    private static void printPrioritySet(PrintWriter out, PrioritySet ours, PrioritySet strategy) {
        out.println();
        out.println("Priority set (this catalogue vs the tax IT strategy, 2022):");
        out.printf("  %-40s %6s %9s%n", "", "here", "strategy");
        out.printf("  %-40s %6d %9d%n", "capabilities (domains with priorities)", ours.capabilities(), strategy.capabilities());
        out.printf("  %-40s %6d %9d%n", "priority capabilities", ours.priorityCapabilities(), strategy.priorityCapabilities());
        out.printf("  %-40s %6d %9d%n", "services realising them", ours.services(), strategy.services());
        out.printf("  %-40s %6d %9d%n", "ABBs those services use", ours.buildingBlocks(), strategy.buildingBlocks());
    }
}
