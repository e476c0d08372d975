package org.egovera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EgoveraTest {

    @Test
    void quickVersionPrintsWhatPicocliPrints() {
        for (String option : new String[] { "--version", "-V" }) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            assertTrue(Egovera.printVersionIfAsked(new String[] { option }, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
            CommandRun run = CommandRun.of(option);
            assertEquals(0, run.exitCode());
            assertEquals(run.out(), bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n")
                    .replace("\n", System.lineSeparator()));
        }
    }

    @Test
    void classDataSharingTrainingRunsTheEverydayCommandsAndLeavesNothingBehind() throws java.io.IOException {
        java.nio.file.Path temporary = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        java.util.Set<java.nio.file.Path> before;
        try (var listing = java.nio.file.Files.list(temporary)) {
            before = listing.filter(path -> path.getFileName().toString().startsWith("egovera-training")).collect(java.util.stream.Collectors.toSet());
        }
        ClassDataSharingTraining.run();
        try (var listing = java.nio.file.Files.list(temporary)) {
            assertEquals(before, listing.filter(path -> path.getFileName().toString().startsWith("egovera-training"))
                    .collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void quickVersionLeavesOtherArgumentsToPicocli() {
        PrintStream unused = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertFalse(Egovera.printVersionIfAsked(new String[] { "stats", "--version" }, unused));
        assertFalse(Egovera.printVersionIfAsked(new String[] { "--version", "extra" }, unused));
        assertFalse(Egovera.printVersionIfAsked(new String[0], unused));
    }
}
