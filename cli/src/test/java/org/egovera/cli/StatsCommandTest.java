package org.egovera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.egovera.model.io.CatalogueStore;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class StatsCommandTest {

    @TempDir
    Path dir;

    @Test
    void textReportCountsDomainsViewsAndSourcing() throws IOException {
        CommandRun run = CommandRun.of("stats", saved().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("Tax\\s+1\\s+1\\s+1\\s+0")), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("\\s+Technical view - application\\s+2")), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("\\s+central\\s+1")), run.out());
    }

    @Test
    void jsonReportHasTheFigures() throws IOException {
        CommandRun run = CommandRun.of("stats", "--json", saved().toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(1, report.at("/domains/Tax/services").asInt());
        assertEquals(1, report.get("eiraLibrarySize").asInt());
        assertEquals(25, report.at("/strategy2022/capabilities").asInt());
    }

    @Test
    void versionComesFromTheBuild() {
        CommandRun run = CommandRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("egovera "), run.out());
    }

    private Path saved() throws IOException {
        Path file = dir.resolve("catalogue.egovera");
        CatalogueStore.save(TestCatalogues.minimal(), file);
        return file;
    }
}
