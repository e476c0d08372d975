package org.egovera.design.vsm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.model.EgoveraPackage;
import org.egovera.testing.ConformanceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The viewpoint description loads against Sirius' own metamodels as Sirius would read it. */
@ConformanceTest
class OdesignLoadTest {

    private static SiriusMetamodels sirius;
    private static Resource description;

    @BeforeAll
    static void load() throws IOException {
        sirius = SiriusMetamodels.load();
        description = sirius.loadDescription(Odesign.PATH);
    }

    @Test
    void loadsWithoutErrorsOrWarnings() {
        assertEquals(List.of(), messages(description.getErrors()), "errors loading " + Odesign.PATH);
        assertEquals(List.of(), messages(description.getWarnings()), "warnings loading " + Odesign.PATH);
    }

    @Test
    void everyReferenceResolves() {
        EcoreUtil.resolveAll(description);
        Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer.find(description);
        List<String> proxies = new ArrayList<>();
        unresolved.forEach((proxy, settings) -> proxies.add(EcoreUtil.getURI(proxy) + " from "
                + settings.stream().map(s -> s.getEObject().eClass().getName() + "." + s.getEStructuralFeature().getName())
                        .collect(Collectors.joining(", "))));
        assertEquals(List.of(), proxies.stream().limit(20).toList(), proxies.size() + " unresolved references in " + Odesign.PATH);
    }

    @Test
    void satisfiesTheConstraintsOfSiriusMetamodels() {
        Diagnostic diagnostic = structuralValidator().validate(description.getContents().get(0));
        List<String> problems = new ArrayList<>();
        collect(diagnostic, problems);
        assertEquals(List.of(), problems, "Sirius metamodel constraints broken in " + Odesign.PATH);
    }

    @Test
    void everyRepresentationDescribesOurMetamodel() {
        EObject viewpoint = onlyViewpoint();
        List<EObject> representations = list(viewpoint, "ownedRepresentations");
        assertEquals(8, representations.size(), "representations");
        for (EObject representation : representations) {
            List<EObject> metamodels = list(representation, "metamodel");
            assertEquals(1, metamodels.size(), "metamodels of " + name(representation));
            assertSame(EgoveraPackage.eINSTANCE, metamodels.get(0), "metamodel of " + name(representation));
        }
    }

    @Test
    void strictLoadRefusesAnAttributeSiriusDoesNotDefine(@TempDir Path temp) throws IOException {
        String text = Files.readString(Odesign.PATH).replace("name=\"CapabilityContainer\"", "name=\"CapabilityContainer\" colour=\"blue\"");
        Path broken = temp.resolve("broken.odesign");
        Files.writeString(broken, text);
        Resource resource;
        try {
            resource = SiriusMetamodels.load().loadDescription(broken);
        } catch (IOException expected) {
            assertTrue(expected.getMessage().contains("colour"), expected.getMessage());
            return;
        }
        assertTrue(messages(resource.getErrors()).stream().anyMatch(m -> m.contains("colour")), "the unknown attribute is reported");
    }

    /**
     * EMF's structural checks (multiplicities, types, references) with Sirius' packages. Derived and
     * transient features are skipped: Sirius computes them in Java code a dynamic model does not have.
     */
    private static Diagnostician structuralValidator() {
        EObjectValidator validator = new EObjectValidator() {
            @Override
            protected boolean validate_MultiplicityConforms(EObject eObject, EStructuralFeature feature,
                    DiagnosticChain diagnostics, Map<Object, Object> context) {
                return feature.isDerived() || feature.isTransient() || super.validate_MultiplicityConforms(eObject, feature, diagnostics, context);
            }
        };
        EValidator.Registry registry = new EValidatorRegistryImpl();
        sirius.packages().forEach(ePackage -> registry.put(ePackage, validator));
        return new Diagnostician(registry);
    }

    private static EObject onlyViewpoint() {
        List<EObject> viewpoints = list(description.getContents().get(0), "ownedViewpoints");
        assertEquals(1, viewpoints.size(), "viewpoints");
        assertEquals("eGovERA", name(viewpoints.get(0)));
        return viewpoints.get(0);
    }

    @SuppressWarnings("unchecked")
    static List<EObject> list(EObject object, String feature) {
        EStructuralFeature structuralFeature = object.eClass().getEStructuralFeature(feature);
        return (List<EObject>) object.eGet(structuralFeature);
    }

    static String name(EObject object) {
        return (String) object.eGet(object.eClass().getEStructuralFeature("name"));
    }

    private static List<String> messages(List<Resource.Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.getLine() + ":" + d.getColumn() + ": " + d.getMessage()).toList();
    }

    private static void collect(Diagnostic diagnostic, List<String> problems) {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() >= Diagnostic.WARNING) {
                problems.add(child.getMessage());
            }
            collect(child, problems);
        }
    }
}
