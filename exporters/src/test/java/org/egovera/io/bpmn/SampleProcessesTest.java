package org.egovera.io.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.mapping.MappingCheck;
import org.egovera.mapping.MappingSuggester;
import org.egovera.mapping.ProcessTasks;
import org.egovera.mapping.Suggestion;
import org.egovera.model.Catalogue;
import org.egovera.model.Task;
import org.egovera.model.validation.CatalogueValidation;
import org.egovera.model.validation.ValidationReport;
import org.egovera.trace.ImpactAnalysis;
import org.egovera.trace.SharingAnalysis;
import org.egovera.trace.SharingReport;
import org.egovera.trace.Subjects;
import org.egovera.trace.TraceReport;
import org.egovera.trace.Traceability;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample processes on the shipped catalogue: mapping, check, suggestions, traces both ways, sharing. */
class SampleProcessesTest {

    private static Catalogue shipped;
    private static Catalogue withSamples;
    private static SampleProcesses.Result result;

    @BeforeAll
    static void addSamples() {
        shipped = ShippedCatalogue.load();
        withSamples = ShippedCatalogue.load();
        result = SampleProcesses.addTo(withSamples);
    }

    @Test
    void everyTaskOfTheSevenProcessesIsMappedToCatalogueElements() {
        assertEquals(7, withSamples.getProcesses().size());
        assertEquals(45, result.mapped().applied());
        assertTrue(result.mapped().stale().isEmpty(), result.mapped().stale().toString());
        assertTrue(result.imported().warnings().isEmpty(), "every call activity reaches the risk analysis: " + result.imported().warnings());
        assertEquals(List.of(), MappingCheck.check(withSamples, List.of()));
    }

    @Test
    void theProcessesAddNoValidationError() {
        ValidationReport before = CatalogueValidation.validate(shipped);
        ValidationReport after = CatalogueValidation.validate(withSamples);
        assertEquals(before.errorCount(), after.errorCount(), after.findings().toString());
    }

    @Test
    void theRiskAnalysisIsCalledByTheFiveProceduresThatUseIt() {
        Task call = (Task) Subjects.resolve(withSamples, "ImportDeclaration/Imp_PerformRiskAnalysis");
        assertEquals("bpmn.RiskAnalysis", ((org.egovera.model.BusinessProcess) call.eContainer()).getCalls().get(0).getId());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TaxPaymentAndCollection/CalculateInterestAndPenalties | TDPS11
            TaxpayerRegistration/ClassifyEconomicActivity         | TDPS15
            VatReturnFilingAndAssessment/CalculateVatDue          | TDPS19
            TaxPaymentAndCollection/SeizeAssets                   | TDPS13
            TaxPaymentAndCollection/ReceivePayment                | BADPS1
            RiskAnalysis/ApplyRiskRules                           | TDPS17
            TaxpayerRegistration/VerifyIdentity                   | BADPS14
            TaxPaymentAndCollection/RequestRecoveryAssistance     | TDPS31
            """)
    void theRightServiceRanksFirstForClearlyNamedTasks(String task, String service) {
        Catalogue unmapped = ShippedCatalogue.load();
        BpmnImporter.importDefinitions(unmapped, SampleProcessFilesTest.allDefinitions());
        try (MappingSuggester suggester = new MappingSuggester(unmapped, MappingSuggester.Options.DEFAULT)) {
            List<Suggestion> suggestions = suggester.suggestFor((Task) Subjects.resolve(unmapped, task));
            Suggestion first = suggestions.stream().filter(s -> s.kind() == Suggestion.Kind.SERVICE).findFirst().orElseThrow();
            assertEquals(service, first.candidate(), suggestions.toString());
            assertTrue(!first.reason().isEmpty());
        }
    }

    @Test
    void aTaskTracesToItsServicesBlocksSolutionsPlatformsAndMemberStates() {
        TraceReport trace = Traceability.of(Subjects.resolve(withSamples, "RiskAnalysis/ShareRiskInformation"));
        assertEquals(List.of("BADPS4"), trace.reached().get("service"));
        assertTrue(trace.reached().get("ABB").containsAll(List.of("TABB187", "BAABB206")), trace.reached().toString());
        assertTrue(trace.reached().get("SBB").contains("sbb.ccn2ng"), trace.reached().toString());
        assertEquals(27, trace.reached().get("Member State").size());
        assertTrue(trace.reached().containsKey("platform"), trace.reached().toString());
    }

    @Test
    void aProcessTraceCoversItsSubProcessAndTheProcessItCalls() {
        TraceReport trace = Traceability.of(Subjects.resolve(withSamples, "VatReturnFilingAndAssessment"), false);
        assertEquals(List.of("bpmn.VatReturnFilingAndAssessment.AssessReturn"), trace.reached().get("sub-process"));
        assertEquals(List.of("bpmn.VatReturnFilingAndAssessment", "bpmn.RiskAnalysis"), trace.reached().get("process"));
        assertTrue(trace.reached().get("task").contains("bpmn.RiskAnalysis.ScoreRisk"), trace.reached().get("task").toString());
        assertTrue(trace.reached().get("service").containsAll(List.of("TDPS19", "TDPS17", "BADPS14")), trace.reached().get("service").toString());
    }

    @Test
    void changingTheAnalyticsBlockAffectsEveryProcessThatRunsTheRiskAnalysis() {
        TraceReport impact = ImpactAnalysis.of(withSamples, Subjects.resolve(withSamples, "TABB183"));
        List<String> processes = impact.reached().get("process");
        assertTrue(processes.containsAll(List.of("bpmn.RiskAnalysis", "bpmn.ImportDeclaration", "bpmn.ExportDeclaration",
                "bpmn.TransitDeclaration", "bpmn.TaxpayerRegistration", "bpmn.VatReturnFilingAndAssessment")), processes.toString());
        assertTrue(impact.reached().get("task").contains("bpmn.RiskAnalysis.ApplyRiskRules"));
        assertTrue(impact.reached().get("capability").contains("TXBC6"), impact.reached().get("capability").toString());
    }

    @Test
    void oneRiskAnalysisServiceServesImportExportAndTransit() {
        SharingReport report = SharingAnalysis.of(withSamples, 2, null);
        assertEquals(27, report.memberStates());
        SharingReport.Candidate antiFraud = report.candidates().stream().filter(c -> c.id().equals("TDPS17")).findFirst().orElseThrow();
        Map<String, String> served = antiFraud.processes().stream()
                .collect(Collectors.toMap(SharingReport.ServedProcess::id, SharingReport.ServedProcess::how));
        assertTrue(served.keySet().containsAll(List.of("ImportDeclaration", "ExportDeclaration", "TransitDeclaration", "RiskAnalysis")),
                served.toString());
        assertEquals(702, antiFraud.pointToPointInterfaces());
        assertEquals(28, antiFraud.centralInterfaces());
        SharingReport.Candidate customs = report.candidates().stream().filter(c -> c.id().equals("TABB154")).findFirst().orElseThrow();
        assertEquals(List.of("ImportDeclaration", "ExportDeclaration", "TransitDeclaration"),
                customs.processes().stream().map(SharingReport.ServedProcess::id).toList());
    }

    @Test
    void reimportingTheSamplesKeepsEveryMapping() {
        Catalogue again = ShippedCatalogue.load();
        SampleProcesses.addTo(again);
        ImportReport report = BpmnImporter.importDefinitions(again, SampleProcessFilesTest.allDefinitions());
        assertEquals(45, report.processes().stream().mapToInt(ImportReport.ProcessChange::mappingsKept).sum());
        assertTrue(MappingCheck.check(again, List.of()).isEmpty());
        assertTrue(ProcessTasks.all(again).stream().allMatch(ProcessTasks::isMapped));
    }

}
