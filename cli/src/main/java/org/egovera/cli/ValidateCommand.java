package org.egovera.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.egovera.model.validation.CatalogueValidation;
import org.egovera.model.validation.Finding;
import org.egovera.model.validation.ValidationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = { "Check a catalogue against the domain rules, or (--shacl) its RDF export against SHACL shapes.",
                "The shapes are those shipped with egovera, plus any --shapes given. With --shacl, FILE may be an RDF file." },
        footer = { "", "Exit codes: 0 no errors (warnings allowed), 1 validation errors (SHACL violations), 2 unreadable input." })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueInput input;

    @Mixin
    private JsonOutput json;

    @Option(names = "--errors-only", description = "List errors only; warnings are still counted.")
    private boolean errorsOnly;

    @Option(names = "--shacl", description = "Validate the RDF export with SHACL instead of the domain rules.")
    private boolean shacl;

    @Option(names = "--shapes", paramLabel = "SHAPES", description = "Further SHACL shapes to apply (with --shacl), e.g. the EU's CPSV-AP shapes.")
    private List<Path> shapes = new ArrayList<>();

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of the export validated with --shacl.")
    private String base;

    @Override
    public Integer call() {
        if (shacl) {
            return ShaclCheck.run(spec, input, shapes, base, json, errorsOnly);
        }
        if (!shapes.isEmpty() || base != null) {
            throw new ParameterException(spec.commandLine(), "--shapes and --base go with --shacl");
        }
        ValidationReport report = CatalogueValidation.validate(input.load());
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("file", input.displayName());
            document.put("errors", report.errorCount());
            document.put("warnings", report.warningCount());
            document.put("byRule", report.countsByCode());
            document.put("findings", report.findings());
            json.print(out, document);
        } else {
            for (Finding finding : report.findings()) {
                if (finding.isError() || !errorsOnly) {
                    out.println(finding.severity() + ": " + finding.message());
                }
            }
            out.printf("%s: %d error(s), %d warning(s)%n", input.displayName(), report.errorCount(), report.warningCount());
            out.flush();
        }
        return report.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.SUCCESS;
    }
}
