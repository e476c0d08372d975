package org.egovera.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine;

/**
 * The run the build records the class-data sharing archive from (see the cli pom): the everyday
 * commands, in one JVM, with their output thrown away. A command that fails (the shipped catalogue
 * missing from a partial build, say) still loads most of its classes, which is all that matters here.
 */
final class ClassDataSharingTraining {

    /** The system property that makes {@link Egovera#main} train instead of running a command. */
    static final String PROPERTY = "egovera.classDataSharingTraining";

    private ClassDataSharingTraining() {
    }

    static void run() throws IOException {
        Path directory = Files.createTempDirectory("egovera-training");
        Path generated = directory.resolve("small.egovera");
        try {
            for (List<String> args : List.of(
                    List.of("--version"),
                    List.of("--help"),
                    List.of("stats"),
                    List.of("stats", "--json"),
                    List.of("validate"),
                    List.of("validate", "--json"),
                    List.of("generate", "--preset", "small", "-o", generated.toString()),
                    List.of("stats", generated.toString()))) {
                CommandLine commandLine = Egovera.newCommandLine();
                commandLine.setOut(new PrintWriter(Writer.nullWriter()));
                commandLine.setErr(new PrintWriter(Writer.nullWriter()));
                commandLine.execute(args.toArray(String[]::new));
            }
        } finally {
            Files.deleteIfExists(generated);
            Files.deleteIfExists(directory);
        }
    }
}
