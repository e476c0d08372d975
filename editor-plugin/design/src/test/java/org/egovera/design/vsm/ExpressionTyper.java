package org.egovera.design.vsm;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Works out what an allowed expression yields in a scope, failing with the reason when it cannot be evaluated there. */
public final class ExpressionTyper {

    /** Features Sirius' feature interpreter offers on any object. */
    private static final Set<String> SIRIUS_FEATURES = Set.of("eContainer", "eContents", "eAllContents", "eClass", "eCrossReferences");

    private final ServiceMethods services;
    private final List<Method> called = new ArrayList<>();

    public ExpressionTyper(ServiceMethods services) {
        this.services = services;
    }

    /** The services the typed expressions called so far. */
    public List<Method> called() {
        return List.copyOf(called);
    }

    public VsmType type(VsmExpression expression, Scope scope) {
        if (expression instanceof VsmExpression.Feature feature) {
            return featureType(scope.self(), feature.name());
        }
        if (expression instanceof VsmExpression.Variable variable) {
            return scope.variable(variable.name());
        }
        if (expression instanceof VsmExpression.FeaturePath path) {
            VsmType type = scope.self();
            for (String name : path.features()) {
                type = featureType(type, name);
            }
            return type;
        }
        if (expression instanceof VsmExpression.ServiceCall call) {
            VsmType receiver = scope.variable(call.receiver());
            List<VsmType> arguments = call.arguments().stream()
                    .map(argument -> argument.isLiteral() ? VsmType.LITERAL : scope.variable(argument.variable()))
                    .toList();
            Method method = services.resolve(call.service(), receiver, arguments);
            called.add(method);
            return services.returnType(method);
        }
        return VsmType.LITERAL;
    }

    /** What following a feature from elements of a type yields; the feature must exist on every class the type may hold. */
    public static VsmType featureType(VsmType on, String name) {
        if (SIRIUS_FEATURES.contains(name)) {
            return VsmType.ANY_OBJECT;
        }
        if (!on.isElements()) {
            throw new IllegalArgumentException("cannot follow '" + name + "' from " + on + ": not an element of the metamodel");
        }
        Set<EClass> classes = new LinkedHashSet<>();
        Class<?> data = null;
        boolean many = on.many();
        for (EClass eClass : on.classes()) {
            EStructuralFeature feature = eClass.getEStructuralFeature(name);
            if (feature == null) {
                throw new IllegalArgumentException(eClass.getName() + " has no feature '" + name + "'");
            }
            many |= feature.isMany();
            if (feature instanceof EReference reference) {
                classes.add(reference.getEReferenceType());
            } else {
                data = ((EAttribute) feature).getEAttributeType().getInstanceClass();
            }
        }
        if (data != null) {
            if (!classes.isEmpty()) {
                throw new IllegalArgumentException("'" + name + "' is a reference on some of " + on + " and an attribute on others");
            }
            return VsmType.data(data);
        }
        return VsmType.elements(classes, many);
    }
}
