package org.egovera.io.egoverajson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.io.support.InputSource;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.PolicyDomain;
import org.egovera.model.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AreaCrosswalkTest {

    private static final AreaCrosswalk SHIPPED = AreaCrosswalk.read(ImportSources.withShippedFiles(List.of(), null).crosswalk());

    @Test
    void everyAreaOfTheShippedCatalogueHasTheRowItsBlocksFollow() {
        Catalogue catalogue = ShippedCatalogue.load();
        for (PolicyDomain domain : catalogue.getPolicyDomains()) {
            for (ArchitectureBuildingBlock block : domain.getBuildingBlocks()) {
                AreaCrosswalk.Entry entry = SHIPPED.entryFor(block.getArea());
                assertNotNull(entry, block.getId() + ": " + block.getArea());
                assertEquals(entry.eiraPuri(), block.getSpecialises().getPersistentUri(), block.getId());
            }
        }
    }

    @Test
    void areasMatchIgnoringCaseAndSpaces() {
        assertEquals("Information", SHIPPED.entryFor(" business  information ").eiraName());
        assertEquals("Digital Solution", SHIPPED.entryFor("Business Agnostic Consumed Solution Services").eiraName());
    }

    @Test
    void everyRowThatIsNotExactSaysWhy() {
        for (AreaCrosswalk.Entry entry : SHIPPED.entries()) {
            assertTrue("exact".equals(entry.match()) || !entry.note().isBlank(), entry.area());
        }
    }

    @Test
    void aChoiceWithoutReasonIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("crosswalk.csv");
        Files.writeString(file, "area,eira_name,eira_puri,eira41_name,match,note\n"
                + "Consumer,Digital Public Service Consumer,http://data.europa.eu/dr8/DigitalPublicServiceDeliveryConsumerBusinessRole,,chosen,\n");
        InputException failure = assertThrows(InputException.class, () -> AreaCrosswalk.read(InputSource.of(file)));
        assertEquals(2, failure.line());
        assertEquals("a chosen row must say why in its note", failure.getMessage());
    }

    @Test
    void aMissingColumnIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("crosswalk.csv");
        Files.writeString(file, "area,eira_puri\nConsumer,http://data.europa.eu/dr8/X\n");
        InputException failure = assertThrows(InputException.class, () -> AreaCrosswalk.read(InputSource.of(file)));
        assertTrue(failure.getMessage().startsWith("the header has no column"), failure.getMessage());
    }
}
