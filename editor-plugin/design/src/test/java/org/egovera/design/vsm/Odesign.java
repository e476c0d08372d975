package org.egovera.design.vsm;

import java.nio.file.Path;

/** Where the viewpoint description of the design bundle is, relative to the module. */
public final class Odesign {

    public static final Path PATH = Path.of("description", "egovera.odesign");

    private Odesign() {
    }
}
