package org.egovera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.egovera.generate.CatalogueLayout;
import org.egovera.generate.GeneratorSettings;
import org.egovera.generate.Preset;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.validation.CatalogueValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAValidCatalogueAndSaysHowBig() {
        Path file = dir.resolve("small.egovera");
        CommandRun run = CommandRun.of("generate", "--preset", "small", "-o", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(file + ": 1,150 elements, "), run.out());
        assertFalse(CatalogueValidation.validate(CatalogueStore.load(file)).hasErrors());
    }

    @Test
    void optionsReplaceThePresetsValues() throws IOException {
        Path file = dir.resolve("custom.egovera");
        CommandRun run = CommandRun.of("generate", "--json", "--member-states", "5", "--abbs", "40", "--sbbs-per-abb", "2",
                "--processes", "3", "--tasks-per-process", "4", "--seed", "9", "-o", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        long expected = CatalogueLayout.of(new GeneratorSettings(5, 40, 2, 3, 4, 9)).expectedElements();
        assertEquals(expected, report.get("elements").asLong());
        assertEquals(12, report.at("/elementsByClass/Task").asInt());
        assertEquals(80, report.at("/elementsByClass/SolutionBuildingBlock").asInt());
        assertEquals(5, report.at("/elementsByClass/MemberState").asInt());
        assertEquals(Files.size(file), report.get("bytes").asLong());
    }

    @Test
    void impossibleSettingsAreAUsageError() {
        CommandRun run = CommandRun.of("generate", "--member-states", "28", "-o", dir.resolve("x.egovera").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--member-states must be between 1 and 27"), run.err());
        assertFalse(Files.exists(dir.resolve("x.egovera")));
    }

    @Test
    void unknownPresetIsAUsageError() {
        CommandRun run = CommandRun.of("generate", "--preset", "huge", "-o", dir.resolve("x.egovera").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("unknown preset 'huge'"), run.err());
    }

    @Test
    void anUnwritableOutputIsReportedInOneLine() throws IOException {
        Path blocked = dir.resolve("file");
        Files.writeString(blocked, "not a directory");
        Path output = blocked.resolve("out.egovera");
        CommandRun run = CommandRun.of("generate", "-o", output.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("egovera: " + output + ": cannot write"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void staysQuietWhenStandardErrorIsNotATerminal() throws Exception {
        Path file = dir.resolve("quiet.egovera");
        Process process = new ProcessBuilder(javaCommand("generate", "-o", file.toString()))
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("err.txt")));
        assertEquals("", Files.readString(dir.resolve("err.txt")));
        assertTrue(Files.readString(dir.resolve("out.txt")).contains("1,150 elements"));
    }

    @Test
    void drawsAProgressBarOnATerminal() throws Exception {
        Path script = Path.of("/usr/bin/script");
        assumeTrue(Files.isExecutable(script), "needs script(1) to run under a pseudo-terminal");
        Path file = dir.resolve("bar.egovera");
        String command = String.join(" ", javaCommand("generate", "--preset", "medium", "-o", file.toString()).stream()
                .map(argument -> "'" + argument + "'").toList());
        Process process = new ProcessBuilder(script.toString(), "-qec", command, "/dev/null")
                .redirectOutput(dir.resolve("tty.txt").toFile())
                .redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String screen = Files.readString(dir.resolve("tty.txt"));
        assertEquals(0, process.exitValue(), screen);
        assertTrue(screen.contains("Generating " + CatalogueLayout.of(Preset.MEDIUM.settings()).expectedElements() + " elements [")
                && screen.contains("100%"), screen);
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Egovera.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
