package org.egovera.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.egovera.model.Catalogue;
import org.junit.jupiter.api.Test;

class ImpactAnalysisTest {

    private final Catalogue catalogue = TraceFixtures.mappedCatalogue();

    @Test
    void changingAnAbbAffectsItsTasksTheTasksOfServicesUsingItTheirCapabilitiesAndCallingProcesses() {
        TraceReport report = ImpactAnalysis.of(catalogue, Subjects.resolve(catalogue, "ABB1"));
        assertEquals("impact", report.direction());
        assertEquals(List.of("bpmn.Reg.B", "bpmn.Risk.R1", "bpmn.Reg.A"), report.reached().get("task"));
        assertEquals(List.of("bpmn.Reg", "bpmn.Risk"), report.reached().get("process"));
        assertEquals(List.of("DPS1"), report.reached().get("service"));
        assertEquals(List.of("CAP1"), report.reached().get("capability"));
        TraceNode riskTask = report.root().children().get(1);
        TraceNode riskProcess = riskTask.children().get(0);
        assertEquals("bpmn.Risk", riskProcess.id());
        assertEquals("called from", riskProcess.children().get(0).relation());
        assertEquals("bpmn.Reg", riskProcess.children().get(0).id());
    }

    @Test
    void changingAnSbbAffectsWhatTheAbbsItImplementsAffect() {
        TraceReport report = ImpactAnalysis.of(catalogue, Subjects.resolve(catalogue, "SBB1"));
        assertEquals("implements", report.root().children().get(0).relation());
        assertEquals(List.of("bpmn.Reg.B", "bpmn.Risk.R1", "bpmn.Reg.A"), report.reached().get("task"));
    }

    @Test
    void changingAnEiraBlockAffectsTheBlocksThatSpecialiseIt() {
        TraceReport report = ImpactAnalysis.of(catalogue, Subjects.resolve(catalogue, "eira.DataExchange"));
        TraceNode specialisation = report.root().children().get(0);
        assertEquals("specialised by", specialisation.relation());
        assertEquals("ABB1", specialisation.id());
        assertTrue(report.reached().get("task").contains("bpmn.Reg.B"));
    }

    @Test
    void tasksHaveNoImpactTrace() {
        assertThrows(IllegalArgumentException.class, () -> ImpactAnalysis.of(catalogue, Subjects.resolve(catalogue, "Reg/A")));
    }
}
