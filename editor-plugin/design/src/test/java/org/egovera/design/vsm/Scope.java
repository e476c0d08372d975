package org.egovera.design.vsm;

import java.util.HashMap;
import java.util.Map;

/** What an expression may refer to: the context element ({@code self}) and the variables the tool or mapping defines. */
public record Scope(VsmType self, Map<String, VsmType> variables) {

    public Scope {
        variables = Map.copyOf(variables);
    }

    public static Scope of(VsmType self) {
        return new Scope(self, Map.of());
    }

    public Scope withSelf(VsmType newSelf) {
        return new Scope(newSelf, variables);
    }

    public Scope with(String name, VsmType type) {
        Map<String, VsmType> more = new HashMap<>(variables);
        more.put(name, type);
        return new Scope(self, more);
    }

    public Scope withAll(Map<String, VsmType> more) {
        Map<String, VsmType> all = new HashMap<>(variables);
        all.putAll(more);
        return new Scope(self, all);
    }

    public VsmType variable(String name) {
        if ("self".equals(name)) {
            return self;
        }
        VsmType type = variables.get(name);
        if (type == null) {
            throw new IllegalArgumentException("no variable '" + name + "' here (in scope: self" + (variables.isEmpty() ? "" : ", " + String.join(", ", variables.keySet().stream().sorted().toList())) + ")");
        }
        return type;
    }
}
