package org.egovera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;
import org.egovera.testing.ConformanceData;
import org.egovera.testing.ConformanceTest;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ArchimateCommandsTest {

    @TempDir
    Path dir;

    @Test
    void exportThenImportGivesTheCatalogueBack() throws IOException {
        Path catalogue = saved(TestCatalogues.minimal());
        Path xml = dir.resolve("out.xml");
        CommandRun export = CommandRun.of("export", "archimate", catalogue.toString(), "-o", xml.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.out().startsWith("wrote " + xml + ": 11 elements, 11 relationships"), export.out());
        Path back = dir.resolve("back.egovera");
        CommandRun imported = CommandRun.of("import", "archimate", xml.toString(), "-o", back.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("became catalogue links"), imported.out());
        assertTrue(new EcoreUtil.EqualityHelper().equals(TestCatalogues.minimal(), CatalogueStore.load(back)));
    }

    @Test
    void viewsAndFilterOptions() throws IOException {
        Path catalogue = saved(TestCatalogues.minimal());
        CommandRun none = CommandRun.of("export", "archimate", catalogue.toString(), "-o", dir.resolve("a.xml").toString(),
                "--views", "none", "--json");
        assertEquals(0, none.exitCode(), none.err());
        JsonNode report = new ObjectMapper().readTree(none.out());
        assertEquals(0, report.get("views").asInt());
        CommandRun filtered = CommandRun.of("export", "archimate", catalogue.toString(), "-o", dir.resolve("b.xml").toString(),
                "--filter", "capability=CAP1", "--views", "eira");
        assertEquals(0, filtered.exitCode(), filtered.err());
        assertTrue(filtered.out().contains("5 views"), filtered.out());
        CommandRun badViews = CommandRun.of("export", "archimate", catalogue.toString(), "-o", dir.resolve("c.xml").toString(),
                "--views", "some");
        assertEquals(2, badViews.exitCode());
        CommandRun unknown = CommandRun.of("export", "archimate", catalogue.toString(), "-o", dir.resolve("d.xml").toString(),
                "--filter", "service=NOPE");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("NOPE"), unknown.err());
        assertFalse(Files.exists(dir.resolve("c.xml")) || Files.exists(dir.resolve("d.xml")), "nothing written on a usage error");
    }

    @Test
    void hostileInputExitsTwoWithOneLineAndWritesNothing() throws IOException {
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE model [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" identifier=\"id-m\"><name>&x;</name></model>");
        Path output = dir.resolve("never.egovera");
        CommandRun run = CommandRun.of("import", "archimate", xxe.toString(), "-o", output.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().matches("(?s)egovera: .*xxe\\.xml:2:\\d+: .*"), run.err());
        assertFalse(Files.exists(output));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void importIntoMergesAndLibraryNeedsInto() throws IOException {
        Path target = saved(TestCatalogues.minimal());
        Path xml = dir.resolve("out.xml");
        assertEquals(0, CommandRun.of("export", "archimate", target.toString(), "-o", xml.toString()).exitCode());
        CommandRun merge = CommandRun.of("import", "archimate", xml.toString(), "--into", target.toString());
        assertEquals(0, merge.exitCode(), merge.err());
        assertTrue(merge.out().contains("merge: 0 added, 0 updated"), merge.out());
        CommandRun library = CommandRun.of("import", "archimate", xml.toString(), "-o", dir.resolve("x.egovera").toString(), "--library");
        assertEquals(2, library.exitCode());
        CommandRun both = CommandRun.of("import", "archimate", xml.toString(), "-o", "a", "--into", "b");
        assertEquals(2, both.exitCode());
    }

    @Test
    void csvExportAndImport() throws IOException {
        Path catalogue = saved(TestCatalogues.minimal());
        Path folder = dir.resolve("csv");
        CommandRun export = CommandRun.of("export", "csv", catalogue.toString(), "-o", folder.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(Files.exists(folder.resolve("elements.csv")) && Files.exists(folder.resolve("relations.csv"))
                && Files.exists(folder.resolve("properties.csv")));
        Path back = dir.resolve("back.egovera");
        CommandRun imported = CommandRun.of("import", "csv", folder.toString(), "-o", back.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(new EcoreUtil.EqualityHelper().equals(TestCatalogues.minimal(), CatalogueStore.load(back)));
    }

    @Test
    void validateWithTheEgoveraProfile() throws IOException {
        Path xml = dir.resolve("out.xml");
        assertEquals(0, CommandRun.of("export", "archimate", saved(TestCatalogues.minimal()).toString(), "-o", xml.toString()).exitCode());
        CommandRun clean = CommandRun.of("validate", "--profile", "egovera", xml.toString());
        assertEquals(0, clean.exitCode(), clean.out() + clean.err());
        Path noViews = dir.resolve("none.xml");
        assertEquals(0, CommandRun.of("export", "archimate", saved(TestCatalogues.minimal()).toString(), "-o", noViews.toString(),
                "--views", "none").exitCode());
        CommandRun missing = CommandRun.of("validate", "--profile", "egovera", "--json", noViews.toString());
        assertEquals(1, missing.exitCode());
        JsonNode report = new ObjectMapper().readTree(missing.out());
        assertEquals(5, report.get("byRule").get("AM-VIEWS").asInt(), missing.out());
        CommandRun noFile = CommandRun.of("validate", "--profile", "egovera");
        assertEquals(2, noFile.exitCode());
    }

    @Test
    @ConformanceTest
    void libraryImportOfEiraMergesByPuriWithoutDuplicating() throws IOException {
        Path target = saved(TestCatalogues.minimal());
        String eira = ConformanceData.resolve("eira/EIRA-6.0.0.xml").toString();
        CommandRun first = CommandRun.of("import", "archimate", eira, "--into", target.toString(), "--library", "--json");
        assertEquals(0, first.exitCode(), first.err());
        JsonNode report = new ObjectMapper().readTree(first.out());
        assertEquals(355, report.get("blocks").asInt());
        assertEquals(344, report.get("added").asInt(), "345 PURIs, of which the catalogue knows Data Exchange already");
        assertEquals(1, report.get("unchanged").asInt());
        Catalogue merged = CatalogueStore.load(target);
        assertEquals(345, merged.getEiraLibrary().size());
        CommandRun again = CommandRun.of("import", "archimate", eira, "--into", target.toString(), "--library", "--json");
        JsonNode second = new ObjectMapper().readTree(again.out());
        assertEquals(0, second.get("added").asInt());
        assertEquals(0, second.get("updated").asInt());
        assertEquals(345, CatalogueStore.load(target).getEiraLibrary().size(), "nothing duplicated");
    }

    private Path saved(Catalogue catalogue) throws IOException {
        Path file = dir.resolve("catalogue.egovera");
        CatalogueStore.save(catalogue, file);
        return file;
    }
}
