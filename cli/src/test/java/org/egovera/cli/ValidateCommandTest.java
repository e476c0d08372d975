package org.egovera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void cleanCatalogueExitsZero() throws IOException {
        Path file = save(TestCatalogues.minimal());
        CommandRun run = CommandRun.of("validate", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("0 error(s), 0 warning(s)"), run.out());
    }

    @Test
    void validationErrorsExitOneAndNameTheElement() throws IOException {
        Catalogue catalogue = TestCatalogues.minimal();
        catalogue.getPolicyDomains().get(0).getServices().get(0).getUses().clear();
        CommandRun run = CommandRun.of("validate", save(catalogue).toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("error: DPS-USES: digital public service 'Tax information exchange service' (DPS1)"), run.out());
    }

    @Test
    void jsonReportListsFindingsForScripts() throws IOException {
        Catalogue catalogue = TestCatalogues.minimal();
        catalogue.getPolicyDomains().get(0).getServices().get(0).getRealises().clear();
        CommandRun run = CommandRun.of("validate", "--json", save(catalogue).toString());
        assertEquals(1, run.exitCode());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(1, report.get("errors").asInt());
        assertEquals("DPS-REALISES", report.get("findings").get(0).get("code").asText());
        assertEquals("DPS1", report.get("findings").get(0).get("elementId").asText());
    }

    @Test
    void malformedFileIsOneLineWithPositionAndExitTwo() throws IOException {
        Path file = dir.resolve("broken.egovera");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<egovera:Catalogue xmlns:egovera=\"https://w3id.org/egovera/model/1.0\">\n<oops\n");
        CommandRun run = CommandRun.of("validate", file.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("egovera: " + file + ":"), run.err());
        assertTrue(run.err().matches("(?s)egovera: .*broken\\.egovera:\\d+:\\d+: .*"), run.err());
    }

    @Test
    void missingFileExitsTwo() {
        CommandRun run = CommandRun.of("validate", dir.resolve("absent.egovera").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("absent.egovera"), run.err());
    }

    @Test
    void unknownOptionIsAUsageErrorExitTwo() {
        CommandRun run = CommandRun.of("validate", "--no-such-option");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option"), run.err());
    }

    private Path save(Catalogue catalogue) throws IOException {
        Path file = dir.resolve("catalogue.egovera");
        CatalogueStore.save(catalogue, file);
        return file;
    }
}
