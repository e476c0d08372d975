package org.egovera.design.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TraceabilityServicesTest {

    private final TestCatalogue data = new TestCatalogue();
    private final TraceabilityServices services = new TraceabilityServices();

    @Test
    void allTasksIncludeThoseOfSubProcesses() {
        assertEquals(List.of(data.receiveApplication, data.recordTaxpayer, data.archiveFile, data.checkIdentity),
                services.allTasks(data.registrationProcess));
        assertEquals(List.of(data.checkIdentity), services.allTasks(data.verification));
    }

    @Test
    void supportingServicesAndBlocksComeFromAllTasks() {
        assertEquals(List.of(data.registerTaxpayer), services.supportingServicesOf(data.registrationProcess));
        assertEquals(List.of(data.eiraDataPolicy, data.taxpayerRegistry), services.supportingBlocksOf(data.registrationProcess));
    }

    @Test
    void aTaskNothingSupportsIsUnmapped() {
        assertTrue(services.isUnmapped(data.archiveFile));
        assertFalse(services.isUnmapped(data.receiveApplication));
        assertFalse(services.isUnmapped(data.recordTaxpayer));
    }

    @Test
    void aTaskWithoutNameIsLabelledByItsBpmnId() {
        assertEquals("Activity_check", services.taskLabel(data.checkIdentity));
        assertEquals("Record taxpayer", services.taskLabel(data.recordTaxpayer));
    }

    @Test
    void mappableBlocksAreTheDomainBlocksAndThoseAlreadyMapped() {
        assertEquals(List.of(data.legalAct, data.eiraDataPolicy, data.riskAnalysis, data.taxpayerRegistry, data.legacyGateway, data.unclassified),
                services.mappableBlocks(data.registrationProcess));
    }

    @Test
    void mappableServicesAreThoseOfTheDomains() {
        assertEquals(List.of(data.fileReturn, data.registerTaxpayer), services.mappableServices(data.registrationProcess));
    }

    @Test
    void editingACellMapsAndClearingItUnmaps() {
        services.editBlockSupport(data.archiveFile, data.riskAnalysis, "x");
        services.editBlockSupport(data.archiveFile, data.riskAnalysis, "yes");
        assertEquals(List.of(data.riskAnalysis), data.archiveFile.getSupportingBuildingBlocks());
        services.editBlockSupport(data.archiveFile, data.riskAnalysis, " ");
        assertEquals(List.of(), data.archiveFile.getSupportingBuildingBlocks());

        services.editServiceSupport(data.archiveFile, data.fileReturn, "X");
        assertEquals(List.of(data.fileReturn), data.archiveFile.getSupportingServices());
        services.editServiceSupport(data.archiveFile, data.fileReturn, "");
        assertTrue(services.isUnmapped(data.archiveFile));
    }

    @Test
    void unmappingAServiceFromTheDiagramRemovesItFromEveryTaskOfTheProcess() {
        data.checkIdentity.getSupportingServices().add(data.registerTaxpayer);
        assertSame(data.registrationProcess, services.unmapServiceFromProcess(data.registerTaxpayer, FakeViews.view(data.registrationProcess)));
        assertEquals(List.of(), services.supportingServicesOf(data.registrationProcess));
        assertTrue(data.tax.getServices().contains(data.registerTaxpayer));
    }

    @Test
    void unmappingABlockFromTheDiagramRemovesItFromEveryTaskOfTheProcess() {
        services.unmapBlockFromProcess(data.eiraDataPolicy, FakeViews.view(data.registrationProcess));
        assertEquals(List.of(data.taxpayerRegistry), services.supportingBlocksOf(data.registrationProcess));
        assertThrows(IllegalArgumentException.class, () -> services.unmapBlockFromProcess(data.taxpayerRegistry, FakeViews.view(data.tax)));
    }

    @Test
    void titlesNameTheProcess() {
        assertEquals("Traceability of Taxpayer registration", services.traceabilityTitle(data.registrationProcess));
        assertEquals("Tasks and building blocks of Taxpayer registration", services.taskBlocksTitle(data.registrationProcess));
        assertEquals("Tasks and services of Taxpayer registration", services.taskServicesTitle(data.registrationProcess));
    }
}
