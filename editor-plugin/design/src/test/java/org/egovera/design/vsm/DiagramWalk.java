package org.egovera.design.vsm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Checks one diagram description: where Sirius evaluates each expression of its mappings, styles, filters
 * and tools, and with what context element and variables.
 */
final class DiagramWalk {

    private final OdesignChecker checker;
    private final EObject diagram;
    private final Map<EObject, Set<EClass>> parents = new IdentityHashMap<>();
    private final Map<EObject, EClass> domains = new IdentityHashMap<>();
    private final List<EObject> edges = new ArrayList<>();
    private EClass domain;

    DiagramWalk(OdesignChecker checker, EObject diagram) {
        this.checker = checker;
        this.diagram = diagram;
    }

    void walk() {
        domain = checker.domainClass(diagram, "domainClass");
        if (domain == null) {
            return;
        }
        Scope representation = Scope.of(VsmType.element(domain)).with("diagram", VsmType.VIEW);
        checker.expression(diagram, "titleExpression", representation, OdesignChecker.Expect.TEXT);
        checker.expression(diagram, "preconditionExpression", representation, OdesignChecker.Expect.BOOLEAN);
        List<EObject> layers = new ArrayList<>();
        if (Dyn.ref(diagram, "defaultLayer") != null) {
            layers.add(Dyn.ref(diagram, "defaultLayer"));
        }
        layers.addAll(Dyn.list(diagram, "additionalLayers"));
        for (EObject layer : layers) {
            for (EObject mapping : concat(Dyn.list(layer, "containerMappings"), Dyn.list(layer, "nodeMappings"))) {
                collect(mapping, domain);
            }
            edges.addAll(Dyn.list(layer, "edgeMappings"));
        }
        parents.keySet().forEach(this::nodeMapping);
        edges.forEach(this::edgeMapping);
        for (EObject filter : Dyn.list(diagram, "filters")) {
            filter(filter);
        }
        if (Dyn.ref(diagram, "validationSet") != null) {
            checker.validationSet(Dyn.ref(diagram, "validationSet"));
        }
        for (EObject layer : layers) {
            for (EObject section : Dyn.list(layer, "toolSections")) {
                section(section);
            }
        }
    }

    private void collect(EObject mapping, EClass parent) {
        boolean first = !parents.containsKey(mapping);
        parents.computeIfAbsent(mapping, m -> new LinkedHashSet<>()).add(parent);
        EClass own = domainOf(mapping);
        if (!first || own == null) {
            return;
        }
        for (String owned : List.of("subNodeMappings", "subContainerMappings", "borderedNodeMappings")) {
            for (EObject sub : Dyn.list(mapping, owned)) {
                collect(sub, own);
            }
        }
        for (String reused : List.of("reusedNodeMappings", "reusedContainerMappings", "reusedBorderedNodeMappings")) {
            for (EObject sub : Dyn.list(mapping, reused)) {
                parents.computeIfAbsent(sub, m -> new LinkedHashSet<>()).add(own);
            }
        }
    }

    private EClass domainOf(EObject mapping) {
        if (!domains.containsKey(mapping)) {
            domains.put(mapping, checker.domainClass(mapping, "domainClass"));
        }
        return domains.get(mapping);
    }

    private void nodeMapping(EObject mapping) {
        EClass own = domainOf(mapping);
        if (own == null) {
            return;
        }
        Scope candidates = new Scope(VsmType.elements(parents.get(mapping), false),
                Map.of("containerView", VsmType.VIEW, "diagram", VsmType.VIEW));
        checker.elements(mapping, "semanticCandidatesExpression", candidates, Set.of(own));
        Scope element = Scope.of(VsmType.element(own)).with("container", VsmType.elements(parents.get(mapping), false))
                .with("containerView", VsmType.VIEW).with("diagram", VsmType.VIEW);
        checker.expression(mapping, "preconditionExpression", element, OdesignChecker.Expect.BOOLEAN);
        styles(mapping, VsmType.element(own));
    }

    private void edgeMapping(EObject edge) {
        if (Boolean.TRUE.equals(Dyn.get(edge, "useDomainElement"))) {
            checker.problem(edge, "element-based edges are not covered by this check");
            return;
        }
        VsmType source = typeOf(Dyn.list(edge, "sourceMapping"));
        VsmType target = typeOf(Dyn.list(edge, "targetMapping"));
        Scope scope = Scope.of(source).with("diagram", VsmType.VIEW);
        checker.elements(edge, "targetFinderExpression", scope, target.classes());
        Scope precondition = scope.with("source", source).with("target", target)
                .with("sourceView", VsmType.VIEW).with("targetView", VsmType.VIEW);
        checker.expression(edge, "preconditionExpression", precondition, OdesignChecker.Expect.BOOLEAN);
        styles(edge, source);
    }

    /** The style and conditional styles of a mapping, evaluated on the element the mapping shows. */
    private void styles(EObject mapping, VsmType self) {
        style(Dyn.ref(mapping, "style"), self);
        for (EObject conditional : Dyn.list(mapping, "conditionnalStyles")) {
            checker.expression(conditional, "predicateExpression", Scope.of(self), OdesignChecker.Expect.BOOLEAN);
            style(Dyn.ref(conditional, "style"), self);
        }
    }

    private void style(EObject style, VsmType self) {
        if (style == null) {
            return;
        }
        for (EAttribute attribute : style.eClass().getEAllAttributes()) {
            if (attribute.getEAttributeType().getName().equals("InterpretedExpression")) {
                String name = attribute.getName();
                boolean text = name.equals("labelExpression") || name.equals("tooltipExpression");
                checker.expression(style, name, Scope.of(self), text ? OdesignChecker.Expect.TEXT : OdesignChecker.Expect.NUMBER);
            }
        }
        for (EReference containment : style.eClass().getEAllContainments()) {
            if (style.eGet(containment) instanceof EObject nested) {
                style(nested, self);
            }
        }
    }

    private void filter(EObject filter) {
        if (!filter.eClass().getName().equals("CompositeFilterDescription")) {
            checker.problem(filter, filter.eClass().getName() + " is not covered by this check");
            return;
        }
        for (EObject part : Dyn.list(filter, "filters")) {
            if (!part.eClass().getName().equals("MappingFilter")) {
                checker.problem(part, part.eClass().getName() + " is not covered by this check");
                continue;
            }
            checker.expression(part, "semanticConditionExpression", Scope.of(typeOf(Dyn.list(part, "mappings"))),
                    OdesignChecker.Expect.BOOLEAN);
        }
    }

    private void section(EObject section) {
        for (EObject tool : Dyn.list(section, "ownedTools")) {
            tool(tool);
        }
        for (EObject sub : Dyn.list(section, "subSections")) {
            section(sub);
        }
    }

    private void tool(EObject tool) {
        switch (tool.eClass().getName()) {
            case "NodeCreationDescription" -> creation(tool, Dyn.list(tool, "nodeMappings"));
            case "ContainerCreationDescription" -> creation(tool, Dyn.list(tool, "containerMappings"));
            case "EdgeCreationDescription" -> edgeCreation(tool);
            case "DeleteElementDescription" -> usedTool(tool, "deletionDescription",
                    Map.of("element", "", "elementView", "view", "containerView", "view"), Map.of());
            case "DirectEditLabel" -> directEdit(tool);
            case "DoubleClickDescription" -> {
                VsmType element = typeOf(Dyn.list(tool, "mappings"));
                Scope scope = Scope.of(element).withAll(OdesignChecker.declared(tool, Map.of("element", element, "elementView", VsmType.VIEW)));
                checker.expression(tool, "precondition", scope, OdesignChecker.Expect.BOOLEAN);
                checker.operations(Dyn.ref(tool, "initialOperation"), scope, new LinkedHashSet<>());
            }
            case "SelectionWizardDescription" -> selectionWizard(tool);
            default -> checker.problem(tool, "tool " + tool.eClass().getName() + " is not covered by this check");
        }
    }

    private void creation(EObject tool, List<EObject> mappings) {
        Set<EClass> containers = new LinkedHashSet<>();
        mappings.forEach(mapping -> containers.addAll(parents.getOrDefault(mapping, Set.of())));
        VsmType container = VsmType.elements(containers, false);
        Scope scope = Scope.of(container).with("diagram", VsmType.VIEW)
                .withAll(OdesignChecker.declared(tool, Map.of("variable", container, "viewVariable", VsmType.VIEW)));
        checker.expression(tool, "precondition", scope, OdesignChecker.Expect.BOOLEAN);
        Set<EClass> created = new LinkedHashSet<>();
        checker.operations(Dyn.ref(tool, "initialOperation"), scope, created);
        for (EObject mapping : mappings) {
            EClass shown = domainOf(mapping);
            if (shown != null && created.stream().noneMatch(shown::isSuperTypeOf)) {
                checker.problem(tool, "creates " + OdesignChecker.names(created) + " but its mapping " + Dyn.get(mapping, "name")
                        + " shows " + shown.getName() + " elements");
            }
        }
    }

    private void edgeCreation(EObject tool) {
        List<EObject> mappings = Dyn.list(tool, "edgeMappings");
        List<EObject> sources = new ArrayList<>();
        List<EObject> targets = new ArrayList<>();
        mappings.forEach(edge -> {
            sources.addAll(Dyn.list(edge, "sourceMapping"));
            targets.addAll(Dyn.list(edge, "targetMapping"));
        });
        VsmType source = typeOf(sources);
        VsmType target = typeOf(targets);
        Map<String, VsmType> roles = new LinkedHashMap<>();
        roles.put("sourceVariable", source);
        roles.put("targetVariable", target);
        roles.put("sourceViewVariable", VsmType.VIEW);
        roles.put("targetViewVariable", VsmType.VIEW);
        Scope scope = Scope.of(source).with("diagram", VsmType.VIEW).withAll(OdesignChecker.declared(tool, roles));
        Scope precondition = scope.with("preSource", source).with("preTarget", target)
                .with("preSourceView", VsmType.VIEW).with("preTargetView", VsmType.VIEW);
        checker.expression(tool, "precondition", precondition, OdesignChecker.Expect.BOOLEAN);
        checker.expression(tool, "connectionStartPrecondition", precondition, OdesignChecker.Expect.BOOLEAN);
        checker.operations(Dyn.ref(tool, "initialOperation"), scope, new LinkedHashSet<>());
    }

    private void directEdit(EObject tool) {
        VsmType edited = usersType(tool, "labelDirectEdit");
        if (edited == null) {
            return;
        }
        checker.expression(tool, "inputLabelExpression", Scope.of(edited), OdesignChecker.Expect.TEXT);
        Scope scope = Scope.of(edited).withAll(OdesignChecker.maskVariables(tool, ""));
        checker.expression(tool, "precondition", scope, OdesignChecker.Expect.BOOLEAN);
        checker.operations(Dyn.ref(tool, "initialOperation"), scope, new LinkedHashSet<>());
    }

    /** A tool that mappings point at (deletion): its element is what those mappings show. */
    private void usedTool(EObject tool, String pointer, Map<String, String> roles, Map<String, VsmType> extra) {
        VsmType element = usersType(tool, pointer);
        if (element == null) {
            return;
        }
        Map<String, VsmType> typed = new LinkedHashMap<>();
        roles.forEach((feature, kind) -> typed.put(feature, kind.equals("view") ? VsmType.VIEW : element));
        Scope scope = Scope.of(element).with("diagram", VsmType.VIEW).withAll(OdesignChecker.declared(tool, typed)).withAll(extra);
        checker.expression(tool, "precondition", scope, OdesignChecker.Expect.BOOLEAN);
        checker.operations(Dyn.ref(tool, "initialOperation"), scope, new LinkedHashSet<>());
    }

    /** The elements of the mappings whose {@code pointer} names the tool (for a relation edge, its source's). */
    private VsmType usersType(EObject tool, String pointer) {
        Set<EClass> classes = new LinkedHashSet<>();
        for (EObject mapping : concat(new ArrayList<>(parents.keySet()), edges)) {
            if (Dyn.ref(mapping, pointer) == tool) {
                classes.addAll(edges.contains(mapping) ? typeOf(Dyn.list(mapping, "sourceMapping")).classes() : Set.of(domainOf(mapping)));
            }
        }
        if (classes.isEmpty()) {
            checker.problem(tool, "no mapping of the diagram uses this tool (" + pointer + ")");
            return null;
        }
        return VsmType.elements(classes, false);
    }

    private void selectionWizard(EObject tool) {
        Set<EClass> containers = new LinkedHashSet<>();
        containers.add(domain);
        parents.keySet().stream().filter(m -> m.eClass().getName().equals("ContainerMapping")).map(this::domainOf)
                .forEach(containers::add);
        VsmType container = VsmType.elements(containers, false);
        Scope scope = Scope.of(container).with("diagram", VsmType.VIEW)
                .withAll(OdesignChecker.declared(tool, Map.of("container", container, "containerView", VsmType.VIEW)));
        checker.expression(tool, "precondition", scope, OdesignChecker.Expect.BOOLEAN);
        VsmType candidates = checker.elements(tool, "candidatesExpression", scope, Set.of());
        if (candidates == null) {
            return;
        }
        Scope withChoice = scope.withAll(OdesignChecker.declared(tool, Map.of("element", candidates.single())));
        checker.operations(Dyn.ref(tool, "initialOperation"), withChoice, new LinkedHashSet<>());
    }

    private VsmType typeOf(List<EObject> mappings) {
        Set<EClass> classes = new LinkedHashSet<>();
        for (EObject mapping : mappings) {
            EClass eClass = domainOf(mapping);
            if (eClass != null) {
                classes.add(eClass);
            }
        }
        return VsmType.elements(classes, false);
    }

    private static List<EObject> concat(List<EObject> first, List<EObject> second) {
        List<EObject> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
