package org.egovera.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The style sheet and script every page uses, copied from the classpath into {@code assets/}. */
final class Assets {

    static final String[] FILES = { "report.css", "report.js" };

    private Assets() {
    }

    static void write(Site site) throws IOException {
        Path folder = site.root().resolve("assets");
        Files.createDirectories(folder);
        for (String name : FILES) {
            try (InputStream in = Assets.class.getResourceAsStream("assets/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("report asset " + name + " is missing from the classpath");
                }
                site.countFile(Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING));
            }
        }
    }
}
