package org.egovera.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.egovera.report.HtmlReport;
import org.egovera.report.ReportSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a catalogue as a static web site (pages per element, diagrams, search) that works"
                + " offline from the file system.",
        footer = { "", "An existing folder is replaced only when it holds an earlier report.",
                "Exit codes: 0 written, 2 unreadable input or a folder that is not a report." })
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueInput input;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "Folder of the site.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        ReportSummary summary = HtmlReport.write(input.load(), output, TerminalProgress.forThisProcess());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d pages, %,d bytes (home page %,d bytes); open %s%n", input.displayName(), summary.pages(),
                summary.bytes(), summary.homePageBytes(), summary.homePage());
        out.flush();
        return ExitCodes.SUCCESS;
    }
}
