package org.egovera.io.archimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.EiraView;
import org.egovera.testing.ConformanceData;
import org.egovera.testing.ConformanceTest;
import org.junit.jupiter.api.Test;

/** Importing the official EIRA model yields its building blocks with PURIs, types and views (kit README, section 2). */
@ConformanceTest
class EiraModelConformanceTest {

    @Test
    void eira600GivesItsBuildingBlocks() {
        ImportReport report = new ArchimateImporter().read(ConformanceData.resolve("eira/EIRA-6.0.0.xml"));
        Catalogue catalogue = report.catalogue();
        assertEquals("es", catalogue.getLanguage());
        assertEquals(355, catalogue.getEiraLibrary().size(), "ABBs by eira:concept");
        assertEquals(533 - 355, catalogue.getOtherElements().size());
        assertEquals(788, catalogue.getRelationships().size());
        assertEquals(Set.of("Interoperability Security viewpoint", "Interoperability Privacy viewpoint", "Highlevel viewpoint",
                "Key Interoperability Enablers viewpoint", "EIRA Ontology viewpoint", "Interoperable European Solution viewpoint",
                "Enterprise Architecture Framework alignment guidelines viewpoint", "Interoperability Governance viewpoint",
                "REST API viewpoint", "Semantic view", "Technical view - infrastructure", "Technical view - application",
                "Legal view", "Organisational view"),
                catalogue.getViews().stream().map(view -> view.getName()).collect(Collectors.toSet()));
        ArchitectureBuildingBlock service = find(catalogue, "id-b1662680e27a4543bfb351d6ef636442");
        assertEquals("Digital Public Service", service.getName());
        assertEquals(ArchimateElementType.BUSINESS_SERVICE, service.getArchimateType());
        assertEquals("http://data.europa.eu/dr8/DigitalPublicBusinessService", service.getPersistentUri());
        assertEquals("eira:DigitalPublicBusinessService", service.getDctType());
        assertEquals(EiraView.ORGANISATIONAL, service.getView());
        ArchitectureBuildingBlock legalAct = find(catalogue, "id-0ad84f46d1564bf58a2e0dbd02b066f2");
        assertEquals(ArchimateElementType.REQUIREMENT, legalAct.getArchimateType());
        assertEquals(EiraView.LEGAL, legalAct.getView());
        long withPuri = catalogue.getEiraLibrary().stream().filter(block -> block.getPersistentUri() != null).count();
        assertEquals(347, withPuri, "8 ABBs have no PURI or an empty one");
        List<String> forbidden = report.warnings().stream().filter(w -> w.contains("not allowed")).toList();
        assertEquals(4, forbidden.size(), "EIRA's own specialisations that the table does not allow: " + forbidden);
    }

    @Test
    void eira410WithoutEiraPropertiesIsKeptAsPlainElements() {
        Catalogue catalogue = new ArchimateImporter().read(ConformanceData.resolve("eira/EIRA-4.1.0.xml")).catalogue();
        assertEquals("en", catalogue.getLanguage());
        assertEquals(0, catalogue.getEiraLibrary().size(), "4.1.0 has no eira:concept");
        assertEquals(335, catalogue.getOtherElements().size());
        assertTrue(catalogue.getOtherElements().stream().anyMatch(element -> element.getProperties().stream()
                .anyMatch(property -> property.getKey().equals("dct:type"))), "its properties are kept");
    }

    private static ArchitectureBuildingBlock find(Catalogue catalogue, String id) {
        return catalogue.getEiraLibrary().stream().filter(block -> id.equals(block.getId())).findFirst().orElseThrow();
    }
}
