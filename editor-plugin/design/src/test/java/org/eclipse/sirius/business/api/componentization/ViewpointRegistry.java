package org.eclipse.sirius.business.api.componentization;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Test double of Sirius' viewpoint registry with the three public methods the design bundle's activator
 * calls, as Sirius 7 declares them ({@code Viewpoint} stands in as {@link Object}). It records the calls so
 * that a test can check what the activator asked for.
 */
public class ViewpointRegistry {

    private static final ViewpointRegistry INSTANCE = new ViewpointRegistry();

    public final List<String> registered = new ArrayList<>();
    public final List<Object> disposed = new ArrayList<>();
    public boolean registerNothing;

    public static ViewpointRegistry getInstance() {
        return INSTANCE;
    }

    public Set<Object> registerFromPlugin(String modelerModelResourcePath) {
        registered.add(modelerModelResourcePath);
        Set<Object> viewpoints = new LinkedHashSet<>();
        if (!registerNothing) {
            viewpoints.add("viewpoint of " + modelerModelResourcePath);
        }
        return viewpoints;
    }

    public void disposeFromPlugin(Object viewpoint) {
        disposed.add(viewpoint);
    }

    public void reset() {
        registered.clear();
        disposed.clear();
        registerNothing = false;
    }
}
