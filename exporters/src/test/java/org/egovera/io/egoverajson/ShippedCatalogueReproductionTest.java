package org.egovera.io.egoverajson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.model.io.CatalogueStore;
import org.egovera.testing.ConformanceData;
import org.egovera.testing.ConformanceTest;
import org.junit.jupiter.api.Test;

/**
 * The committed catalogue is exactly what the importer makes of the public data with the shipped
 * crosswalk, overlay and descriptions. If this fails after a change to the importer or to one of
 * those files, regenerate the catalogue (catalogue-data/README.md) and review the diff.
 */
@ConformanceTest
class ShippedCatalogueReproductionTest {

    @Test
    void reimportingThePublicDataReproducesTheShippedCatalogueByteForByte() throws IOException {
        ImportResult result = EgoveraCatalogueImporter.importCatalogue(ImportSources.withShippedFiles(
                List.of(ConformanceData.resolve("egovera")), ConformanceData.resolve("eira/EIRA-6.0.0.xml")));
        assertArrayEquals(shippedBytes(), bytes(result));
        assertTrue(result.summary().unusedDescriptionIds().isEmpty(), result.summary().unusedDescriptionIds()::toString);
        assertEquals(0, result.summary().composedDescriptions(), "every capability and service has a hand-written line");
    }

    @Test
    void withoutAnEiraFileTheShippedLibraryGivesTheSameCatalogue() throws IOException {
        ImportResult result = EgoveraCatalogueImporter.importCatalogue(ImportSources.withShippedFiles(
                List.of(ConformanceData.resolve("egovera")), null));
        assertArrayEquals(shippedBytes(), bytes(result));
    }

    private static byte[] bytes(ImportResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueStore.write(result.catalogue(), out);
        return out.toByteArray();
    }

    private static byte[] shippedBytes() throws IOException {
        try (InputStream in = ShippedCatalogue.class.getResourceAsStream(ShippedCatalogue.RESOURCE)) {
            return in.readAllBytes();
        }
    }
}
