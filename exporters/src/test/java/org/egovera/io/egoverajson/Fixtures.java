package org.egovera.io.egoverajson;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The test files of this package, under {@code src/test/resources/org/egovera/io/egoverajson}. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String relative) {
        try {
            return Path.of(Fixtures.class.getResource(relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + relative, e);
        }
    }
}
