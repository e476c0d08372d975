package org.egovera.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.egovera.io.archimate.ExchangeFileCheck;
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
        description = { "Check a catalogue against the domain rules, (--profile egovera) an ArchiMate exchange file"
                + " against the eGovERA/EIRA conventions, or (--shacl) the catalogue's RDF export against SHACL shapes.",
                "With --shacl the shapes are those shipped with egovera plus any --shapes given, and FILE may be an RDF file." },
        footer = { "", "Profiles: 'catalogue' (default) checks a .egovera catalogue; 'egovera' checks FILE.xml, offline:"
                + " model type, the five EIRA views, ABB and SBB properties, EIRA's PURIs and types, relationships.",
                "Exit codes: 0 no errors (warnings allowed), 1 validation errors (SHACL violations), 2 unreadable input." })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueInput input;

    @Mixin
    private JsonOutput json;

    @Option(names = "--errors-only", description = "List errors only; warnings are still counted.")
    private boolean errorsOnly;

    @Option(names = "--profile", paramLabel = "catalogue|egovera", defaultValue = "catalogue",
            description = "What to check (default: ${DEFAULT-VALUE}).")
    private String profile;

    @Option(names = "--xsd", paramLabel = "DIR",
            description = "With --profile egovera: also validate against the Open Group's XSDs in DIR (archimate3_Diagram.xsd, dc.xsd, xml.xsd...).")
    private Path xsd;

    @Option(names = "--shacl", description = "Validate the RDF export with SHACL instead of the domain rules.")
    private boolean shacl;

    @Option(names = "--shapes", paramLabel = "SHAPES", description = "Further SHACL shapes to apply (with --shacl), e.g. the EU's CPSV-AP shapes.")
    private List<Path> shapes = new ArrayList<>();

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of the export validated with --shacl.")
    private String base;

    @Override
    public Integer call() {
        if (shacl) {
            if (!"catalogue".equals(profile) || xsd != null) {
                throw new ParameterException(spec.commandLine(), "--shacl validates RDF: it takes no --profile or --xsd");
            }
            return ShaclCheck.run(spec, input, shapes, base, json, errorsOnly);
        }
        if (!shapes.isEmpty() || base != null) {
            throw new ParameterException(spec.commandLine(), "--shapes and --base go with --shacl");
        }
        ValidationReport report = switch (profile) {
            case "catalogue" -> CatalogueValidation.validate(input.load());
            case "egovera" -> {
                if (input.file() == null) {
                    throw new ParameterException(spec.commandLine(), "--profile egovera checks an exchange file: give FILE.xml");
                }
                yield ExchangeFileCheck.check(input.file(), xsd);
            }
            default -> throw new ParameterException(spec.commandLine(), "--profile takes catalogue or egovera, not '" + profile + "'");
        };
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
