package org.egovera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.egovera.model.io.CatalogueStore;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheSiteAndSaysWhereToOpenIt() throws IOException {
        Path site = dir.resolve("site");
        CommandRun run = CommandRun.of("report", saved().toString(), "-o", site.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(run.out().contains("open " + site.resolve("index.html")), run.out());
        assertTrue(run.out().matches("(?s).*: \\d+ pages, .* bytes \\(home page .* bytes\\).*"), run.out());
    }

    @Test
    void aFolderThatIsNotAReportIsRefusedWithExitTwo() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(folder.resolve("keep.txt"), "mine");
        CommandRun run = CommandRun.of("report", saved().toString(), "-o", folder.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("egovera: " + folder + ": "), run.err());
        assertFalse(Files.exists(folder.resolve("index.html")));
    }

    @Test
    void missingInputExitsTwoAndWritesNothing() {
        Path site = dir.resolve("site");
        CommandRun run = CommandRun.of("report", dir.resolve("absent.egovera").toString(), "-o", site.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("absent.egovera"), run.err());
        assertFalse(Files.exists(site));
    }

    @Test
    void theOutputFolderIsRequired() throws IOException {
        CommandRun run = CommandRun.of("report", saved().toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--output"), run.err());
    }

    private Path saved() throws IOException {
        Path file = dir.resolve("catalogue.egovera");
        CatalogueStore.save(TestCatalogues.minimal(), file);
        return file;
    }
}
