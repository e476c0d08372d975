package org.egovera.io.egoverajson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.egovera.model.io.InputException;
import org.junit.jupiter.api.Test;

class EgoveraJsonReaderTest {

    private final EgoveraJsonReader reader = new EgoveraJsonReader();

    @Test
    void portalLayoutIsToldFromItsContent() {
        JsonTable services = reader.read(Fixtures.path("small/json/services-2021.json"));
        assertEquals(TableKind.SERVICES, services.kind());
        assertEquals(SourceLayout.PORTAL_2021, services.layout());
        ServiceRecord first = services.services().get(0);
        assertEquals("TDPS1", first.id());
        assertEquals(List.of("TXBC1", "TXBC9"), first.capabilityIds(), "split at ';', empty parts dropped");
        assertEquals(2, first.line());
    }

    @Test
    void portalBuildingBlocksKeepPlaceholdersAndTellAMissingServicesField() {
        JsonTable blocks = reader.read(Fixtures.path("small/json/blocks-2021.json"));
        assertEquals(TableKind.BUILDING_BLOCKS, blocks.kind());
        BuildingBlockRecord first = blocks.buildingBlocks().get(0);
        assertEquals(List.of("TDPS1", "0", "0", "TDPS2", "TDPS2"), first.serviceIds());
        assertEquals(List.of("TABB2", "TABB9", "TABB2:TABB3"), first.successorIds());
        assertTrue(first.hasServiceField());
        assertFalse(blocks.buildingBlocks().get(3).hasServiceField());
    }

    @Test
    void release6LayoutReadsArraysAndNamedReferences() {
        JsonTable capabilities = reader.read(Fixtures.path("small/json/capabilities-6.0.json"));
        assertEquals(TableKind.CAPABILITIES, capabilities.kind());
        assertEquals(SourceLayout.RELEASE_6_0, capabilities.layout());
        CapabilityRecord planning = capabilities.capabilities().get(0);
        assertEquals(new NamedReference("Tax calendar", "http://data.europa.eu/dr8/egovera/TaxCalendarBusinessService"),
                planning.services().get(0));
        JsonTable blocks = reader.read(Fixtures.path("small/json/blocks-6.0.json"));
        assertEquals(SourceLayout.RELEASE_6_0, blocks.layout());
        assertEquals("Credential", blocks.buildingBlocks().get(2).groupingMembers().get(0).name());
    }

    @Test
    void portalCapabilitiesHaveNoLinks() {
        JsonTable capabilities = reader.read(Fixtures.path("small/json/capabilities-2021.json"));
        assertEquals(SourceLayout.PORTAL_2021, capabilities.layout());
        assertTrue(capabilities.capabilities().get(0).services().isEmpty());
    }

    @Test
    void malformedJsonNamesFileAndLine() {
        InputException failure = assertThrows(InputException.class, () -> reader.read(Fixtures.path("malformed.json")));
        assertEquals(3, failure.line(), failure.oneLine());
        assertTrue(failure.oneLine().startsWith(Fixtures.path("malformed.json") + ":3:"), failure.oneLine());
        assertTrue(failure.getMessage().startsWith("malformed JSON: "), failure.getMessage());
    }

    @Test
    void aRecordWithoutARequiredFieldIsRefusedAtItsLine() {
        InputException failure = assertThrows(InputException.class, () -> reader.read(Fixtures.path("missing-name.json")));
        assertEquals(3, failure.line());
        assertEquals("record 'TXBC2' has no text field 'Name'", failure.getMessage());
    }

    @Test
    void aLinkFieldOfTheWrongLayoutIsRefused() {
        InputException failure = assertThrows(InputException.class, () -> reader.read(Fixtures.path("wrong-shape.json")));
        assertEquals(2, failure.line());
        assertTrue(failure.getMessage().contains("should be an array of identifiers in the eGovERA 6.0 layout"), failure.getMessage());
    }

    @Test
    void filesThatAreNoEgoveraDataAreRefused() {
        assertTrue(assertThrows(InputException.class, () -> reader.read(Fixtures.path("not-egovera.json")))
                .getMessage().startsWith("the records are not eGovERA"));
        assertTrue(assertThrows(InputException.class, () -> reader.read(Fixtures.path("empty.json")))
                .getMessage().contains("holds no records"));
    }
}
