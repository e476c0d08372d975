package org.egovera.design.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.design.vsm.SiriusMetamodels;
import org.egovera.testing.ConformanceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The services read Sirius' own view classes (from the conformance kit), not only the stand-ins of the core tests. */
@ConformanceTest
class SiriusViewsConformanceTest {

    private static EPackage diagram;

    @BeforeAll
    static void load() throws Exception {
        diagram = SiriusMetamodels.load().ePackage("http://www.eclipse.org/sirius/diagram/1.1.0");
    }

    @Test
    void theTargetEndOfASiriusEdgeIsFound() {
        TestCatalogue data = new TestCatalogue();
        EObject source = node(data.registerTaxpayer);
        EObject target = node(data.registration);
        EObject edge = create("DEdge");
        set(edge, "target", data.registerTaxpayer);
        set(edge, "sourceNode", source);
        set(edge, "targetNode", target);
        assertSame(data.registration, new ElementServices().edgeTarget(edge));
    }

    @Test
    void theProcessOfASiriusDiagramIsFound() {
        TestCatalogue data = new TestCatalogue();
        EObject view = create("DSemanticDiagram");
        set(view, "target", data.registrationProcess);
        new TraceabilityServices().unmapBlockFromProcess(data.taxpayerRegistry, view);
        assertEquals(List.of(data.eiraDataPolicy), new TraceabilityServices().supportingBlocksOf(data.registrationProcess));
    }

    @Test
    void theServiceOfASiriusContainerIsFound() {
        TestCatalogue data = new TestCatalogue();
        EObject container = create("DNodeContainer");
        set(container, "target", data.fileReturn);
        new ServiceArchitectureServices().detachFromService(data.riskAnalysis, container);
        assertEquals(List.of(data.taxpayerRegistry, data.legacyGateway), data.fileReturn.getUses());
    }

    private static EObject node(EObject target) {
        EObject node = create("DNode");
        set(node, "target", target);
        return node;
    }

    private static EObject create(String className) {
        return EcoreUtil.create((EClass) diagram.getEClassifier(className));
    }

    private static void set(EObject object, String feature, Object value) {
        object.eSet(object.eClass().getEStructuralFeature(feature), value);
    }
}
