package org.egovera.io.archicsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.io.archimate.ExportOptions;
import org.egovera.model.Catalogue;
import org.egovera.model.io.InputException;
import org.egovera.model.io.Progress;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiCsvTest {

    @TempDir
    Path dir;

    @Test
    void writesArchisThreeFiles() throws IOException {
        List<Path> files = new ArchiCsvExporter(ExportOptions.all(), Progress.NONE).export(TestCatalogues.minimal(), dir, "tax-");
        assertEquals(List.of("tax-elements.csv", "tax-relations.csv", "tax-properties.csv"),
                files.stream().map(file -> file.getFileName().toString()).toList());
        List<String> elements = Files.readAllLines(files.get(0));
        assertEquals("\"ID\",\"Type\",\"Name\",\"Documentation\",\"Specialization\"", elements.get(0));
        assertEquals("\"id-test-catalogue\",\"ArchimateModel\",\"Test catalogue\",\"\",\"\"", elements.get(1));
        assertTrue(elements.contains("\"id-CAP1\",\"Capability\",\"Tax information exchange\",\"\",\"\""), elements.toString());
        String relations = Files.readString(files.get(1));
        assertTrue(relations.contains("\"id-DPS1.uses.ABB1\",\"ServingRelationship\",\"\",\"\",\"id-ABB1\",\"id-DPS1\",\"\""), relations);
        assertTrue(relations.contains("\r\n"), "rows end with CR LF, as Archi writes them");
        String properties = Files.readString(files.get(2));
        assertTrue(properties.contains("\"id-ABB1\",\"dct:type\",\"egovera:ExchangeOfTaxInformation\""), properties);
    }

    @Test
    void importGivesTheCatalogueBack() throws IOException {
        Catalogue original = TestCatalogues.minimal();
        original.getPolicyDomains().get(0).getCapabilities().get(0).setDescription("Line one\r\nline \"two\", with a comma");
        new ArchiCsvExporter(ExportOptions.all(), Progress.NONE).export(EcoreUtil.copy(original), dir, "");
        Catalogue back = new ArchiCsvImporter(Progress.NONE).read(dir).catalogue();
        assertTrue(new EcoreUtil.EqualityHelper().equals(original, back));
    }

    @Test
    void readsSemicolonsAndAByteOrderMark() throws IOException {
        Files.writeString(dir.resolve("elements.csv"), "\uFEFF\"ID\";\"Type\";\"Name\";\"Documentation\"\r\n"
                + "\"m\";\"ArchimateModel\";\"Model\";\"\"\r\n\"a\";\"BusinessActor\";\"Clerk\";\"\"\r\n"
                + "\"j\";\"Junction\";\"\";\"\"", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("properties.csv"), "\"ID\";\"Key\";\"Value\"\r\n\"j\";\"Junction_Type\";\"Or\"\r\n\"a\";\"Team\";\"Front office\"");
        Catalogue catalogue = new ArchiCsvImporter(Progress.NONE).read(dir.resolve("elements.csv")).catalogue();
        assertEquals("Clerk", catalogue.getOtherElements().get(0).getName());
        assertEquals("Team", catalogue.getOtherElements().get(0).getProperties().get(0).getKey());
        assertEquals("OrJunction", catalogue.getOtherElements().get(1).getArchimateType().getLiteral());
    }

    @Test
    void badFilesNameTheFileAndLine() throws IOException {
        Files.writeString(dir.resolve("elements.csv"), "\"ID\",\"Type\",\"Name\",\"Documentation\"\r\n\"a\",\"Spaceship\",\"x\",\"\"");
        InputException type = assertThrows(InputException.class, () -> new ArchiCsvImporter(Progress.NONE).read(dir));
        assertEquals(2, type.line());
        assertTrue(type.oneLine().contains("elements.csv:2"), type.oneLine());
        Files.writeString(dir.resolve("elements.csv"), "\"ID\",\"Type\",\"Name\",\"Documentation\"\r\n\"a\",\"BusinessActor\",\"x\",\"\"");
        Files.writeString(dir.resolve("relations.csv"), "\"ID\",\"Type\",\"Name\",\"Documentation\",\"Source\",\"Target\"\r\n"
                + "\"r\",\"ServingRelationship\",\"\",\"\",\"a\",\"ghost\"");
        InputException dangling = assertThrows(InputException.class, () -> new ArchiCsvImporter(Progress.NONE).read(dir));
        assertTrue(dangling.oneLine().contains("relations.csv:2") && dangling.getMessage().contains("ghost"), dangling.oneLine());
        Files.writeString(dir.resolve("relations.csv"), "\"ID\",\"Type\",\"Name\",\"Documentation\",\"Source\",\"Target\"\r\n\"r,\"open");
        assertThrows(InputException.class, () -> new ArchiCsvImporter(Progress.NONE).read(dir));
    }
}
