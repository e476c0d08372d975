package org.egovera.report;

import java.nio.file.Path;

/**
 * What a report run wrote.
 *
 * @param pages         HTML pages written
 * @param bytes         bytes of the whole site
 * @param homePageBytes bytes of the home page, which must stay small however large the catalogue
 * @param diagrams      diagrams drawn
 */
public record ReportSummary(Path directory, long pages, long bytes, long homePageBytes, long diagrams) {

    /** The page to open first. */
    public Path homePage() {
        return directory.resolve("index.html");
    }
}
