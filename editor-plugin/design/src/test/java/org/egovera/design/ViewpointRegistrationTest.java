package org.egovera.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ViewpointRegistrationTest {

    private final ViewpointRegistry registry = ViewpointRegistry.getInstance();

    @AfterEach
    void reset() {
        registry.reset();
    }

    @Test
    void registersTheDescriptionByBundlePathAndDisposesWhatItContributed() throws Exception {
        ViewpointRegistration registration = ViewpointRegistration.register(Activator.ODESIGN_PATH, getClass().getClassLoader());
        assertEquals(List.of("org.egovera.design/description/egovera.odesign"), registry.registered);
        assertEquals(1, registration.size());
        registration.dispose();
        assertEquals(List.of("viewpoint of org.egovera.design/description/egovera.odesign"), registry.disposed);
    }

    @Test
    void theRegisteredPathIsTheDescriptionInTheBundle() {
        String inBundle = Activator.ODESIGN_PATH.substring(Activator.PLUGIN_ID.length() + 1);
        assertTrue(Files.isRegularFile(Path.of(inBundle)), inBundle + " exists in the bundle");
    }

    @Test
    void aDescriptionThatContributesNothingIsAnError() {
        registry.registerNothing = true;
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> ViewpointRegistration.register(Activator.ODESIGN_PATH, getClass().getClassLoader()));
        assertTrue(error.getMessage().contains("no viewpoint"), error.getMessage());
    }

    @Test
    void withoutSiriusTheRegistryIsNotFound() {
        ClassLoader withoutSirius = new ClassLoader(null) {
        };
        assertThrows(ClassNotFoundException.class, () -> ViewpointRegistration.register(Activator.ODESIGN_PATH, withoutSirius));
    }

    @Test
    void aFailureInsideTheRegistryIsDescribedByItsCause() {
        Exception wrapped = new InvocationTargetException(new IllegalStateException("odesign not found"));
        assertEquals("IllegalStateException: odesign not found", ViewpointRegistration.describe(wrapped));
    }
}
