package org.egovera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;
import org.egovera.testing.ConformanceData;
import org.egovera.testing.ConformanceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportEgoveraJsonCommandTest {

    @TempDir
    Path dir;

    @Test
    void importWithoutAFormatIsAUsageError() {
        CommandRun run = CommandRun.of("import");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("egovera-json"), run.err());
    }

    @Test
    void anOutputIsRequired() {
        CommandRun run = CommandRun.of("import", "egovera-json", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--output"), run.err());
    }

    @Test
    void malformedJsonIsOneLineWithFileAndLineAndNothingIsWritten() throws IOException {
        Path broken = dir.resolve("capabilities.json");
        Files.writeString(broken, "[\n  {\"ID\": \"TXBC1\", \"Policy\": \"Tax\", \"Name\": \"Tax planning\"},\n  {\"ID\": \"TXBC2\" \"Name\": \"x\"}\n]\n");
        Path output = dir.resolve("out.egovera");
        CommandRun run = CommandRun.of("import", "egovera-json", broken.toString(), "-o", output.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("egovera: " + broken + ":3:"), run.err());
        assertFalse(Files.exists(output));
    }

    @Test
    @ConformanceTest
    void importsThePublicDataIntoAValidCatalogue() throws IOException {
        Path output = dir.resolve("egovera.egovera");
        CommandRun run = CommandRun.of("import", "egovera-json", ConformanceData.resolve("egovera").toString(),
                "--eira", ConformanceData.resolve("eira/EIRA-6.0.0.xml").toString(), "-o", output.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Tax: 17 capabilities, 42 services, 205 building blocks"), run.out());
        assertTrue(run.out().contains("EIRA library: 355 building blocks"), run.out());
        assertTrue(run.out().contains("validation: 0 error(s)"), run.out());
        assertTrue(run.out().contains("wrote " + output), run.out());
        Catalogue catalogue = CatalogueStore.load(output);
        assertEquals(355, catalogue.getEiraLibrary().size());
    }

    @Test
    @ConformanceTest
    void jsonSummaryForScripts() throws IOException {
        Path output = dir.resolve("source-only.egovera");
        CommandRun run = CommandRun.of("import", "egovera-json", ConformanceData.resolve("egovera").toString(),
                "--no-overlay", "--json", "-o", output.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(0, report.get("errors").asInt());
        assertEquals(0, report.at("/summary/overlayElements").asInt());
        assertEquals(355, report.at("/summary/eiraLibrary").asInt());
        assertTrue(CatalogueStore.load(output).getSolutionBuildingBlocks().isEmpty());
    }
}
