package org.egovera.design.vsm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.egovera.testing.ConformanceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every expression of the viewpoint, evaluated where Sirius evaluates it, names features of our metamodel
 * and services that exist, and yields what its place needs; every tool creates what its container holds.
 */
@ConformanceTest
class OdesignTypeCheckTest {

    private static SiriusMetamodels sirius;

    @BeforeAll
    static void load() throws IOException {
        sirius = SiriusMetamodels.load();
    }

    @Test
    void descriptionIsSoundAgainstMetamodelAndServices() throws Exception {
        Resource description = sirius.loadDescription(Odesign.PATH);
        assertEquals(List.of(), OdesignChecker.check(description, OdesignNamesTest.declaredServices()), "problems in " + Odesign.PATH);
    }

    @Test
    void theWalkReachesEveryService() throws Exception {
        ServiceMethods services = OdesignNamesTest.declaredServices();
        ExpressionTyper typer = OdesignChecker.typedCalls(sirius.loadDescription(Odesign.PATH), services);
        java.util.Set<java.lang.reflect.Method> reached = new java.util.HashSet<>(typer.called());
        List<String> missed = services.all().stream().filter(m -> !reached.contains(m)).map(ServiceMethods::signature).toList();
        assertEquals(List.of(), missed, "services no typed expression calls");
    }

    @Test
    void anUnknownFeatureIsReported(@TempDir Path temp) throws Exception {
        assertReported(temp, "semanticCandidatesExpression=\"feature:services\"", "semanticCandidatesExpression=\"feature:servicez\"",
                "PolicyDomain has no feature 'servicez'");
    }

    @Test
    void aServiceCalledWithTheWrongReceiverIsReported(@TempDir Path temp) throws Exception {
        assertReported(temp, "semanticCandidatesExpression=\"service:rootCapabilities\"", "semanticCandidatesExpression=\"service:container.rootCapabilities\"",
                "no variable 'container'");
    }

    @Test
    void candidatesOfAnotherClassAreReported(@TempDir Path temp) throws Exception {
        assertReported(temp, "semanticCandidatesExpression=\"feature:services\"", "semanticCandidatesExpression=\"feature:capabilities\"",
                "can never be DigitalPublicService");
    }

    @Test
    void anElementCreatedWhereItCannotBeHeldIsReported(@TempDir Path temp) throws Exception {
        assertReported(temp, "typeName=\"egovera::Task\" referenceName=\"tasks\"", "typeName=\"egovera::Task\" referenceName=\"subProcesses\"",
                "BusinessProcess.subProcesses holds BusinessProcess elements, not a Task");
    }

    @Test
    void aValueTheFeatureCannotHoldIsReported(@TempDir Path temp) throws Exception {
        assertReported(temp, "featureName=\"realises\" valueExpression=\"var:target\"", "featureName=\"realises\" valueExpression=\"var:source\"",
                "cannot hold");
    }

    @Test
    void longerAqlIsReported(@TempDir Path temp) throws Exception {
        assertReported(temp, "predicateExpression=\"aql:self.priority\"", "predicateExpression=\"aql:self.priority and self.narrower->isEmpty()\"",
                "move it into a service");
    }

    private static void assertReported(Path temp, String original, String broken, String expected) throws Exception {
        String text = Files.readString(Odesign.PATH);
        assertTrue(text.contains(original), "the description contains " + original);
        Path copy = temp.resolve("broken.odesign");
        Files.writeString(copy, text.replaceFirst(java.util.regex.Pattern.quote(original), java.util.regex.Matcher.quoteReplacement(broken)));
        List<String> problems = OdesignChecker.check(SiriusMetamodels.load().loadDescription(copy), OdesignNamesTest.declaredServices());
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected a problem with '" + expected + "' in " + problems);
    }
}
