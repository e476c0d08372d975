package org.egovera.design;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

/**
 * The viewpoints one description file contributed to Sirius' registry. Sirius is not published on Maven
 * Central, so the registry is reached by name through the bundle's class loader (which sees
 * {@code org.eclipse.sirius} through Require-Bundle) rather than compiled against. The calls are those of
 * {@code ViewpointRegistry}'s public API in Sirius 7: {@code getInstance()},
 * {@code registerFromPlugin(String)} and {@code disposeFromPlugin(Viewpoint)}.
 */
final class ViewpointRegistration {

    static final String REGISTRY_CLASS = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry";

    private final Object registry;
    private final Method dispose;
    private final List<Object> viewpoints;

    private ViewpointRegistration(Object registry, Method dispose, List<Object> viewpoints) {
        this.registry = registry;
        this.dispose = dispose;
        this.viewpoints = viewpoints;
    }

    /** Registers the description at {@code path} ({@code bundle-id/path/in/bundle}) and keeps what it contributed. */
    static ViewpointRegistration register(String path, ClassLoader loader) throws ReflectiveOperationException {
        Class<?> registryClass = Class.forName(REGISTRY_CLASS, true, loader);
        Object registry = registryClass.getMethod("getInstance").invoke(null);
        Object registered = registryClass.getMethod("registerFromPlugin", String.class).invoke(registry, path);
        if (!(registered instanceof Set<?> set) || set.isEmpty()) {
            throw new IllegalStateException("Sirius registered no viewpoint from " + path);
        }
        return new ViewpointRegistration(registry, disposeMethod(registryClass), List.copyOf(set));
    }

    /** How many viewpoints the description contributed. */
    int size() {
        return viewpoints.size();
    }

    /** Withdraws every viewpoint this registration contributed. */
    void dispose() throws ReflectiveOperationException {
        for (Object viewpoint : viewpoints) {
            dispose.invoke(registry, viewpoint);
        }
    }

    /** The cause worth reading of a reflective failure: the exception the registry itself threw. */
    static String describe(Throwable failure) {
        Throwable cause = failure instanceof InvocationTargetException invocation && invocation.getCause() != null
                ? invocation.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static Method disposeMethod(Class<?> registryClass) throws NoSuchMethodException {
        for (Method method : registryClass.getMethods()) {
            if (method.getName().equals("disposeFromPlugin") && method.getParameterCount() == 1) {
                return method;
            }
        }
        throw new NoSuchMethodException(REGISTRY_CLASS + ".disposeFromPlugin(Viewpoint)");
    }
}
