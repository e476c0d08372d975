package org.egovera.design.vsm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.egovera.model.EgoveraPackage;
import org.egovera.model.validation.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Checks of the viewpoint description that need only its XML and our metamodel: every class, feature and
 * service it names exists, every expression is of a form a test can check, every service is used, and
 * every error rule of the catalogue validator has its validation rule in the viewpoint.
 */
class OdesignNamesTest {

    private static OdesignXml odesign;
    private static ServiceMethods services;

    @BeforeAll
    static void read() throws Exception {
        odesign = OdesignXml.read(Odesign.PATH);
        services = declaredServices();
    }

    /** The services classes the description declares, loaded. */
    static ServiceMethods declaredServices() throws IOException, ClassNotFoundException {
        return ServiceMethods.load(OdesignXml.read(Odesign.PATH).values("qualifiedClassName"));
    }

    @Test
    void servicesClassesCanBeInstantiatedBySirius() throws Exception {
        assertFalse(services.classes().isEmpty(), "services classes declared");
        for (Class<?> servicesClass : services.classes()) {
            assertTrue(Modifier.isPublic(servicesClass.getModifiers()), servicesClass + " is public");
            assertTrue(Modifier.isPublic(servicesClass.getConstructor().getModifiers()), servicesClass + " has a public no-argument constructor");
        }
    }

    @Test
    void everyClassNamedExistsInTheMetamodel() {
        List<String> missing = new ArrayList<>();
        for (OdesignXml.Attribute attribute : odesign.attributes()) {
            if (Set.of("domainClass", "typeName", "targetClass").contains(attribute.name())) {
                EClassifier classifier = attribute.value().startsWith("egovera::")
                        ? EgoveraPackage.eINSTANCE.getEClassifier(attribute.value().substring("egovera::".length())) : null;
                if (!(classifier instanceof EClass eClass) || attribute.name().equals("typeName") && eClass.isAbstract()) {
                    missing.add(attribute.toString());
                }
            }
        }
        assertEquals(List.of(), missing, "classes named in " + Odesign.PATH + " that the metamodel lacks (or cannot instantiate)");
    }

    @Test
    void everyExpressionHasAFormATestCanCheck() {
        List<String> refused = new ArrayList<>();
        for (OdesignXml.Attribute attribute : odesign.attributes()) {
            if (OdesignXml.isExpression(attribute)) {
                try {
                    VsmExpression.parse(attribute.value());
                } catch (IllegalArgumentException e) {
                    refused.add(attribute + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), refused);
    }

    @Test
    void everyFeatureNamedExistsInTheMetamodel() {
        Set<String> features = EgoveraPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
                .flatMap(c -> ((EClass) c).getEAllStructuralFeatures().stream()).map(f -> f.getName()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (OdesignXml.Attribute attribute : odesign.attributes()) {
            List<String> named = new ArrayList<>();
            if (Set.of("featureName", "referenceName").contains(attribute.name())) {
                named.add(attribute.value());
            } else if (OdesignXml.isExpression(attribute)) {
                VsmExpression expression = VsmExpression.parse(attribute.value());
                if (expression instanceof VsmExpression.Feature feature) {
                    named.add(feature.name());
                } else if (expression instanceof VsmExpression.FeaturePath path) {
                    named.addAll(path.features());
                }
            }
            named.stream().filter(name -> !features.contains(name)).forEach(name -> missing.add(attribute + ": no feature " + name));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyServiceCalledExistsWithThatArity() {
        List<String> missing = new ArrayList<>();
        for (VsmExpression.ServiceCall call : calls()) {
            if (services.named(call.service(), call.arguments().size() + 1).isEmpty()) {
                missing.add(call.service() + " with " + call.arguments().size() + " argument(s)");
            }
        }
        assertEquals(List.of(), missing, "services called by " + Odesign.PATH + " that no services class has");
    }

    @Test
    void everyServiceIsCalledByTheDescription() {
        Set<String> called = calls().stream().map(VsmExpression.ServiceCall::service).collect(Collectors.toSet());
        Set<String> unused = new TreeSet<>();
        for (Method method : services.all()) {
            if (!called.contains(method.getName())) {
                unused.add(ServiceMethods.signature(method));
            }
        }
        assertEquals(Set.of(), unused, "public service methods the description never calls");
    }

    @Test
    void serviceNamesAreUniqueAcrossClasses() {
        // Sirius registers services by name over all declared classes: two methods of one name would compete.
        Map<String, List<String>> byName = services.all().stream()
                .collect(Collectors.groupingBy(Method::getName, Collectors.mapping(ServiceMethods::signature, Collectors.toList())));
        byName.values().removeIf(list -> list.size() == 1);
        assertEquals(Map.of(), byName);
    }

    @Test
    void everyErrorRuleOfTheValidatorHasAViewpointRule() {
        Map<String, Element> rules = odesign.elements("ownedRules").stream()
                .collect(Collectors.toMap(e -> e.getAttribute("name"), e -> e));
        for (Rule rule : Rule.values()) {
            if (rule.severity() != Diagnostic.ERROR) {
                continue;
            }
            Element declared = rules.get(rule.code());
            assertTrue(declared != null, "the viewpoint has a validation rule " + rule.code());
            assertEquals("ERROR", declared.getAttribute("level"), rule.code());
            assertEquals("aql:self.errorMessages('" + rule.code() + "')", declared.getAttribute("message"), rule.code());
            Element audit = (Element) declared.getElementsByTagName("audits").item(0);
            assertEquals("aql:self.passes('" + rule.code() + "')", audit.getAttribute("auditExpression"), rule.code());
        }
        assertTrue(rules.containsKey("Warnings"), "one rule reports the validator's warnings");
    }

    @Test
    void everyIconNamedShipsInABundleOfTheEditor() {
        List<String> missing = new ArrayList<>();
        for (OdesignXml.Attribute attribute : odesign.attributes()) {
            if (!Set.of("icon", "iconPath").contains(attribute.name())) {
                continue;
            }
            String path = attribute.value();
            if (path.startsWith("/org.egovera.design/")) {
                if (!java.nio.file.Files.isRegularFile(java.nio.file.Path.of(path.substring("/org.egovera.design/".length())))) {
                    missing.add(attribute.toString());
                }
            } else if (path.startsWith(EDIT_ICONS)) {
                // EMF's generator draws one object icon per concrete class of the metamodel.
                String className = path.substring(EDIT_ICONS.length()).replaceFirst("\\.gif$", "");
                if (!(EgoveraPackage.eINSTANCE.getEClassifier(className) instanceof EClass eClass) || eClass.isAbstract()
                        || !path.endsWith(".gif")) {
                    missing.add(attribute.toString());
                }
            } else {
                missing.add(attribute + " (not in the editor's bundles)");
            }
        }
        assertEquals(List.of(), missing);
    }

    private static final String EDIT_ICONS = "/org.egovera.model.edit/icons/full/obj16/";

    @Test
    void everyRepresentationIsNamedForItsRole() {
        assertEquals(List.of("CapabilityMap", "ServiceArchitecture", "ProcessTraceability", "SolutionLandscape",
                "TaskBlockTable", "TaskServiceTable", "CapabilityBlockTable", "BuildingBlockCatalogue"),
                odesign.elements("ownedRepresentations").stream().map(e -> e.getAttribute("name")).toList());
    }

    /** Every service call in the description's expressions. */
    static List<VsmExpression.ServiceCall> calls() {
        List<VsmExpression.ServiceCall> calls = new ArrayList<>();
        for (OdesignXml.Attribute attribute : odesign.attributes()) {
            if (OdesignXml.isExpression(attribute) && VsmExpression.parse(attribute.value()) instanceof VsmExpression.ServiceCall call) {
                calls.add(call);
            }
        }
        return calls;
    }
}
