package org.egovera.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.egovera.trace.SharingAnalysis;
import org.egovera.trace.SharingReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sharing", mixinStandardHelpOptions = true,
        description = "Services and ABBs that serve tasks of several processes: candidates for a shared or central"
                + " implementation, with the processes and Member States involved and the interfaces a central"
                + " service saves (n(n-1) point to point against n+1).",
        footer = { "", "A process that calls another (call activity) is served by what serves the called process.",
                "Exit codes: 0 done, 2 unreadable input." })
final class TraceSharingCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueInput input;

    @Option(names = "--min-processes", paramLabel = "N", defaultValue = "2", description = "Fewest processes served (default: ${DEFAULT-VALUE}).")
    private int minProcesses;

    @Option(names = "--member-states", paramLabel = "N", description = "n for the interface counts; default: the Member States in the catalogue.")
    private Integer memberStates;

    @Mixin
    private JsonOutput json;

    @Override
    public Integer call() {
        SharingReport report = SharingAnalysis.of(input.load(), minProcesses, memberStates);
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            json.print(out, report);
            return ExitCodes.SUCCESS;
        }
        out.printf("Sharing candidates: services and ABBs serving tasks of %d or more processes (%s)%n", report.minProcesses(), input.displayName());
        out.printf("n = %d Member States (%s): %d interfaces point to point, %d through a central service%n%n",
                report.memberStates(), report.memberStatesBasis(), (long) report.memberStates() * (report.memberStates() - 1),
                report.memberStates() + 1L);
        out.printf("%-8s %-12s %9s %6s %9s  %s%n", "kind", "id", "processes", "tasks", "MS using", "name");
        for (SharingReport.Candidate candidate : report.candidates()) {
            out.printf("%-8s %-12s %9d %6d %9d  %s%n", candidate.kind(), candidate.id(), candidate.processCount(), candidate.tasks().size(),
                    candidate.memberStatesUsingSolutions().size(), candidate.name());
            out.println("         serves " + candidate.processes().stream()
                    .map(process -> process.name() + ("direct".equals(process.how()) ? "" : " (" + process.how() + ")"))
                    .collect(Collectors.joining(", ")));
        }
        out.printf("%n%d candidate(s)%n", report.candidates().size());
        out.flush();
        return ExitCodes.SUCCESS;
    }
}
