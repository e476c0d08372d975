package org.egovera.io.archimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.egovera.io.eira.EiraPropertyScheme;
import org.egovera.testing.ConformanceData;
import org.egovera.testing.ConformanceTest;
import org.junit.jupiter.api.Test;

/** The reader on the two EIRA releases, whose property schemes differ. */
@ConformanceTest
class ArchimateExchangeReaderConformanceTest {

    private final ArchimateExchangeReader reader = new ArchimateExchangeReader();

    @Test
    void readsEira600Completely() {
        ExchangeModel model = reader.read(ConformanceData.resolve("eira/EIRA-6.0.0.xml"));
        assertEquals("id-3d54d4b1", model.identifier());
        assertEquals("EIRA v6.0.0", model.name());
        assertEquals(533, model.elements().size());
        assertEquals(788, model.relationships().size());
        assertEquals(50, model.propertyDefinitions().size());
        assertEquals(List.of("Interoperability Security viewpoint", "Interoperability Privacy viewpoint", "Highlevel viewpoint",
                "Key Interoperability Enablers viewpoint", "EIRA Ontology viewpoint", "Interoperable European Solution viewpoint",
                "Enterprise Architecture Framework alignment guidelines viewpoint", "Interoperability Governance viewpoint",
                "REST API viewpoint", "Semantic view", "Technical view - infrastructure", "Technical view - application",
                "Legal view", "Organisational view"), model.views().stream().map(ExchangeView::name).toList());
        assertEquals(355, model.elements().stream().filter(EiraPropertyScheme.CONCEPT_AND_PURI::isArchitectureBuildingBlock).count());
        assertEquals(EiraPropertyScheme.CONCEPT_AND_PURI, EiraPropertyScheme.of(model));
    }

    @Test
    void readsEira410WithItsOwnPropertyNames() {
        ExchangeModel model = reader.read(ConformanceData.resolve("eira/EIRA-4.1.0.xml"));
        assertEquals("EIRA v4.1.0", model.name());
        assertEquals(335, model.elements().size());
        assertEquals(645, model.relationships().size());
        assertEquals(73, model.propertyDefinitions().size());
        assertEquals(13, model.views().size());
        assertEquals(EiraPropertyScheme.NUMBERED_ID, EiraPropertyScheme.of(model));
        assertEquals(298, model.elements().stream().filter(EiraPropertyScheme.NUMBERED_ID::isArchitectureBuildingBlock).count());
        assertEquals("ABB13", model.elements().stream().filter(element -> "Business Information".equals(element.name()))
                .findFirst().orElseThrow().value("ID"));
    }
}
