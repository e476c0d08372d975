package org.egovera.io.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.egovera.model.TaskKind;
import org.egovera.model.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BpmnReaderTest {

    @Test
    void prefixesExtensionsAndMissingDiagramsDoNotMatter() {
        BpmnDefinitions definitions = BpmnReader.read(BpmnFixtures.file("tolerant.bpmn"));
        assertEquals("Hand 1", definitions.exporter());
        assertEquals(1, definitions.processes().size());
        BpmnProcess process = definitions.processes().get(0);
        assertEquals("Tax administration", definitions.participantOf("P").orElseThrow().name());
        List<String> names = process.allActivities().map(BpmnTask::name).toList();
        assertEquals(List.of("Receive application", "Check register", "Score", "Run risk analysis", "File paper"), names);
        assertEquals(List.of(TaskKind.TASK, TaskKind.SERVICE, TaskKind.SCRIPT, TaskKind.CALL_ACTIVITY, TaskKind.MANUAL),
                process.allActivities().map(BpmnTask::kind).toList());
        assertEquals(4, process.taskCount());
        assertEquals(2, definitions.laneCount());
    }

    @Test
    void documentationIsPlainTextAndParagraphsAreJoined() {
        BpmnProcess process = BpmnReader.read(BpmnFixtures.file("tolerant.bpmn")).processes().get(0);
        assertEquals("First paragraph.\n\nSecond paragraph.", process.documentation());
        assertEquals("Plain <text> kept as written.", process.tasks().get(0).documentation());
        assertNull(process.tasks().get(1).documentation());
    }

    @Test
    void nestedSubProcessesAndCallTargetsAreRead() {
        BpmnProcess process = BpmnReader.read(BpmnFixtures.file("tolerant.bpmn")).processes().get(0);
        BpmnProcess assess = process.subProcesses().get(0);
        assertEquals("subProcess", assess.element());
        assertEquals("transaction", assess.subProcesses().get(0).element());
        assertEquals("RiskAnalysis", assess.tasks().get(1).calledElement());
    }

    @Test
    void lanesGivePerformersAndUnnamedLanesFallBackToThePool() {
        BpmnDefinitions definitions = BpmnReader.read(BpmnFixtures.file("tolerant.bpmn"));
        BpmnProcess process = definitions.processes().get(0);
        PerformerIndex performers = new PerformerIndex(process);
        String pool = "Tax administration";
        assertEquals(pool, performers.performerOf("T1", pool));
        assertEquals("Registration office", performers.performerOf("T2", pool));
        String subProcessPerformer = performers.performerOf("Sub", pool);
        assertEquals("Registration office", subProcessPerformer);
        assertEquals("Registration office", performers.performerOf("T3", subProcessPerformer));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            xxe.bpmn               | 2 | DOCTYPE declarations are refused
            entity-expansion.bpmn  | 9 | DOCTYPE declarations are refused
            undeclared-entity.bpmn | 3 | malformed XML
            xpdl.xpdl              | 2 | this is an XPDL 2.1 file (the BPMN 1.x interchange format), not BPMN 2.0 XML
            bpmn-beta.bpmn         | 2 | this is a BPMN 2.0 beta file, not BPMN 2.0 XML
            not-bpmn.xml           | 2 | not a BPMN 2.0 file: the root element is {http://www.opengroup.org/xsd/archimate/3.0/}model
            malformed.bpmn         | 5 | malformed XML
            duplicate-id.bpmn      | 5 | duplicate id 'T' (first defined on line 4)
            broken-reference.bpmn  | 7 | sequenceFlow targetRef 'Missing' refers to nothing in the file
            task-without-id.bpmn   | 4 | task without an id
            """)
    void badInputIsOneLineNamingFileAndLine(String fixture, int line, String message) {
        Path file = BpmnFixtures.file(fixture);
        InputException failure = assertThrows(InputException.class, () -> BpmnReader.read(file));
        assertEquals(line, failure.line(), failure.oneLine());
        assertTrue(failure.getMessage().startsWith(message), failure.oneLine());
        assertTrue(failure.oneLine().startsWith(file + ":" + line + ":"), failure.oneLine());
        assertEquals(1, failure.oneLine().lines().count(), failure.oneLine());
    }

    @Test
    void hostileNestingIsRefusedBeforeTheStackRunsOut() {
        StringBuilder xml = new StringBuilder("<definitions xmlns='" + BpmnNames.MODEL_NS + "'><process id='P'>");
        int depth = 5_000;
        for (int i = 0; i < depth; i++) {
            xml.append("<subProcess id='S").append(i).append("'>");
        }
        for (int i = 0; i < depth; i++) {
            xml.append("</subProcess>");
        }
        xml.append("</process></definitions>");
        ByteArrayInputStream in = new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8));
        InputException failure = assertThrows(InputException.class, () -> BpmnReader.read(in, Path.of("deep.bpmn")));
        assertTrue(failure.getMessage().contains("nested more than"), failure.oneLine());
    }

    @Test
    void emptyAndMissingFilesAreInputErrors() {
        ByteArrayInputStream empty = new ByteArrayInputStream(new byte[0]);
        assertThrows(InputException.class, () -> BpmnReader.read(empty, Path.of("empty.bpmn")));
        InputException missing = assertThrows(InputException.class, () -> BpmnReader.read(Path.of("no/such/file.bpmn")));
        assertTrue(missing.oneLine().contains("no such BPMN file"), missing.oneLine());
    }
}
