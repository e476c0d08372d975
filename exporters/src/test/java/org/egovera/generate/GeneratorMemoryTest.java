package org.egovera.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator streams: in a heap too small to load the catalogue it writes, it still writes it.
 * Each half runs in its own JVM with a capped heap.
 */
class GeneratorMemoryTest {

    /** Enough for the JVM and the generator; loading the medium catalogue needs about twice as much. */
    private static final String CAPPED_HEAP = "-Xmx10m";

    @TempDir
    Path dir;

    @Test
    void writesTheMediumCatalogueInAHeapTooSmallToLoadIt() throws Exception {
        Path file = dir.resolve("medium.egovera");
        assertEquals(0, fork("generate", file), "generation in " + CAPPED_HEAP);
        assertEquals(CatalogueLayout.of(Preset.MEDIUM.settings()).expectedElements(),
                Long.parseLong(Files.readString(dir.resolve("generate.out")).trim()));
        assertNotEquals(0, fork("load", file), "loading the same catalogue in " + CAPPED_HEAP + " should fail");
    }

    private int fork(String action, Path file) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), CAPPED_HEAP, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), CappedHeapRun.class.getName(), action, file.toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(action + ".out").toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(action + " did not finish within a minute");
        }
        return process.exitValue();
    }
}
