package org.egovera.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.egovera.model.Catalogue;
import org.egovera.model.Element;
import org.egovera.model.Task;
import org.egovera.model.io.InputException;
import org.junit.jupiter.api.Test;

class MappingLoaderTest {

    @Test
    void linesBecomeTheTasksMappings() {
        Catalogue catalogue = MappingFixtures.catalogueWithRegistration();
        MappingLoader.LoadReport report = MappingLoader.load(catalogue, List.of(MappingFixtures.mapping("registration.mapping.csv")));
        assertEquals(3, report.applied());
        assertTrue(report.stale().isEmpty());
        Task check = task(catalogue, "B");
        assertEquals(List.of("DPS1"), check.getSupportingServices().stream().map(Element::getId).toList());
        assertEquals(List.of("ABB1"), check.getSupportingBuildingBlocks().stream().map(Element::getId).toList());
        Task paper = task(catalogue, "C");
        assertTrue(ProcessTasks.isMapped(paper), "a line with a note and no ids is a reviewed 'no support'");
        assertEquals("Done on paper by the registration office.", paper.getMappingNote());
    }

    @Test
    void aLineReplacesTheEarlierMappingOfItsTaskAndLeavesOthersAlone() {
        Catalogue catalogue = MappingFixtures.catalogueWithRegistration();
        MappingLoader.load(catalogue, List.of(MappingFixtures.mapping("registration.mapping.csv")));
        TaskMapping onlyBlock = new TaskMapping("Reg", "B", null, List.of(), List.of("ABB1"), null, 1);
        MappingLoader.apply(catalogue, Map.of(Path.of("second.csv"), List.of(onlyBlock)));
        assertTrue(task(catalogue, "B").getSupportingServices().isEmpty());
        assertEquals(List.of("ABB1"), task(catalogue, "B").getSupportingBuildingBlocks().stream().map(Element::getId).toList());
        assertEquals(List.of("DPS1"), task(catalogue, "A").getSupportingServices().stream().map(Element::getId).toList());
    }

    @Test
    void anUnknownIdStopsTheLoadWithItsLineAndChangesNothing() {
        Catalogue catalogue = MappingFixtures.catalogueWithRegistration();
        InputException failure = assertThrows(InputException.class,
                () -> MappingLoader.load(catalogue, List.of(MappingFixtures.mapping("unknown-id.mapping.csv"))));
        assertEquals(3, failure.line());
        assertTrue(failure.getMessage().contains("service 'DPS9' is nothing in the catalogue"), failure.oneLine());
        assertTrue(task(catalogue, "A").getSupportingServices().isEmpty(), "the valid line before it was not applied either");
    }

    @Test
    void anIdOfTheWrongKindIsNamedForWhatItIs() {
        Catalogue catalogue = MappingFixtures.catalogueWithRegistration();
        InputException failure = assertThrows(InputException.class,
                () -> MappingLoader.load(catalogue, List.of(MappingFixtures.mapping("wrong-kind.mapping.csv"))));
        assertTrue(failure.getMessage().contains("service 'ABB1' is an architecture building block, not a digital public service"),
                failure.oneLine());
    }

    @Test
    void linesForTasksThatWentAreReportedAsStaleNotApplied() {
        Catalogue catalogue = MappingFixtures.catalogueWithRegistration();
        TaskMapping gone = new TaskMapping("Reg", "Gone", "A task that was removed", List.of("DPS1"), List.of(), null, 7);
        MappingLoader.LoadReport report = MappingLoader.apply(catalogue, Map.of(Path.of("old.csv"), List.of(gone)));
        assertEquals(0, report.applied());
        assertEquals(List.of(new MappingLoader.StaleLine("old.csv", 7, "Reg", "Gone", "A task that was removed")), report.stale());
    }

    @Test
    void aLineMappingNothingMustSayWhy() {
        Catalogue catalogue = MappingFixtures.catalogueWithRegistration();
        InputException noReason = assertThrows(InputException.class,
                () -> MappingLoader.load(catalogue, List.of(MappingFixtures.mapping("stale-and-renamed.mapping.csv"))));
        assertEquals(4, noReason.line());
        assertTrue(noReason.getMessage().contains("say why in the note column"), noReason.oneLine());
    }

    static Task task(Catalogue catalogue, String bpmnId) {
        return ProcessTasks.byKey(catalogue).get(new ProcessTasks.TaskKey("Reg", bpmnId));
    }
}
