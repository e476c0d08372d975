package org.egovera.io.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.egovera.mapping.ProcessTasks;
import org.egovera.model.Catalogue;
import org.egovera.model.TaskKind;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.io.Progress;
import org.egovera.model.validation.CatalogueValidation;
import org.egovera.testing.ConformanceData;
import org.egovera.testing.ConformanceTest;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every BPMN file of the kit imported into a catalogue, saved and loaded again: the counts survive. */
@ConformanceTest
class BpmnImportConformanceTest {

    @TempDir
    Path dir;

    static Stream<Path> kitFiles() throws IOException {
        if (!ConformanceData.isPresent()) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(ConformanceData.resolve("bpmn"))) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kitFiles")
    void importsWithTheReadersCountsAndSurvivesSaveAndLoad(Path file) throws IOException {
        BpmnDefinitions definitions = BpmnReader.read(file);
        Catalogue catalogue = TestCatalogues.minimal();
        BpmnImporter.importFiles(catalogue, List.of(file), Progress.NONE);
        Path saved = dir.resolve("catalogue.egovera");
        CatalogueStore.save(catalogue, saved);
        Catalogue loaded = CatalogueStore.load(saved);
        assertEquals(definitions.processes().size(), loaded.getProcesses().size(), file.toString());
        long tasks = ProcessTasks.all(loaded).stream().filter(task -> task.getKind() != TaskKind.CALL_ACTIVITY).count();
        assertEquals(definitions.taskCount(), tasks, file.toString());
        assertFalse(CatalogueValidation.validate(loaded).hasErrors(), CatalogueValidation.validate(loaded).findings().toString());
    }
}
