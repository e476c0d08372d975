package org.egovera.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.model.Catalogue;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedCatalogueLoadsBackEqual() throws IOException {
        Catalogue original = TestCatalogues.minimal();
        Path file = dir.resolve("test.egovera");
        CatalogueStore.save(original, file);
        Catalogue loaded = CatalogueStore.load(file);
        assertTrue(EcoreUtil.equals(original, loaded));
    }

    @Test
    void referencesAreWrittenByIdentifierSoDiffsStaySmall() throws IOException {
        Path file = dir.resolve("test.egovera");
        CatalogueStore.save(TestCatalogues.minimal(), file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("uses=\"ABB1\""), xml);
        assertFalse(xml.contains("//@"), "no positional references: " + xml);
    }

    @Test
    void loadedCatalogueIsIndexedByIdentifier() throws IOException {
        Path file = dir.resolve("test.egovera");
        CatalogueStore.save(TestCatalogues.minimal(), file);
        Catalogue loaded = CatalogueStore.load(file);
        var index = ((ResourceImpl) loaded.eResource()).getIntrinsicIDToEObjectMap();
        assertTrue(index != null && index.containsKey("ABB1") && index.containsKey("SBB1"), String.valueOf(index));
        assertEquals("ABB1", ((org.egovera.model.Element) loaded.eResource().getEObject("ABB1")).getId());
    }

    @Test
    void loadingReportsEveryByteReadAsProgress() throws IOException {
        Path file = dir.resolve("test.egovera");
        CatalogueStore.save(TestCatalogues.minimal(), file);
        long[] seen = new long[3];
        CatalogueStore.load(file, new Progress() {
            @Override
            public void start(String task, long total) {
                seen[0] = total;
            }

            @Override
            public void advance(long amount) {
                seen[1] += amount;
            }

            @Override
            public void done() {
                seen[2]++;
            }
        });
        assertEquals(Files.size(file), seen[0]);
        assertEquals(Files.size(file), seen[1]);
        assertEquals(1, seen[2]);
    }

    @Test
    void savingTwiceGivesTheSameBytes() throws IOException {
        Path first = dir.resolve("a.egovera");
        Path second = dir.resolve("b.egovera");
        CatalogueStore.save(TestCatalogues.minimal(), first);
        CatalogueStore.save(CatalogueStore.load(first), second);
        assertEquals(Files.readString(first), Files.readString(second));
    }

    @Test
    void malformedXmlIsReportedWithFileLineAndColumn() throws IOException {
        Path file = dir.resolve("broken.egovera");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<egovera:Catalogue xmlns:egovera=\"https://w3id.org/egovera/model/1.0\">\n  <policyDomains id=\"x\"\n</egovera:Catalogue>\n");
        InputException failure = assertThrows(InputException.class, () -> CatalogueStore.load(file));
        assertEquals(file, failure.file());
        assertEquals(4, failure.line());
        assertTrue(failure.column() > 0);
        assertTrue(failure.oneLine().startsWith(file + ":4:"), failure.oneLine());
    }

    @Test
    void doctypeIsRefusedSoEntitiesCannotBeExpanded() throws IOException {
        Path file = dir.resolve("hostile.egovera");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<egovera:Catalogue xmlns:egovera=\"https://w3id.org/egovera/model/1.0\" id=\"c\" name=\"&e;\"/>\n");
        InputException failure = assertThrows(InputException.class, () -> CatalogueStore.load(file));
        assertTrue(failure.getMessage().contains("DOCTYPE"), failure.getMessage());
    }

    @Test
    void missingFileIsReported() {
        InputException failure = assertThrows(InputException.class, () -> CatalogueStore.load(dir.resolve("none.egovera")));
        assertTrue(failure.oneLine().contains("none.egovera"));
    }

    @Test
    void wrongRootIsReported() throws IOException {
        Path file = dir.resolve("domain.egovera");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<egovera:PolicyDomain xmlns:egovera=\"https://w3id.org/egovera/model/1.0\" id=\"d\"/>\n");
        InputException failure = assertThrows(InputException.class, () -> CatalogueStore.load(file));
        assertTrue(failure.getMessage().contains("not a Catalogue"), failure.getMessage());
    }

    @Test
    void failedWriteLeavesThePreviousFileIntact() throws IOException {
        Path file = dir.resolve("kept.egovera");
        Files.writeString(file, "previous");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("partial".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("previous", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void writtenFilesAreReadableByOthersLikeAnyNewFile() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("shared.egovera");
        CatalogueStore.save(TestCatalogues.minimal(), file);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
