package org.egovera.design.vsm;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;

/**
 * What an expression or a variable of the viewpoint description holds: elements of our metamodel (one or a
 * collection, of one of several classes), one of Sirius' view objects, an object of unknown class, a Java
 * value (text, truth value, enumeration literal), or a literal text.
 */
public record VsmType(Kind kind, Set<EClass> classes, Class<?> data, boolean many) {

    public enum Kind {
        ELEMENTS, VIEW, ANY_OBJECT, DATA, LITERAL
    }

    public static final VsmType VIEW = new VsmType(Kind.VIEW, Set.of(), null, false);
    public static final VsmType ANY_OBJECT = new VsmType(Kind.ANY_OBJECT, Set.of(), null, false);
    public static final VsmType LITERAL = new VsmType(Kind.LITERAL, Set.of(), String.class, false);
    public static final VsmType STRING = data(String.class);

    public static VsmType elements(Set<EClass> classes, boolean many) {
        return new VsmType(Kind.ELEMENTS, Set.copyOf(new LinkedHashSet<>(classes)), null, many);
    }

    public static VsmType element(EClass eClass) {
        return elements(Set.of(eClass), false);
    }

    public static VsmType data(Class<?> type) {
        return new VsmType(Kind.DATA, Set.of(), box(type), false);
    }

    public boolean isElements() {
        return kind == Kind.ELEMENTS;
    }

    public boolean isBoolean() {
        return kind == Kind.DATA && data == Boolean.class;
    }

    /** True for anything Sirius can show as text: strings, literals, numbers, enumeration literals. */
    public boolean isText() {
        return kind == Kind.LITERAL || kind == Kind.DATA && (data == String.class || data.isEnum() || Number.class.isAssignableFrom(data));
    }

    /** The same type, one element at a time (what an iterator over it yields). */
    public VsmType single() {
        return new VsmType(kind, classes, data, false);
    }

    static Class<?> box(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == int.class) {
            return Integer.class;
        }
        return type;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ELEMENTS -> (many ? "collection of " : "") + classes.stream().map(EClass::getName).sorted().collect(Collectors.joining("|"));
            case DATA -> data.getSimpleName();
            default -> kind.name().toLowerCase();
        };
    }
}
