package org.egovera.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.egovera.mapping.MappingCheck;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.Task;
import org.egovera.trace.SharingAnalysis;
import org.egovera.trace.SharingReport;
import org.junit.jupiter.api.Test;

/** The sample tax processes ship inside the catalogue, mapped and ready for trace and sharing analysis. */
class ShippedProcessesTest {

    private final Catalogue catalogue = ShippedCatalogue.load();

    @Test
    void theSevenSampleProcessesShipWithEveryTaskMapped() {
        assertEquals(7, catalogue.getProcesses().size());
        List<Task> tasks = allTasks(catalogue.getProcesses());
        assertEquals(45, tasks.size());
        long mapped = tasks.stream()
                .filter(task -> !task.getSupportingServices().isEmpty() || !task.getSupportingBuildingBlocks().isEmpty())
                .count();
        assertTrue(mapped >= 44, "mapped tasks: " + mapped);
    }

    @Test
    void mappingCheckFindsNothingOnTheShippedCatalogue() {
        assertEquals(List.of(), MappingCheck.check(catalogue, List.of()));
    }

    @Test
    void antiFraudServiceIsASharingCandidateAcrossTheCustomsProcedures() {
        SharingReport report = SharingAnalysis.of(catalogue, 2, 27);
        SharingReport.Candidate antiFraud = report.candidates().stream()
                .filter(candidate -> candidate.id().equals("TDPS17")).findFirst().orElseThrow();
        assertTrue(antiFraud.processCount() >= 4, antiFraud.toString());
        assertEquals(27 * 26 - 28, antiFraud.interfacesSaved());
    }

    private static List<Task> allTasks(List<BusinessProcess> processes) {
        return processes.stream()
                .flatMap(process -> java.util.stream.Stream.concat(process.getTasks().stream(),
                        allTasks(process.getSubProcesses()).stream()))
                .toList();
    }
}
