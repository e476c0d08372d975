package org.egovera.io.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.egovera.mapping.MappingFile;
import org.egovera.mapping.TaskMapping;
import org.junit.jupiter.api.Test;

/** The sample processes as files: what they hold, and that their mapping files cover them exactly. */
class SampleProcessFilesTest {

    @Test
    void theFilesHoldSevenProcessesWithTheirTasksLanesAndCalls() throws IOException {
        Map<String, String> counts = new LinkedHashMap<>();
        for (String name : SampleProcesses.NAMES) {
            BpmnDefinitions definitions = read(name);
            for (BpmnProcess process : definitions.processes()) {
                long calls = process.allActivities().filter(BpmnTask::isCallActivity).count();
                counts.put(process.id(), process.taskCount() + " tasks, " + calls + " calls, " + process.laneCount() + " lanes");
            }
        }
        assertEquals(Map.of(
                "TaxpayerRegistration", "9 tasks, 1 calls, 2 lanes",
                "VatReturnFilingAndAssessment", "8 tasks, 1 calls, 2 lanes",
                "TaxPaymentAndCollection", "8 tasks, 0 calls, 2 lanes",
                "RiskAnalysis", "6 tasks, 0 calls, 2 lanes",
                "ImportDeclaration", "3 tasks, 1 calls, 1 lanes",
                "ExportDeclaration", "3 tasks, 1 calls, 1 lanes",
                "TransitDeclaration", "3 tasks, 1 calls, 1 lanes"), counts);
    }

    @Test
    void theVatAssessmentIsAnEmbeddedSubProcessWithItsOwnTasks() throws IOException {
        BpmnProcess vat = read("vat-return-filing-and-assessment").processes().get(0);
        assertEquals(1, vat.subProcesses().size());
        BpmnProcess assess = vat.subProcesses().get(0);
        assertEquals("AssessReturn", assess.id());
        assertEquals(List.of("CalculateVatDue", "RunRiskAnalysis", "ReviewDiscrepancies"), assess.tasks().stream().map(BpmnTask::id).toList());
    }

    @Test
    void everyCallActivityCallsTheSharedRiskAnalysis() throws IOException {
        for (String name : SampleProcesses.NAMES) {
            read(name).processes().stream().flatMap(BpmnProcess::allActivities).filter(BpmnTask::isCallActivity)
                    .forEach(call -> assertEquals("RiskAnalysis", call.calledElement(), name + ": " + call.id()));
        }
    }

    @Test
    void everyTaskHasExactlyOneMappingLineUnderItsCurrentName() throws IOException {
        for (String name : SampleProcesses.NAMES) {
            BpmnDefinitions definitions = read(name);
            Map<String, String> tasks = new LinkedHashMap<>();
            for (BpmnProcess process : definitions.processes()) {
                process.allActivities().forEach(task -> tasks.put(process.id() + "/" + task.id(), task.name()));
            }
            Map<String, String> mapped = mapping(name).stream()
                    .collect(Collectors.toMap(line -> line.key().toString(), TaskMapping::taskName, (a, b) -> a, LinkedHashMap::new));
            assertEquals(tasks, mapped, name);
            assertTrue(mapping(name).stream().allMatch(line -> !line.mapsNothing() || line.hasNote()), name);
        }
    }

    @Test
    void everyTaskIsDocumented() throws IOException {
        for (String name : SampleProcesses.NAMES) {
            for (BpmnProcess process : read(name).processes()) {
                assertTrue(process.documentation() != null, process.id());
                process.allActivities().forEach(task -> assertTrue(task.documentation() != null, name + ": " + task.id()));
            }
        }
    }

    /** Every sample file, read. */
    static List<BpmnDefinitions> allDefinitions() {
        try {
            List<BpmnDefinitions> all = new java.util.ArrayList<>();
            for (String name : SampleProcesses.NAMES) {
                all.add(read(name));
            }
            return all;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static BpmnDefinitions read(String name) throws IOException {
        try (InputStream in = resource(name + ".bpmn")) {
            return BpmnReader.read(in, Path.of(name + ".bpmn"));
        }
    }

    static List<TaskMapping> mapping(String name) throws IOException {
        try (Reader in = new InputStreamReader(resource(name + ".mapping.csv"), StandardCharsets.UTF_8)) {
            return MappingFile.read(in, Path.of(name + ".mapping.csv"));
        }
    }

    static InputStream resource(String file) {
        InputStream in = SampleProcessFilesTest.class.getResourceAsStream(SampleProcesses.FOLDER + file);
        if (in == null) {
            throw new AssertionError("missing " + SampleProcesses.FOLDER + file);
        }
        return in;
    }
}
