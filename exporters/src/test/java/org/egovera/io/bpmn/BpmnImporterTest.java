package org.egovera.io.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.Task;
import org.egovera.model.TaskKind;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.io.InputException;
import org.egovera.model.io.Progress;
import org.egovera.model.validation.CatalogueValidation;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BpmnImporterTest {

    @TempDir
    Path dir;

    @Test
    void tasksBecomeCatalogueTasksWithPerformersAndKinds() {
        Catalogue catalogue = TestCatalogues.minimal();
        ImportReport report = importFiles(catalogue, "reimport-v1.bpmn");
        BusinessProcess process = catalogue.getProcesses().get(0);
        assertEquals("bpmn.Reg", process.getId());
        assertEquals("Tax administration", process.getName());
        assertEquals("Registration", BpmnProperties.get(process, BpmnProperties.PROCESS_NAME).orElseThrow());
        assertEquals("reimport-v1.bpmn", process.getSourceFile());
        Task apply = task(catalogue, "A");
        assertEquals("bpmn.Reg.A", apply.getId());
        assertEquals(TaskKind.USER, apply.getKind());
        assertEquals("Traders", apply.getPerformer());
        assertEquals("TRADERS", apply.getPerformedBy().getId());
        Task classify = task(catalogue, "C");
        assertEquals("bpmn.Reg.S", ((BusinessProcess) classify.eContainer()).getId());
        assertEquals("Registration office", classify.getPerformer());
        assertNull(classify.getPerformedBy());
        assertEquals(1, report.files().get(0).processes());
        assertEquals(3, report.files().get(0).tasks());
        assertEquals(1, report.files().get(0).callActivities());
        assertTrue(report.processes().get(0).added());
    }

    @Test
    void reimportKeepsMappingsOfUnchangedIdsAndReportsWhatWent() throws IOException {
        Catalogue catalogue = TestCatalogues.minimal();
        importFiles(catalogue, "reimport-v1.bpmn");
        DigitalPublicService service = catalogue.getPolicyDomains().get(0).getServices().get(0);
        ArchitectureBuildingBlock block = catalogue.getPolicyDomains().get(0).getBuildingBlocks().get(0);
        Task apply = task(catalogue, "A");
        apply.getSupportingServices().add(service);
        task(catalogue, "B").getSupportingServices().add(service);
        task(catalogue, "C").getSupportingBuildingBlocks().add(block);

        ImportReport report = importFiles(catalogue, "reimport-v2.bpmn");

        assertEquals(1, catalogue.getProcesses().size());
        assertSame(apply, task(catalogue, "A"), "a task whose id did not change keeps its object");
        assertEquals(List.of(service), task(catalogue, "A").getSupportingServices());
        assertEquals("Apply online for registration", task(catalogue, "A").getName());
        Task classify = task(catalogue, "C");
        assertEquals(List.of(block), classify.getSupportingBuildingBlocks(), "a task moved out of a sub-process keeps its mapping");
        assertSame(catalogue.getProcesses().get(0), classify.eContainer());
        assertTrue(catalogue.getProcesses().get(0).getSubProcesses().isEmpty());

        ImportReport.ProcessChange change = report.processes().get(0);
        assertFalse(change.added());
        assertEquals(List.of("D"), change.tasksAdded());
        assertEquals(1, change.tasksRemoved().size());
        assertEquals("B", change.tasksRemoved().get(0).bpmnId());
        assertEquals(List.of("DPS1"), change.tasksRemoved().get(0).services());
        assertEquals(List.of(new ImportReport.RenamedTask("A", "Apply for registration", "Apply online for registration")),
                change.tasksRenamed());
        assertEquals(2, change.mappingsKept());
        assertEquals(1, report.removedMappings());

        assertFalse(CatalogueValidation.validate(catalogue).hasErrors(), CatalogueValidation.validate(catalogue).findings().toString());
        Path saved = dir.resolve("after.egovera");
        CatalogueStore.save(catalogue, saved);
        Catalogue reloaded = CatalogueStore.load(saved);
        assertEquals(List.of("DPS1"), task(reloaded, "A").getSupportingServices().stream().map(DigitalPublicService::getId).toList());
    }

    @Test
    void callActivitiesLinkOnceTheCalledProcessIsImported() {
        Catalogue catalogue = TestCatalogues.minimal();
        ImportReport first = importFiles(catalogue, "reimport-v1.bpmn");
        assertEquals(1, first.warnings().size(), first.warnings().toString());
        assertTrue(first.warnings().get(0).contains("'Risk', which is not in the catalogue"), first.warnings().get(0));
        assertTrue(catalogue.getProcesses().get(0).getCalls().isEmpty());

        ImportReport second = importFiles(catalogue, "risk.bpmn");
        assertTrue(second.warnings().isEmpty(), second.warnings().toString());
        BusinessProcess registration = catalogue.getProcesses().get(0);
        assertEquals(List.of("bpmn.Risk"), registration.getCalls().stream().map(BusinessProcess::getId).toList());
    }

    @Test
    void aBadFileAmongSeveralLeavesTheCatalogueUntouched() {
        Catalogue catalogue = TestCatalogues.minimal();
        List<Path> files = List.of(BpmnFixtures.file("reimport-v1.bpmn"), BpmnFixtures.file("duplicate-id.bpmn"));
        assertThrows(InputException.class, () -> BpmnImporter.importFiles(catalogue, files, Progress.NONE));
        assertTrue(catalogue.getProcesses().isEmpty());
    }

    @Test
    void theSameProcessInTwoFilesOfOneImportIsRefused() {
        Catalogue catalogue = TestCatalogues.minimal();
        List<Path> files = List.of(BpmnFixtures.file("reimport-v1.bpmn"), BpmnFixtures.file("reimport-v2.bpmn"));
        InputException failure = assertThrows(InputException.class, () -> BpmnImporter.importFiles(catalogue, files, Progress.NONE));
        assertTrue(failure.getMessage().contains("process 'Reg' is also defined in"), failure.oneLine());
        assertTrue(catalogue.getProcesses().isEmpty());
    }

    @Test
    void anIdTakenByAnotherElementIsRefused() {
        Catalogue catalogue = TestCatalogues.minimal();
        catalogue.getPolicyDomains().get(0).getServices().get(0).setId("bpmn.Risk.R1");
        InputException failure = assertThrows(InputException.class, () -> importFiles(catalogue, "risk.bpmn"));
        assertTrue(failure.getMessage().contains("'bpmn.Risk.R1'"), failure.oneLine());
        assertTrue(catalogue.getProcesses().isEmpty());
    }

    @Test
    void aProcessItsFileNoLongerHoldsIsKeptWithAWarning() throws IOException {
        Path file = dir.resolve("registration.bpmn");
        java.nio.file.Files.copy(BpmnFixtures.file("reimport-v1.bpmn"), file);
        Catalogue catalogue = TestCatalogues.minimal();
        BpmnImporter.importFiles(catalogue, List.of(file), Progress.NONE);
        java.nio.file.Files.copy(BpmnFixtures.file("risk.bpmn"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ImportReport report = BpmnImporter.importFiles(catalogue, List.of(file), Progress.NONE);
        assertEquals(2, catalogue.getProcesses().size());
        assertTrue(report.warnings().stream().anyMatch(warning -> warning.startsWith("process 'Reg' was imported from registration.bpmn")),
                report.warnings().toString());
    }

    @Test
    void aSubProcessIdTakenByAnotherElementIsRefused() {
        Catalogue catalogue = TestCatalogues.minimal();
        catalogue.getPolicyDomains().get(0).getServices().get(0).setId("bpmn.Reg.S");
        InputException failure = assertThrows(InputException.class, () -> importFiles(catalogue, "reimport-v1.bpmn"));
        assertTrue(failure.getMessage().contains("'bpmn.Reg.S'"), failure.oneLine());
    }

    @Test
    void referencesToTasksThatWentAreRemoved() {
        Catalogue catalogue = TestCatalogues.minimal();
        importFiles(catalogue, "reimport-v1.bpmn");
        Task check = task(catalogue, "B");
        catalogue.getDataGaps().add(gapAbout(check));
        importFiles(catalogue, "reimport-v2.bpmn");
        assertNull(catalogue.getDataGaps().get(0).getSubject());
    }

    private static org.egovera.model.DataGap gapAbout(EObject subject) {
        org.egovera.model.DataGap gap = org.egovera.model.EgoveraFactory.eINSTANCE.createDataGap();
        gap.setKind(org.egovera.model.DataGapKind.MISSING_LINK);
        gap.setSubject((org.egovera.model.Element) subject);
        return gap;
    }

    static ImportReport importFiles(Catalogue catalogue, String... fixtures) {
        List<Path> files = java.util.Arrays.stream(fixtures).map(BpmnFixtures::file).toList();
        return BpmnImporter.importFiles(catalogue, files, Progress.NONE);
    }

    static Task task(Catalogue catalogue, String bpmnId) {
        for (var contents = catalogue.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Task task && bpmnId.equals(task.getBpmnId())) {
                return task;
            }
        }
        throw new AssertionError("no task " + bpmnId);
    }
}
