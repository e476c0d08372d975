package org.egovera.io.bpmn;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The BPMN files under {@code src/test/resources/org/egovera/io/bpmn}. */
final class BpmnFixtures {

    private BpmnFixtures() {
    }

    static Path file(String name) {
        try {
            return Path.of(BpmnFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + name, e);
        }
    }
}
