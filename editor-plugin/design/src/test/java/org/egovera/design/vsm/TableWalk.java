package org.egovera.design.vsm;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/** Checks one table description (cross or edition): lines, columns, cells and their tools. */
final class TableWalk {

    private final OdesignChecker checker;
    private final EObject table;
    private final Map<EObject, Set<EClass>> parents = new IdentityHashMap<>();
    private final Map<EObject, EClass> domains = new IdentityHashMap<>();
    private EClass domain;

    TableWalk(OdesignChecker checker, EObject table) {
        this.checker = checker;
        this.table = table;
    }

    void walk() {
        domain = checker.domainClass(table, "domainClass");
        if (domain == null) {
            return;
        }
        Scope root = Scope.of(VsmType.element(domain)).with("table", VsmType.VIEW);
        checker.expression(table, "titleExpression", root, OdesignChecker.Expect.TEXT);
        checker.expression(table, "preconditionExpression", root, OdesignChecker.Expect.BOOLEAN);
        for (EObject line : Dyn.list(table, "ownedLineMappings")) {
            collect(line, domain);
        }
        parents.keySet().forEach(this::line);
        for (EObject tool : Dyn.list(table, "ownedCreateLine")) {
            checker.problem(tool, "table-wide line creation is not covered by this check; attach the tool to a line mapping");
        }
        if (table.eClass().getName().equals("CrossTableDescription")) {
            for (EObject column : Dyn.list(table, "ownedColumnMappings")) {
                elementColumn(column);
            }
            for (EObject intersection : Dyn.list(table, "intersection")) {
                intersection(intersection);
            }
        } else {
            for (EObject column : Dyn.list(table, "ownedColumnMappings")) {
                featureColumn(column);
            }
        }
    }

    private void collect(EObject line, EClass parent) {
        boolean first = !parents.containsKey(line);
        parents.computeIfAbsent(line, l -> new LinkedHashSet<>()).add(parent);
        EClass own = domainOf(line);
        if (!first || own == null) {
            return;
        }
        for (EObject sub : Dyn.list(line, "ownedSubLines")) {
            collect(sub, own);
        }
        for (EObject sub : Dyn.list(line, "reusedSubLines")) {
            parents.computeIfAbsent(sub, l -> new LinkedHashSet<>()).add(own);
        }
    }

    private EClass domainOf(EObject mapping) {
        if (!domains.containsKey(mapping)) {
            domains.put(mapping, checker.domainClass(mapping, "domainClass"));
        }
        return domains.get(mapping);
    }

    private void line(EObject line) {
        EClass own = domainOf(line);
        if (own == null) {
            return;
        }
        VsmType container = VsmType.elements(parents.get(line), false);
        checker.elements(line, "semanticCandidatesExpression", Scope.of(container).with("root", VsmType.element(domain)), Set.of(own));
        checker.expression(line, "headerLabelExpression", Scope.of(VsmType.element(own)), OdesignChecker.Expect.TEXT);
        styles(line, VsmType.element(own));
        for (EObject create : Dyn.list(line, "create")) {
            EObject created = Dyn.ref(create, "mapping");
            tableTool(create, VsmType.element(own), Map.of("element", VsmType.element(own), "root", VsmType.element(domain),
                    "container", container), created == null ? null : domainOf(created));
        }
        EObject delete = Dyn.ref(line, "delete");
        if (delete != null) {
            tableTool(delete, VsmType.element(own), Map.of("element", VsmType.element(own), "root", VsmType.element(domain)), null);
        }
    }

    private void elementColumn(EObject column) {
        EClass own = domainOf(column);
        if (own == null) {
            return;
        }
        checker.elements(column, "semanticCandidatesExpression", Scope.of(VsmType.element(domain)).with("root", VsmType.element(domain)), Set.of(own));
        checker.expression(column, "headerLabelExpression", Scope.of(VsmType.element(own)), OdesignChecker.Expect.TEXT);
        styles(column, VsmType.element(own));
    }

    private void featureColumn(EObject column) {
        String feature = (String) Dyn.get(column, "featureName");
        Set<EClass> holders = new LinkedHashSet<>();
        for (EObject line : parents.keySet()) {
            EClass eClass = domainOf(line);
            if (eClass != null && eClass.getEStructuralFeature(feature) != null) {
                holders.add(eClass);
            }
        }
        if (holders.isEmpty()) {
            checker.problem(column, "no line of the table shows elements with a feature '" + feature + "'");
            return;
        }
        checker.expression(column, "headerLabelExpression", Scope.of(VsmType.element(domain)), OdesignChecker.Expect.TEXT);
        VsmType cells = VsmType.elements(holders, false);
        checker.expression(column, "labelExpression", Scope.of(cells), OdesignChecker.Expect.TEXT);
        checker.expression(column, "featureParentExpression", Scope.of(cells), OdesignChecker.Expect.CONTEXT);
        checker.expression(column, "canEdit", Scope.of(cells), OdesignChecker.Expect.BOOLEAN);
        styles(column, cells);
        EObject edit = Dyn.ref(column, "directEdit");
        if (edit != null) {
            tableTool(edit, cells, Map.of("element", cells, "lineSemantic", cells, "root", VsmType.element(domain)), null);
        }
    }

    private void intersection(EObject intersection) {
        if (Boolean.TRUE.equals(Dyn.get(intersection, "useDomainClass"))) {
            checker.problem(intersection, "domain-class intersections are not covered by this check");
            return;
        }
        Set<EClass> lineClasses = new LinkedHashSet<>();
        for (EObject line : Dyn.list(intersection, "lineMapping")) {
            if (domainOf(line) != null) {
                lineClasses.add(domainOf(line));
            }
        }
        EObject columnMapping = Dyn.ref(intersection, "columnMapping");
        EClass column = columnMapping == null ? null : domainOf(columnMapping);
        if (lineClasses.isEmpty() || column == null) {
            checker.problem(intersection, "has no typed line or column mapping");
            return;
        }
        VsmType lines = VsmType.elements(lineClasses, false);
        Map<String, VsmType> cellVariables = Map.of("lineSemantic", lines, "columnSemantic", VsmType.element(column),
                "root", VsmType.element(domain), "line", VsmType.VIEW, "column", VsmType.VIEW, "table", VsmType.VIEW);
        Scope finder = Scope.of(lines).withAll(Map.of("lineSemantic", lines, "line", VsmType.VIEW, "root", VsmType.element(domain), "table", VsmType.VIEW));
        checker.elements(intersection, "columnFinderExpression", finder, Set.of(column));
        Scope cell = Scope.of(lines).withAll(cellVariables);
        checker.expression(intersection, "labelExpression", cell, OdesignChecker.Expect.TEXT);
        checker.expression(intersection, "preconditionExpression", cell, OdesignChecker.Expect.BOOLEAN);
        checker.expression(intersection, "canEdit", cell, OdesignChecker.Expect.BOOLEAN);
        styles(intersection, lines);
        EObject edit = Dyn.ref(intersection, "directEdit");
        if (edit != null) {
            tableTool(edit, lines, Map.of("element", lines, "lineSemantic", lines, "columnSemantic", VsmType.element(column),
                    "root", VsmType.element(domain)), null);
        }
        EObject create = Dyn.ref(intersection, "create");
        if (create != null) {
            tableTool(create, lines, Map.of("lineSemantic", lines, "columnSemantic", VsmType.element(column),
                    "root", VsmType.element(domain)), null);
        }
    }

    /** A table tool: its declared variables must be ones Sirius gives it, typed by name; it must create what it says. */
    private void tableTool(EObject tool, VsmType self, Map<String, VsmType> available, EClass mustCreate) {
        Scope scope = Scope.of(self);
        for (EObject variable : Dyn.list(tool, "variables")) {
            String name = (String) Dyn.get(variable, "name");
            VsmType type = available.get(name);
            if (type == null) {
                checker.problem(variable, "Sirius gives this tool no variable '" + name + "'");
            } else {
                scope = scope.with(name, type);
            }
        }
        scope = scope.withAll(OdesignChecker.maskVariables(tool, "arg"));
        if (Dyn.has(tool, "precondition")) {
            checker.expression(tool, "precondition", scope, OdesignChecker.Expect.BOOLEAN);
        }
        Set<EClass> created = new LinkedHashSet<>();
        EObject operation = Dyn.ref(tool, "firstModelOperation");
        if (operation != null) {
            checker.operation(operation, scope, created);
        }
        if (mustCreate != null && created.stream().noneMatch(mustCreate::isSuperTypeOf)) {
            checker.problem(tool, "creates " + OdesignChecker.names(created) + " but its line mapping shows " + mustCreate.getName() + " elements");
        }
    }

    private void styles(EObject mapping, VsmType self) {
        for (String conditional : List.of("foregroundConditionalStyle", "backgroundConditionalStyle")) {
            for (EObject style : Dyn.list(mapping, conditional)) {
                checker.expression(style, "predicateExpression", Scope.of(self), OdesignChecker.Expect.BOOLEAN);
            }
        }
    }
}
