package org.egovera.io.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.egovera.model.TaskKind;
import org.egovera.testing.ConformanceData;
import org.egovera.testing.ConformanceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The MIWG reference models and four vendor exports of C.1.0, with the counts the kit's README states. */
@ConformanceTest
class BpmnReaderConformanceTest {

    private static final List<String> C_1_0_FILES = List.of(
            "reference/C.1.0.bpmn",
            "vendor-exports/C.1.0-export.ARIS-10.2025.07.bpmn",
            "vendor-exports/C.1.0-export.SAP-Signavio-Process-Manager-19.9.0.bpmn",
            "vendor-exports/C.1.0-export.Trisotech-Workflow-Modeler-12.6.3.bpmn",
            "vendor-exports/C.1.0-export.bpmn.io-Camunda-Modeler-18.6.1.bpmn");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            reference/A.1.0.bpmn | 1 | 0 | 0 | task 3
            reference/A.2.0.bpmn | 1 | 0 | 0 | task 4
            reference/A.2.1.bpmn | 1 | 0 | 0 | task 4
            reference/A.4.0.bpmn | 2 | 1 | 2 | task 6
            reference/A.4.1.bpmn | 2 | 2 | 3 | task 6
            reference/B.1.0.bpmn | 4 | 2 | 2 | task 4, userTask 2, serviceTask 2
            reference/B.2.0.bpmn | 4 | 2 | 2 | task 22, userTask 5, serviceTask 4, sendTask 1, receiveTask 1
            reference/C.1.0.bpmn | 2 | 2 | 4 | task 4, userTask 4, serviceTask 1
            reference/C.2.0.bpmn | 4 | 4 | 2 | task 11
            reference/C.4.0.bpmn | 4 | 4 | 2 | userTask 18, manualTask 3, serviceTask 1
            reference/C.7.0.bpmn | 1 | 1 | 2 | userTask 3, serviceTask 2, businessRuleTask 1
            reference/C.8.0.bpmn | 1 | 0 | 0 | sendTask 4, serviceTask 3, userTask 1, businessRuleTask 1
            reference/C.9.0.bpmn | 1 | 1 | 0 | serviceTask 6, userTask 1, businessRuleTask 1, sendTask 1
            reference/C.9.1.bpmn | 1 | 1 | 0 | sendTask 2, userTask 1, receiveTask 1
            vendor-exports/C.1.0-export.ARIS-10.2025.07.bpmn | 2 | 2 | 4 | task 4, userTask 4, serviceTask 1
            vendor-exports/C.1.0-export.SAP-Signavio-Process-Manager-19.9.0.bpmn | 2 | 2 | 4 | task 4, userTask 4, serviceTask 1
            vendor-exports/C.1.0-export.Trisotech-Workflow-Modeler-12.6.3.bpmn | 2 | 2 | 3 | task 4, userTask 4, serviceTask 1
            vendor-exports/C.1.0-export.bpmn.io-Camunda-Modeler-18.6.1.bpmn | 2 | 2 | 3 | task 4, userTask 4, serviceTask 1
            """)
    void readsTheCountsTheKitStates(String file, int processes, int participants, int lanes, String tasksByKind) {
        BpmnDefinitions definitions = BpmnReader.read(ConformanceData.resolve("bpmn/" + file));
        assertEquals(processes, definitions.processes().size(), file + ": processes");
        assertEquals(participants, definitions.participants().size(), file + ": participants");
        assertEquals(lanes, definitions.laneCount(), file + ": lanes");
        assertEquals(expectedKinds(tasksByKind), kinds(definitions), file + ": tasks by kind");
    }

    @Test
    void everyExportOfCaseC10GivesTheSameNineTasksWithTheirPerformers() {
        Map<String, String> reference = tasksWithPerformers("reference/C.1.0.bpmn");
        assertEquals(9, reference.size(), reference.toString());
        for (String file : C_1_0_FILES) {
            assertEquals(reference, tasksWithPerformers(file), file);
        }
    }

    @Test
    void callActivitiesAndNestedSubProcessesAreKeptApartFromTasks() {
        BpmnDefinitions definitions = BpmnReader.read(ConformanceData.resolve("bpmn/reference/B.2.0.bpmn"));
        assertEquals(33, definitions.taskCount());
        List<BpmnTask> calls = definitions.processes().stream().flatMap(BpmnProcess::allActivities)
                .filter(BpmnTask::isCallActivity).toList();
        assertEquals(3, calls.size());
        assertEquals(5, definitions.processes().stream().mapToLong(BpmnReaderConformanceTest::subProcesses).sum());
    }

    @Test
    void htmlDocumentationBecomesPlainText() {
        BpmnDefinitions definitions = BpmnReader.read(ConformanceData.resolve("bpmn/reference/C.7.0.bpmn"));
        List<String> documented = definitions.processes().stream().flatMap(BpmnProcess::allActivities)
                .map(BpmnTask::documentation).filter(text -> text != null).toList();
        assertEquals(5, documented.size(), documented.toString());
        documented.forEach(text -> assertEquals(-1, text.indexOf('<'), text));
    }

    private static long subProcesses(BpmnProcess process) {
        return process.subProcesses().size() + process.subProcesses().stream().mapToLong(BpmnReaderConformanceTest::subProcesses).sum();
    }

    /**
     * Task name (case and line breaks ignored) and kind to performer. The bpmn.io export carries one name
     * double-encoded in the file itself; it is compared by its first word.
     */
    private static Map<String, String> tasksWithPerformers(String file) {
        BpmnDefinitions definitions = BpmnReader.read(ConformanceData.resolve("bpmn/" + file));
        Map<String, String> tasks = new TreeMap<>();
        for (BpmnProcess process : definitions.processes()) {
            String pool = definitions.participantOf(process.id()).map(BpmnParticipant::name).orElse(null);
            PerformerIndex performers = new PerformerIndex(process);
            process.allActivities().forEach(task -> {
                String name = task.name().toLowerCase(Locale.ROOT);
                String key = name.startsWith("rechnung") ? "rechnung" : name;
                tasks.put(key + " (" + task.kind().getLiteral() + ")", "by " + performers.performerOf(task.id(), pool));
            });
        }
        return tasks;
    }

    private static Map<String, Long> kinds(BpmnDefinitions definitions) {
        return definitions.processes().stream().flatMap(BpmnProcess::allActivities)
                .filter(task -> task.kind() != TaskKind.CALL_ACTIVITY)
                .collect(Collectors.groupingBy(task -> task.kind().getLiteral(), TreeMap::new, Collectors.counting()));
    }

    private static Map<String, Long> expectedKinds(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).map(part -> part.split(" "))
                .collect(Collectors.toMap(part -> part[0], part -> Long.parseLong(part[1]), Long::sum, TreeMap::new));
    }

    static Path kit(String relative) {
        return ConformanceData.resolve("bpmn/" + relative);
    }
}
