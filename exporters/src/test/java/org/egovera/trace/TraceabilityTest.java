package org.egovera.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.egovera.model.Catalogue;
import org.junit.jupiter.api.Test;

class TraceabilityTest {

    private final Catalogue catalogue = TraceFixtures.mappedCatalogue();

    @Test
    void aTaskReliesOnItsServicesTheirBlocksAndTheSolutionsPlatformsAndMemberStatesBehindThem() {
        TraceReport report = Traceability.of(TraceFixtures.task(catalogue, "Reg", "B"));
        assertEquals("forward", report.direction());
        assertEquals(List.of("DPS1"), report.reached().get("service"));
        assertEquals(List.of("ABB1"), report.reached().get("ABB"));
        assertEquals(List.of("SBB1"), report.reached().get("SBB"));
        assertEquals(List.of("CCN2NG"), report.reached().get("platform"));
        assertEquals(List.of("BE"), report.reached().get("Member State"));
        TraceNode direct = report.root().children().get(1);
        assertEquals("supported by", direct.relation());
        assertEquals("ABB1", direct.id());
        assertTrue(direct.repeated(), "ABB1 was already expanded under DPS1");
    }

    @Test
    void aProcessTraceFollowsItsCallsIntoTheCalledProcess() {
        TraceReport report = Traceability.of(Subjects.resolve(catalogue, "Reg"));
        assertEquals(List.of("bpmn.Reg", "bpmn.Risk"), report.reached().get("process"));
        assertTrue(report.reached().get("task").contains("bpmn.Risk.R1"), report.reached().toString());
        assertEquals(List.of("bpmn.Reg.S"), report.reached().get("sub-process"));
    }

    @Test
    void aDirectTraceDoesNotExpandServicesIntoTheBlocksTheyUse() {
        TraceReport report = Traceability.of(TraceFixtures.task(catalogue, "Reg", "A"), false);
        assertEquals(List.of("DPS1"), report.reached().get("service"));
        assertEquals(null, report.reached().get("ABB"));
        assertTrue(report.root().children().get(0).children().isEmpty());
    }

    @Test
    void anUnmappedTaskSaysSo() {
        TraceReport report = Traceability.of(TraceFixtures.task(catalogue, "Reg", "X"));
        assertTrue(report.root().context().contains("not mapped"), report.root().context());
        assertTrue(report.root().children().isEmpty());
    }

    @Test
    void onlyTasksAndProcessesHaveAForwardTrace() {
        assertThrows(IllegalArgumentException.class, () -> Traceability.of(Subjects.resolve(catalogue, "ABB1")));
    }

    @Test
    void theTextTreeAndTheCsvCarryEveryNode() throws IOException {
        TraceReport report = Traceability.of(TraceFixtures.task(catalogue, "Reg", "B"));
        StringWriter text = new StringWriter();
        TraceFormats.text(report, new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();
        assertEquals("task bpmn.Reg.B 'Check business register' (serviceTask, performed by Registration office, in process 'Tax administration')",
                lines.get(0));
        assertTrue(lines.contains("├─ supported by: service DPS1 'Tax information exchange service'"), text.toString());
        assertTrue(lines.stream().anyMatch(line -> line.endsWith("used by: Member State BE 'Belgium' (BE)")), text.toString());
        StringWriter csv = new StringWriter();
        TraceFormats.csv(report, csv);
        List<String> rows = csv.toString().lines().toList();
        assertEquals(String.join(",", TraceFormats.CSV_COLUMNS), rows.get(0));
        assertEquals(count(report.root()) + 1, rows.size());
        assertTrue(rows.get(1).startsWith("0,,task,bpmn.Reg.B,"), rows.get(1));
    }

    private static int count(TraceNode node) {
        return 1 + node.children().stream().mapToInt(TraceabilityTest::count).sum();
    }
}
