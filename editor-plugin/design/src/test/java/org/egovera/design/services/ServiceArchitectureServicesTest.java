package org.egovera.design.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.egovera.model.EiraView;
import org.junit.jupiter.api.Test;

class ServiceArchitectureServicesTest {

    private final TestCatalogue data = new TestCatalogue();
    private final ServiceArchitectureServices services = new ServiceArchitectureServices();

    @Test
    void blocksAreSortedIntoTheViewNamedByItsLiteral() {
        assertEquals(List.of(data.legalAct), services.blocksInView(data.registerTaxpayer, "Legal view"));
        assertEquals(List.of(data.taxpayerRegistry), services.blocksInView(data.registerTaxpayer, "Technical view - application"));
        assertEquals(List.of(data.riskAnalysis, data.taxpayerRegistry), services.blocksInView(data.fileReturn, "Technical view - application"));
        assertEquals(List.of(data.legacyGateway), services.blocksInView(data.fileReturn, "Technical view - infrastructure"));
        assertEquals(List.of(), services.blocksInView(data.fileReturn, "Semantic view"));
    }

    @Test
    void everyViewLiteralOfTheMetamodelIsAccepted() {
        for (EiraView view : EiraView.VALUES) {
            services.blocksInView(data.fileReturn, view.getLiteral());
        }
    }

    @Test
    void anUnknownViewLiteralIsRefusedWithTheKnownOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> services.blocksInView(data.fileReturn, "Legal View"));
        assertTrue(error.getMessage().contains("'Legal view'"), error.getMessage());
    }

    @Test
    void blocksWithoutAViewAreShownApart() {
        assertEquals(List.of(data.unclassified), services.blocksWithoutView(data.registerTaxpayer));
        assertTrue(services.hasBlocksWithoutView(data.registerTaxpayer));
        assertFalse(services.hasBlocksWithoutView(data.fileReturn));
    }

    @Test
    void availableBlocksAreTheCatalogueOnesTheServiceDoesNotUse() {
        assertEquals(List.of(data.legalAct, data.eiraDataPolicy, data.unclassified), services.blocksAvailableTo(data.fileReturn));
    }

    @Test
    void onlyAServiceAcceptsBlocks() {
        assertTrue(services.acceptsBlocks(data.fileReturn));
        assertFalse(services.acceptsBlocks(data.riskAnalysis));
    }

    @Test
    void detachingABlockEndsItsUseAndKeepsItInTheCatalogue() {
        assertSame(data.fileReturn, services.detachFromService(data.riskAnalysis, FakeViews.view(data.fileReturn)));
        assertFalse(data.fileReturn.getUses().contains(data.riskAnalysis));
        assertTrue(data.tax.getBuildingBlocks().contains(data.riskAnalysis));
    }

    @Test
    void detachingFromAViewOfSomethingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> services.detachFromService(data.riskAnalysis, FakeViews.view(data.tax)));
        assertThrows(IllegalArgumentException.class, () -> services.detachFromService(data.riskAnalysis, FakeViews.notAView()));
        assertTrue(data.fileReturn.getUses().contains(data.riskAnalysis));
    }

    @Test
    void titleNamesTheService() {
        assertEquals("Architecture of File a tax return", services.serviceArchitectureTitle(data.fileReturn));
    }
}
