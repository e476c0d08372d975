package org.egovera.design.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CapabilityServicesTest {

    private final TestCatalogue data = new TestCatalogue();
    private final CapabilityServices services = new CapabilityServices();

    @Test
    void rootCapabilitiesAreThoseWithoutABroaderOneInTheDomain() {
        assertEquals(List.of(data.assessment, data.audit, data.taxpayerManagement), services.rootCapabilities(data.tax));
    }

    @Test
    void aCapabilityRefiningOneOfAnotherDomainIsARootOfItsOwn() {
        assertEquals(List.of(data.customsControl), services.rootCapabilities(data.customs));
    }

    @Test
    void narrowerCapabilitiesAreListedByName() {
        assertEquals(List.of(data.registration), services.narrowerCapabilities(data.taxpayerManagement));
        assertEquals(List.of(), services.narrowerCapabilities(data.registration));
    }

    @Test
    void aCapabilityNoServiceRealisesIsUnrealised() {
        assertTrue(services.isUnrealised(data.audit));
        assertFalse(services.isUnrealised(data.registration));
    }

    @Test
    void blocksOfACapabilityAreThoseOfItsServicesOnceEachByView() {
        assertEquals(List.of(data.legalAct, data.riskAnalysis, data.taxpayerRegistry, data.legacyGateway, data.unclassified),
                services.blocksOfCapability(data.registration));
    }

    @Test
    void theColumnsOfTheCapabilityTableAreTheBlocksItsCapabilitiesRelyOn() {
        assertEquals(List.of(data.legalAct, data.riskAnalysis, data.taxpayerRegistry, data.legacyGateway, data.unclassified),
                services.blocksOfDomainCapabilities(data.tax));
        assertEquals(List.of(), services.blocksOfDomainCapabilities(data.customs));
    }

    @Test
    void aServiceOfAnotherDomainBringsItsBlocksToTheCapabilityTable() {
        data.fileReturn.getRealises().add(data.customsControl);
        assertEquals(List.of(data.riskAnalysis, data.taxpayerRegistry, data.legacyGateway), services.blocksOfDomainCapabilities(data.customs));
    }

    @Test
    void aCellNamesTheServicesLinkingCapabilityAndBlock() {
        assertEquals("File a tax return, Register a taxpayer", services.servicesLinking(data.registration, data.taxpayerRegistry));
        assertEquals("File a tax return", services.servicesLinking(data.assessment, data.riskAnalysis));
        assertEquals("", services.servicesLinking(data.audit, data.riskAnalysis));
    }

    @Test
    void titlesNameTheDomain() {
        assertEquals("Capability map of Taxation", services.capabilityMapTitle(data.tax));
        assertEquals("Capabilities and building blocks of Taxation", services.capabilityBlocksTitle(data.tax));
    }
}
