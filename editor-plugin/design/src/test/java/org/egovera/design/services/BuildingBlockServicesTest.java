package org.egovera.design.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.egovera.model.AbbOrigin;
import org.egovera.model.EiraView;
import org.junit.jupiter.api.Test;

class BuildingBlockServicesTest {

    private final TestCatalogue data = new TestCatalogue();
    private final BuildingBlockServices services = new BuildingBlockServices();

    @Test
    void labelShowsNameAndArchimateType() {
        assertEquals("Risk analysis\n\u00abApplicationService\u00bb", services.buildingBlockLabel(data.riskAnalysis));
        assertEquals("National e-filing portal\n\u00abApplicationService\u00bb", services.buildingBlockLabel(data.nationalPortal));
        assertEquals("Unclassified block", services.buildingBlockLabel(data.unclassified));
    }

    @Test
    void obsoleteAndCurrentAreOpposites() {
        assertTrue(services.isObsolete(data.legacyGateway));
        assertFalse(services.isCurrent(data.legacyGateway));
        assertFalse(services.isObsolete(data.riskAnalysis));
        assertTrue(services.isCurrent(data.riskAnalysis));
    }

    @Test
    void egoveraBlocksAreToldFromEiraOnes() {
        assertTrue(services.isEgoveraBlock(data.riskAnalysis));
        assertFalse(services.isEgoveraBlock(data.legalAct));
        assertEquals(AbbOrigin.EGOVERA, services.egoveraOrigin(data.legalAct));
    }

    @Test
    void viewLiteralsBecomeViews() {
        assertEquals(EiraView.ORGANISATIONAL, services.eiraView(data.riskAnalysis, "Organisational view"));
        assertThrows(IllegalArgumentException.class, () -> services.eiraView(data.riskAnalysis, "organisational"));
    }

    @Test
    void titleNamesTheCatalogue() {
        assertEquals("Building blocks of Test catalogue", services.blockCatalogueTitle(data.catalogue));
    }
}
