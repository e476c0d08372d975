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
    void quickVersionLeavesOtherArgumentsToPicocli() {
        PrintStream unused = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertFalse(Egovera.printVersionIfAsked(new String[] { "stats", "--version" }, unused));
        assertFalse(Egovera.printVersionIfAsked(new String[] { "--version", "extra" }, unused));
        assertFalse(Egovera.printVersionIfAsked(new String[0], unused));
    }
}
