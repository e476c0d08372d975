package org.egovera.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.egovera.io.rdf.RdfExporter;
import org.egovera.io.rdf.RdfParsing;
import org.egovera.io.rdf.RdfSyntax;
import org.egovera.io.rdf.ShaclFinding;
import org.egovera.io.rdf.ShaclReport;
import org.egovera.io.rdf.ShaclValidation;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code validate --shacl}: kept apart from {@link ValidateCommand} so that RDF loads only when asked for. */
final class ShaclCheck {

    private ShaclCheck() {
    }

    static int run(CommandSpec spec, CatalogueInput input, List<Path> shapes, String base, JsonOutput json, boolean errorsOnly) {
        if (base != null) {
            try {
                RdfExporter.checkBase(base);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--base: " + e.getMessage());
            }
        }
        Path file = input.file();
        ShaclReport report = file != null && RdfSyntax.ofFile(file).isPresent()
                ? ShaclValidation.validate(RdfParsing.graph(file), shapes)
                : ShaclValidation.validate(input.load(), base, shapes);
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("file", input.displayName());
            document.put("triples", report.triples());
            document.put("violations", report.violations());
            document.put("warnings", report.warnings());
            document.put("byShape", report.countsByShape());
            document.put("findings", report.findings());
            json.print(out, document);
        } else {
            for (ShaclFinding finding : report.findings()) {
                if (finding.isViolation() || !errorsOnly) {
                    out.println(finding.describe());
                }
            }
            out.printf("%s: %d SHACL violation(s), %d warning(s) in %d triples%n", input.displayName(), report.violations(),
                    report.warnings(), report.triples());
            out.flush();
        }
        return report.conforms() ? ExitCodes.SUCCESS : ExitCodes.FINDINGS;
    }
}
