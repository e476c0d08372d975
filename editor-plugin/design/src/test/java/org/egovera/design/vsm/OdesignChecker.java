package org.egovera.design.vsm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.egovera.model.EgoveraPackage;

/**
 * Checks a viewpoint description, loaded as a dynamic model of Sirius' metamodels, against our metamodel
 * and services: every domain class exists; every expression is of an allowed form and, evaluated where
 * Sirius evaluates it (with the context element and variables Sirius gives it there), names features that
 * exist and services that resolve, and yields what its place needs (elements a mapping can show, a truth
 * value, a text, a value the set feature accepts); every creation tool creates an element its container
 * can hold, of a class its mapping shows. The walk covers the representations, tools and rules the
 * description uses; any expression it did not reach is itself reported, so nothing escapes unchecked.
 */
public final class OdesignChecker {

    private static final String DOMAIN_PREFIX = "egovera::";
    private static final Pattern MASK_VARIABLE = Pattern.compile("\\{(\\d+)}");

    private final ExpressionTyper typer;
    private final List<String> problems = new ArrayList<>();
    private final Map<EObject, Set<String>> checked = new IdentityHashMap<>();

    private OdesignChecker(ServiceMethods services) {
        this.typer = new ExpressionTyper(services);
    }

    /** The problems of a description, each naming where it is; empty when the description is sound. */
    public static List<String> check(Resource description, ServiceMethods services) {
        OdesignChecker checker = new OdesignChecker(services);
        EObject group = description.getContents().get(0);
        for (EObject viewpoint : Dyn.list(group, "ownedViewpoints")) {
            checker.viewpoint(viewpoint);
        }
        checker.reportUncovered(description);
        return List.copyOf(checker.problems);
    }

    /** Runs the walk and returns the typer, to see which services the description calls. */
    static ExpressionTyper typedCalls(Resource description, ServiceMethods services) {
        OdesignChecker checker = new OdesignChecker(services);
        for (EObject viewpoint : Dyn.list(description.getContents().get(0), "ownedViewpoints")) {
            checker.viewpoint(viewpoint);
        }
        return checker.typer;
    }

    private void viewpoint(EObject viewpoint) {
        EObject validationSet = Dyn.ref(viewpoint, "validationSet");
        if (validationSet != null) {
            validationSet(validationSet);
        }
        for (EObject representation : Dyn.list(viewpoint, "ownedRepresentations")) {
            switch (representation.eClass().getName()) {
                case "DiagramDescription" -> new DiagramWalk(this, representation).walk();
                case "CrossTableDescription", "EditionTableDescription" -> new TableWalk(this, representation).walk();
                default -> problem(representation, "representation kind " + representation.eClass().getName() + " is not covered by this check");
            }
        }
    }

    void validationSet(EObject validationSet) {
        for (EObject rule : Dyn.list(validationSet, "ownedRules")) {
            if (!rule.eClass().getName().equals("SemanticValidationRule")) {
                problem(rule, rule.eClass().getName() + " is not covered by this check");
                continue;
            }
            EClass target = domainClass(rule, "targetClass");
            if (target == null) {
                continue;
            }
            Scope scope = Scope.of(VsmType.element(target));
            expression(rule, "message", scope, Expect.TEXT);
            for (EObject audit : Dyn.list(rule, "audits")) {
                expression(audit, "auditExpression", scope, Expect.BOOLEAN);
            }
            for (EObject fix : Dyn.list(rule, "fixes")) {
                operations(Dyn.ref(fix, "initialOperation"), scope, new LinkedHashSet<>());
            }
        }
    }

    // ------------------------------------------------------------------ expressions

    /** What a place in the description needs its expression to yield. */
    enum Expect {
        BOOLEAN, TEXT, NUMBER, CONTEXT, ANY
    }

    /** Checks the expression of {@code feature} on {@code owner} and returns what it yields (null if absent or wrong). */
    VsmType expression(EObject owner, String feature, Scope scope, Expect expect) {
        String text = markChecked(owner, feature);
        if (text == null || text.isBlank()) {
            return null;
        }
        VsmType type = type(owner, feature, text, scope);
        if (type == null) {
            return null;
        }
        boolean fits = switch (expect) {
            case BOOLEAN -> type.isBoolean();
            case TEXT -> type.isText();
            case NUMBER -> type.kind() == VsmType.Kind.LITERAL ? text.strip().matches("-?[0-9]+")
                    : type.kind() == VsmType.Kind.DATA && Number.class.isAssignableFrom(type.data());
            case CONTEXT -> type.kind() != VsmType.Kind.LITERAL && type.kind() != VsmType.Kind.DATA;
            case ANY -> true;
        };
        if (!fits) {
            problem(owner, feature + " '" + text + "' yields " + type + " where " + expect.name().toLowerCase() + " is needed");
            return null;
        }
        return type;
    }

    /** Checks an expression that yields the elements a mapping shows (or tool lists): they must be of related classes. */
    VsmType elements(EObject owner, String feature, Scope scope, Set<EClass> expected) {
        String text = markChecked(owner, feature);
        if (text == null || text.isBlank()) {
            return null;
        }
        VsmType type = type(owner, feature, text, scope);
        if (type == null) {
            return null;
        }
        if (!type.isElements()) {
            problem(owner, feature + " '" + text + "' yields " + type + ", not elements of the metamodel");
            return null;
        }
        for (EClass found : type.classes()) {
            if (!expected.isEmpty() && expected.stream().noneMatch(e -> e.isSuperTypeOf(found) || found.isSuperTypeOf(e))) {
                problem(owner, feature + " '" + text + "' yields " + type + ", which can never be " + names(expected));
            }
        }
        return type;
    }

    private VsmType type(EObject owner, String feature, String text, Scope scope) {
        try {
            return typer.type(VsmExpression.parse(text), scope);
        } catch (IllegalArgumentException e) {
            problem(owner, feature + " '" + text + "': " + e.getMessage());
            return null;
        }
    }

    String markChecked(EObject owner, String feature) {
        checked.computeIfAbsent(owner, o -> new LinkedHashSet<>()).add(feature);
        return (String) Dyn.get(owner, feature);
    }

    // ------------------------------------------------------------------ model operations

    /** Checks the operations of a tool ({@code initialOperation} and the like), starting in a scope; records the classes created. */
    void operations(EObject initialOperation, Scope scope, Set<EClass> created) {
        if (initialOperation == null) {
            return;
        }
        for (EReference reference : initialOperation.eClass().getEAllContainments()) {
            Object value = initialOperation.eGet(reference);
            if (value instanceof EObject operation) {
                operation(operation, scope, created);
            }
        }
    }

    void operation(EObject operation, Scope scope, Set<EClass> created) {
        Scope inner = scope;
        switch (operation.eClass().getName()) {
            case "ChangeContext" -> {
                VsmType context = expression(operation, "browseExpression", scope, Expect.CONTEXT);
                if (context == null) {
                    return;
                }
                inner = scope.withSelf(context);
            }
            case "CreateInstance" -> {
                EClass created1 = domainClass(operation, "typeName");
                String referenceName = markChecked(operation, "referenceName");
                if (created1 == null) {
                    return;
                }
                if (created1.isAbstract() || created1.isInterface()) {
                    problem(operation, "creates an instance of the abstract class " + created1.getName());
                }
                containment(operation, scope.self(), referenceName, created1);
                created.add(created1);
                String variable = (String) Dyn.get(operation, "variableName");
                inner = scope.withSelf(VsmType.element(created1)).with(variable == null || variable.isBlank() ? "instance" : variable, VsmType.element(created1));
            }
            case "SetValue" -> {
                EStructuralFeature feature = settable(operation, scope.self(), markChecked(operation, "featureName"));
                VsmType value = expression(operation, "valueExpression", scope, Expect.ANY);
                if (feature != null && value != null) {
                    assignable(operation, "valueExpression", feature, value, false);
                }
            }
            case "Unset" -> {
                EStructuralFeature feature = settable(operation, scope.self(), markChecked(operation, "featureName"));
                VsmType value = expression(operation, "elementExpression", scope, Expect.ANY);
                if (feature != null && value != null) {
                    assignable(operation, "elementExpression", feature, value, true);
                }
            }
            case "If" -> expression(operation, "conditionExpression", scope, Expect.BOOLEAN);
            case "RemoveElement" -> {
                if (!scope.self().isElements()) {
                    problem(operation, "removes " + scope.self() + ", not an element of the metamodel");
                }
            }
            case "Navigation" -> {
                EObject diagram = Dyn.ref(operation, "diagramDescription");
                EClass target = diagram == null ? null : domainClass(diagram, "domainClass");
                if (target != null && scope.self().isElements()
                        && scope.self().classes().stream().anyMatch(c -> !target.isSuperTypeOf(c))) {
                    problem(operation, "navigates from " + scope.self() + " to a " + Dyn.get(diagram, "name") + ", which shows a " + target.getName());
                }
            }
            default -> {
                problem(operation, "operation " + operation.eClass().getName() + " is not covered by this check");
                return;
            }
        }
        for (EObject sub : Dyn.list(operation, "subModelOperations")) {
            operation(sub, inner, created);
        }
    }

    private void containment(EObject operation, VsmType container, String referenceName, EClass created) {
        if (!container.isElements()) {
            problem(operation, "creates a " + created.getName() + " in " + container + ", not an element of the metamodel");
            return;
        }
        for (EClass eClass : container.classes()) {
            EStructuralFeature feature = eClass.getEStructuralFeature(referenceName);
            if (!(feature instanceof EReference reference) || !reference.isContainment()) {
                problem(operation, eClass.getName() + " has no containment '" + referenceName + "' to hold the new " + created.getName());
            } else if (!reference.getEReferenceType().isSuperTypeOf(created)) {
                problem(operation, eClass.getName() + "." + referenceName + " holds " + reference.getEReferenceType().getName()
                        + " elements, not a " + created.getName());
            }
        }
    }

    private EStructuralFeature settable(EObject operation, VsmType self, String name) {
        if (!self.isElements() || self.many()) {
            problem(operation, "sets '" + name + "' on " + self + ", not one element of the metamodel");
            return null;
        }
        EStructuralFeature found = null;
        for (EClass eClass : self.classes()) {
            EStructuralFeature feature = eClass.getEStructuralFeature(name);
            if (feature == null) {
                problem(operation, eClass.getName() + " has no feature '" + name + "'");
                return null;
            }
            if (!feature.isChangeable() || feature.isDerived()) {
                problem(operation, eClass.getName() + "." + name + " cannot be changed");
                return null;
            }
            found = feature;
        }
        return found;
    }

    private void assignable(EObject operation, String what, EStructuralFeature feature, VsmType value, boolean removal) {
        String target = feature.getEContainingClass().getName() + "." + feature.getName();
        if (feature instanceof EReference reference) {
            if (removal && value.kind() == VsmType.Kind.ANY_OBJECT) {
                return; // a view's element, known only when the tool runs; Sirius removes it if present
            }
            if (!value.isElements() || value.many() && !feature.isMany()
                    || value.classes().stream().anyMatch(c -> !reference.getEReferenceType().isSuperTypeOf(c))) {
                problem(operation, what + " yields " + value + ", which " + target + " (" + reference.getEReferenceType().getName() + ") cannot hold");
            }
        } else {
            Class<?> expected = VsmType.box(((EAttribute) feature).getEAttributeType().getInstanceClass());
            boolean fits = value.kind() == VsmType.Kind.DATA && value.data() == expected
                    || value.kind() == VsmType.Kind.LITERAL && expected == String.class;
            if (!fits) {
                problem(operation, what + " yields " + value + ", which " + target + " (" + expected.getSimpleName() + ") cannot hold");
            }
        }
    }

    // ------------------------------------------------------------------ shared helpers

    /** The class of our metamodel an attribute names ({@code egovera::Task}), or null after reporting a problem. */
    EClass domainClass(EObject owner, String feature) {
        String name = markChecked(owner, feature);
        if (name == null || !name.startsWith(DOMAIN_PREFIX)) {
            problem(owner, feature + " '" + name + "' is not a class of our metamodel (" + DOMAIN_PREFIX + "Name)");
            return null;
        }
        EClassifier classifier = EgoveraPackage.eINSTANCE.getEClassifier(name.substring(DOMAIN_PREFIX.length()));
        if (!(classifier instanceof EClass eClass)) {
            problem(owner, feature + " '" + name + "' names no class of the metamodel");
            return null;
        }
        return eClass;
    }

    /** The variables a tool declares in one of its variable features, each given the type of its role. */
    static Map<String, VsmType> declared(EObject tool, Map<String, VsmType> typeByFeature) {
        Map<String, VsmType> variables = new HashMap<>();
        typeByFeature.forEach((feature, type) -> {
            EObject variable = Dyn.ref(tool, feature);
            if (variable != null && type != null) {
                variables.put((String) Dyn.get(variable, "name"), type);
            }
        });
        return variables;
    }

    /** The variables an edit mask defines: {@code {0}} gives {@code prefix + 0}. */
    static Map<String, VsmType> maskVariables(EObject tool, String prefix) {
        Map<String, VsmType> variables = new HashMap<>();
        EObject mask = Dyn.ref(tool, "mask");
        if (mask != null) {
            Matcher matcher = MASK_VARIABLE.matcher((String) Dyn.get(mask, "mask"));
            while (matcher.find()) {
                variables.put(prefix + matcher.group(1), VsmType.STRING);
            }
        }
        return variables;
    }

    void problem(EObject where, String message) {
        problems.add(Dyn.path(where) + ": " + message);
    }

    private void reportUncovered(Resource description) {
        for (EObject object : SiriusMetamodels.allContents(description)) {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                String type = attribute.getEAttributeType().getName();
                if (!(type.equals("InterpretedExpression") || type.equals("TypeName") || type.equals("FeatureName"))) {
                    continue;
                }
                Object value = object.eGet(attribute);
                if (value instanceof String text && !text.isBlank()
                        && !checked.getOrDefault(object, Set.of()).contains(attribute.getName())) {
                    problem(object, attribute.getName() + " '" + text + "' was not reached by this check");
                }
            }
        }
    }

    static String names(Set<EClass> classes) {
        return String.join("|", classes.stream().map(EClass::getName).sorted().toList());
    }
}
