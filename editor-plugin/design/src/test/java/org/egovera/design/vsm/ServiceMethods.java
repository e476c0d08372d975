package org.egovera.design.vsm;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.egovera.model.EgoveraPackage;

/**
 * The Java services a viewpoint declares, found by reflection the way Sirius finds them: public methods of
 * the declared classes whose first parameter is the element the service is called on.
 */
public final class ServiceMethods {

    private final List<Class<?>> classes;
    private final Map<Class<?>, EClass> eClassesByInterface = new HashMap<>();

    public ServiceMethods(List<Class<?>> classes) {
        this.classes = List.copyOf(classes);
        for (EClassifier classifier : EgoveraPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                eClassesByInterface.put(eClass.getInstanceClass(), eClass);
            }
        }
    }

    /** Loads the services classes named in the description (their {@code qualifiedClassName}). */
    public static ServiceMethods load(List<String> qualifiedNames) throws ClassNotFoundException {
        List<Class<?>> loaded = new ArrayList<>();
        for (String name : qualifiedNames) {
            loaded.add(Class.forName(name));
        }
        return new ServiceMethods(loaded);
    }

    public List<Class<?>> classes() {
        return classes;
    }

    /** Every method Sirius would register as a service. */
    public List<Method> all() {
        return classes.stream().flatMap(c -> Arrays.stream(c.getMethods()))
                .filter(m -> m.getDeclaringClass() != Object.class)
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() >= 1
                        && EObject.class.isAssignableFrom(m.getParameterTypes()[0]))
                .toList();
    }

    /** The methods of a name and arity (receiver included). */
    public List<Method> named(String name, int parameterCount) {
        return all().stream().filter(m -> m.getName().equals(name) && m.getParameterCount() == parameterCount).toList();
    }

    /**
     * The one method a call resolves to, given what the receiver and the arguments hold; an
     * {@link IllegalArgumentException} says why none or several match.
     */
    public Method resolve(String name, VsmType receiver, List<VsmType> arguments) {
        List<Method> candidates = named(name, arguments.size() + 1);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no service " + name + " with " + arguments.size() + " argument(s) besides the receiver");
        }
        List<Method> matching = new ArrayList<>();
        for (Method method : candidates) {
            Class<?>[] parameters = method.getParameterTypes();
            boolean fits = accepts(parameters[0], receiver);
            for (int i = 0; i < arguments.size() && fits; i++) {
                fits = accepts(parameters[i + 1], arguments.get(i));
            }
            if (fits) {
                matching.add(method);
            }
        }
        if (matching.size() != 1) {
            throw new IllegalArgumentException((matching.isEmpty() ? "no" : "several") + " service " + name + " accept(s) a receiver "
                    + receiver + " and arguments " + arguments + "; candidates: " + candidates.stream().map(ServiceMethods::signature).toList());
        }
        return matching.get(0);
    }

    /** What a service returns, in the description's terms. */
    public VsmType returnType(Method method) {
        Type generic = method.getGenericReturnType();
        if (generic instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return typeOf(element, true);
        }
        return typeOf(method.getReturnType(), false);
    }

    private VsmType typeOf(Class<?> type, boolean many) {
        EClass eClass = eClassesByInterface.get(type);
        if (eClass != null) {
            return VsmType.elements(java.util.Set.of(eClass), many);
        }
        if (EObject.class.isAssignableFrom(type)) {
            return VsmType.ANY_OBJECT;
        }
        return VsmType.data(type);
    }

    private static boolean accepts(Class<?> parameter, VsmType value) {
        return switch (value.kind()) {
            case ELEMENTS -> !value.many() && value.classes().stream().allMatch(c -> parameter.isAssignableFrom(c.getInstanceClass()));
            case VIEW, ANY_OBJECT -> parameter == EObject.class;
            case DATA -> VsmType.box(parameter) == value.data();
            case LITERAL -> parameter == String.class;
        };
    }

    static String signature(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList();
    }
}
