package org.egovera.design;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Plugin;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.BundleContext;

/**
 * Registers the eGovERA viewpoint with Sirius when the bundle starts and withdraws it when it stops.
 * Sirius activates this class through the {@code org.eclipse.sirius.componentization} extension.
 */
public final class Activator extends Plugin {

    public static final String PLUGIN_ID = "org.egovera.design";

    /** The description file, as Sirius' registry addresses it: bundle id, then path inside the bundle. */
    public static final String ODESIGN_PATH = PLUGIN_ID + "/description/egovera.odesign";

    private ViewpointRegistration registration;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        try {
            registration = ViewpointRegistration.register(ODESIGN_PATH, Activator.class.getClassLoader());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // A failed registration must not take the workbench down: say why and leave the bundle inert.
            getLog().log(new Status(IStatus.ERROR, PLUGIN_ID, "Cannot register the eGovERA viewpoint " + ODESIGN_PATH
                    + " with Sirius: " + ViewpointRegistration.describe(e), e));
        }
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        if (registration != null) {
            registration.dispose();
            registration = null;
        }
        super.stop(context);
    }
}
