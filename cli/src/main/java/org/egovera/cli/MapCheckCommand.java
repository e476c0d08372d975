package org.egovera.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.egovera.mapping.MappingCheck;
import org.egovera.mapping.MappingFinding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "List unmapped tasks, mappings to unknown ids, mappings to obsolete ABBs, lines for tasks that"
                + " no longer exist and tasks renamed since their line was reviewed.",
        footer = { "", "The catalogue's own mapping is checked, with the given mapping files in place of what they map.",
                "Exit codes: 0 no findings, 1 findings, 2 unreadable input." })
final class MapCheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueInput input;

    @Option(names = "--mapping", paramLabel = "MAP.csv", description = "Mapping file to check (repeatable).")
    private List<Path> mappings = new ArrayList<>();

    @Mixin
    private JsonOutput json;

    @Override
    public Integer call() {
        List<MappingFinding> findings = MappingCheck.check(input.load(), mappings);
        Map<String, Integer> byCode = new TreeMap<>();
        findings.forEach(finding -> byCode.merge(finding.code().name(), 1, Integer::sum));
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("catalogue", input.displayName());
            document.put("findings", findings.size());
            document.put("byCode", byCode);
            document.put("list", findings);
            json.print(out, document);
        } else {
            for (MappingFinding finding : findings) {
                out.println(finding.where() + finding.code() + ": " + finding.message());
            }
            out.printf("%s: %d finding(s)%s%n", input.displayName(), findings.size(), byCode.isEmpty() ? "" : " " + byCode);
            out.flush();
        }
        return findings.isEmpty() ? ExitCodes.SUCCESS : ExitCodes.FINDINGS;
    }
}
