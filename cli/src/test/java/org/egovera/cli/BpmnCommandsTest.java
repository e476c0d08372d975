package org.egovera.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** import bpmn, map and trace as a user runs them, on the minimal test catalogue and a small process. */
class BpmnCommandsTest {

    private static final String PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="urn:test">
              <bpmn:collaboration id="Co">
                <bpmn:participant id="Pool" name="Exchange office" processRef="Ex"/>
              </bpmn:collaboration>
              <bpmn:process id="Ex" name="Information exchange">
                <bpmn:serviceTask id="Send" name="Exchange tax information"/>
                <bpmn:userTask id="Review" name="Review the answer"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @TempDir
    Path dir;

    private Path catalogue;
    private Path bpmn;

    @BeforeEach
    void files() throws IOException {
        catalogue = dir.resolve("catalogue.egovera");
        CatalogueStore.save(TestCatalogues.minimal(), catalogue);
        bpmn = Files.writeString(dir.resolve("exchange.bpmn"), PROCESS);
    }

    @Test
    void importIntoACatalogueWritesItBackWithASummary() {
        CommandRun run = CommandRun.of("import", "bpmn", bpmn.toString(), "--into", catalogue.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("exchange.bpmn: 1 process(es), 2 task(s)"), run.out());
        assertTrue(run.out().contains("added process Ex 'Exchange office'"), run.out());
        Catalogue written = CatalogueStore.load(catalogue);
        assertEquals("bpmn.Ex", written.getProcesses().get(0).getId());
    }

    @Test
    void reimportReportsWhatChanged() throws IOException {
        CommandRun.of("import", "bpmn", bpmn.toString(), "--into", catalogue.toString());
        Files.writeString(bpmn, PROCESS.replace("<bpmn:userTask id=\"Review\" name=\"Review the answer\"/>", ""));
        CommandRun run = CommandRun.of("import", "bpmn", bpmn.toString(), "--into", catalogue.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("updated process Ex"), run.out());
        assertTrue(run.out().contains("task removed: Review 'Review the answer'"), run.out());
    }

    @Test
    void hostileInputIsExitTwoWithOneLineAndTheCatalogueUntouched() throws IOException {
        byte[] before = Files.readAllBytes(catalogue);
        Path hostile = Files.writeString(dir.resolve("hostile.bpmn"), """
                <?xml version="1.0"?>
                <!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="P"><task id="T" name="&x;"/></process></definitions>
                """);
        CommandRun run = CommandRun.of("import", "bpmn", bpmn.toString(), hostile.toString(), "--into", catalogue.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("egovera: " + hostile + ":2:"), run.err());
        assertArrayEquals(before, Files.readAllBytes(catalogue));
    }

    @Test
    void importNeedsATarget() {
        CommandRun run = CommandRun.of("import", "bpmn", bpmn.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--into CATALOGUE"), run.err());
    }

    @Test
    void mapCheckExitsOneOnFindingsAndZeroOnceMapped() throws IOException {
        CommandRun.of("import", "bpmn", bpmn.toString(), "--into", catalogue.toString());
        CommandRun unmapped = CommandRun.of("map", "check", catalogue.toString());
        assertEquals(1, unmapped.exitCode(), unmapped.out());
        assertTrue(unmapped.out().contains("UNMAPPED: 'Exchange tax information' (serviceTask) has no mapping"), unmapped.out());

        Path typo = Files.writeString(dir.resolve("typo.csv"), "process,task,task_name,services,building_blocks,note\nEx,Send,,DPS9,,\n");
        CommandRun unknown = CommandRun.of("map", "check", catalogue.toString(), "--mapping", typo.toString());
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.out().contains(typo + ":2: UNKNOWN_ID: task Ex/Send: service 'DPS9' is nothing in the catalogue"), unknown.out());

        Path mapping = Files.writeString(dir.resolve("map.csv"), """
                process,task,task_name,services,building_blocks,note
                Ex,Send,Exchange tax information,DPS1,ABB1,
                Ex,Review,Review the answer,,,An officer reads the answer: no IT support.
                """);
        CommandRun apply = CommandRun.of("map", "apply", mapping.toString(), "--into", catalogue.toString());
        assertEquals(0, apply.exitCode(), apply.err());
        CommandRun clean = CommandRun.of("map", "check", catalogue.toString());
        assertEquals(0, clean.exitCode(), clean.out());

        CommandRun exported = CommandRun.of("map", "export", catalogue.toString());
        assertTrue(exported.out().contains("Ex,Send,\"Exchange tax information\",DPS1,ABB1,"), exported.out());
    }

    @Test
    void mapApplyRefusesAnUnknownIdAndWritesNothing() throws IOException {
        CommandRun.of("import", "bpmn", bpmn.toString(), "--into", catalogue.toString());
        byte[] before = Files.readAllBytes(catalogue);
        Path typo = Files.writeString(dir.resolve("typo.csv"), "process,task,task_name,services,building_blocks,note\nEx,Send,,DPS9,,\n");
        CommandRun run = CommandRun.of("map", "apply", typo.toString(), "--into", catalogue.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(typo + ":2: task Ex/Send: service 'DPS9' is nothing in the catalogue"), run.err());
        assertArrayEquals(before, Files.readAllBytes(catalogue));
    }

    @Test
    void suggestWritesAReviewableFileAndChangesNothing() throws IOException {
        CommandRun.of("import", "bpmn", bpmn.toString(), "--into", catalogue.toString());
        byte[] before = Files.readAllBytes(catalogue);
        Path suggestions = dir.resolve("suggestions.csv");
        CommandRun run = CommandRun.of("map", "suggest", catalogue.toString(), "-o", suggestions.toString());
        assertEquals(0, run.exitCode(), run.err());
        String csv = Files.readString(suggestions);
        assertTrue(csv.startsWith("process,task,task_name,kind,rank,candidate,candidate_name,score,reason"), csv);
        assertTrue(csv.contains("Ex,Send,\"Exchange tax information\",service,1,DPS1,"), csv);
        assertArrayEquals(before, Files.readAllBytes(catalogue));
    }

    @Test
    void traceGoesBothWaysInTextCsvAndJson() throws IOException {
        CommandRun.of("import", "bpmn", bpmn.toString(), "--into", catalogue.toString());
        Path mapping = Files.writeString(dir.resolve("map.csv"), "process,task,task_name,services,building_blocks,note\nEx,Send,,DPS1,,\n");
        CommandRun.of("map", "apply", mapping.toString(), "--into", catalogue.toString());

        CommandRun text = CommandRun.of("trace", "Ex/Send", catalogue.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("└─ supported by: service DPS1"), text.out());
        CommandRun csv = CommandRun.of("trace", "Ex/Send", catalogue.toString(), "--format", "csv");
        assertTrue(csv.out().startsWith("depth,relation,kind,id,name,context,parent,repeated"), csv.out());
        CommandRun json = CommandRun.of("trace", "--impact", "ABB1", catalogue.toString(), "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertEquals("impact", report.get("direction").asText());
        assertEquals("bpmn.Ex.Send", report.at("/reached/task/0").asText());
    }

    @Test
    void traceNamesWhatIsWrongWithItsArgument() {
        CommandRun unknown = CommandRun.of("trace", "Nope", catalogue.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("nothing in the catalogue is called 'Nope'"), unknown.err());
        CommandRun block = CommandRun.of("trace", "ABB1", catalogue.toString());
        assertEquals(2, block.exitCode());
        assertTrue(block.err().contains("ABB1 is an ABB: add --impact to see what a change of it affects"), block.err());
    }

    @Test
    void matrixAndSharingAreWritten() throws IOException {
        CommandRun.of("import", "bpmn", bpmn.toString(), "--into", catalogue.toString());
        Path mapping = Files.writeString(dir.resolve("map.csv"), "process,task,task_name,services,building_blocks,note\nEx,Send,,DPS1,ABB1,\n");
        CommandRun.of("map", "apply", mapping.toString(), "--into", catalogue.toString());
        Path html = dir.resolve("matrix.html");
        CommandRun matrix = CommandRun.of("trace", "matrix", catalogue.toString(), "-o", html.toString());
        assertEquals(0, matrix.exitCode(), matrix.err());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
        assertTrue(matrix.out().contains("2 task(s) x 1 ABB(s)"), matrix.out());
        CommandRun sharing = CommandRun.of("trace", "sharing", catalogue.toString(), "--member-states", "27");
        assertEquals(0, sharing.exitCode(), sharing.err());
        assertTrue(sharing.out().contains("702 interfaces point to point, 28 through a central service"), sharing.out());
    }
}
