package org.egovera.design.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.Task;
import org.junit.jupiter.api.Test;

class ElementServicesTest {

    private final TestCatalogue data = new TestCatalogue();
    private final ElementServices services = new ElementServices();

    @Test
    void freshIdentifiersAreUniqueInTheCatalogue() {
        DigitalPublicService first = EgoveraFactory.eINSTANCE.createDigitalPublicService();
        data.tax.getServices().add(first);
        first.setId(services.freshId(first));
        assertEquals("digital-public-service-1", first.getId());
        DigitalPublicService second = EgoveraFactory.eINSTANCE.createDigitalPublicService();
        data.customs.getServices().add(second);
        assertEquals("digital-public-service-2", services.freshId(second));
    }

    @Test
    void anElementOutsideACatalogueGetsNoIdentifier() {
        assertThrows(IllegalArgumentException.class, () -> services.freshId(EgoveraFactory.eINSTANCE.createTask()));
    }

    @Test
    void newElementsAreNamedByKind() {
        Task task = EgoveraFactory.eINSTANCE.createTask();
        assertEquals("New task", services.defaultName(task));
        assertEquals("New architecture building block", services.defaultName(data.riskAnalysis));
    }

    @Test
    void deletingAnElementRemovesEveryReferenceToIt() {
        assertSame(data.tax, services.deleteElement(data.registerTaxpayer));
        assertFalse(data.tax.getServices().contains(data.registerTaxpayer));
        assertEquals(List.of(), data.receiveApplication.getSupportingServices());
        assertEquals(List.of(), data.taxpayerRegistry.getUsedBy().stream().filter(s -> s == data.registerTaxpayer).toList());
    }

    @Test
    void framesShowingTheDiagramsElementAreNeverDeleted() {
        assertFalse(services.canDeleteFrame(data.fileReturn));
        assertFalse(services.canDeleteFrame(data.catalogue));
    }

    @Test
    void theTargetOfAnEdgeIsTheElementAtItsTargetEnd() {
        assertSame(data.registration, services.edgeTarget(FakeViews.edge(data.registerTaxpayer, data.registration)));
        assertThrows(IllegalArgumentException.class, () -> services.edgeTarget(FakeViews.view(data.registration)));
    }
}
