package org.egovera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Commands that need no RDF do not load Apache Jena: the command line starts as fast as before RDF
 * arrived. Each case runs in a fresh JVM that logs the classes it loads.
 */
class StartupTest {

    @ParameterizedTest
    @ValueSource(strings = { "--help", "stats --help", "validate --help", "query --help", "query --list", "serve --help", "--version" })
    void commandLoadsNoJenaClass(String arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), Egovera.class.getName()));
        command.addAll(List.of(arguments.split(" ")));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        List<String> jena = output.lines().filter(line -> line.contains(" org.apache.jena.")).limit(5).toList();
        assertTrue(jena.isEmpty(), "egovera " + arguments + " loaded " + jena);
        assertTrue(output.contains("org.egovera.cli.Egovera"), "the class log is there");
    }
}
