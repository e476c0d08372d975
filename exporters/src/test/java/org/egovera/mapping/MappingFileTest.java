package org.egovera.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.egovera.model.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingFileTest {

    @TempDir
    Path dir;

    @Test
    void linesCarryTheirIdsNotesAndLineNumbers() {
        List<TaskMapping> mappings = MappingFile.read(MappingFixtures.mapping("registration.mapping.csv"));
        assertEquals(3, mappings.size());
        TaskMapping check = mappings.get(1);
        assertEquals(new ProcessTasks.TaskKey("Reg", "B"), check.key());
        assertEquals(List.of("DPS1"), check.services());
        assertEquals(List.of("ABB1"), check.buildingBlocks());
        assertNull(check.note());
        assertEquals(4, check.line());
        TaskMapping paper = mappings.get(2);
        assertTrue(paper.mapsNothing());
        assertEquals("Done on paper by the registration office.", paper.note());
    }

    @Test
    void writtenFilesReadBackTheSame() throws IOException {
        List<TaskMapping> mappings = List.of(
                new TaskMapping("P", "T1", "Name, with a comma", List.of("S1", "S2"), List.of("A1"), null, 0),
                new TaskMapping("P", "T2", null, List.of(), List.of(), "No \"IT\" support", 0));
        Path file = dir.resolve("out.mapping.csv");
        MappingFile.write(file, mappings);
        List<TaskMapping> read = MappingFile.read(file);
        assertEquals(2, read.size());
        assertEquals(mappings.get(0).taskName(), read.get(0).taskName());
        assertEquals(mappings.get(0).services(), read.get(0).services());
        assertEquals(mappings.get(1).note(), read.get(1).note());
        StringWriter text = new StringWriter();
        MappingFile.write(text, mappings);
        assertTrue(text.toString().startsWith(MappingFile.HEADER + "\n"), text.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate-line.mapping.csv | 4 | task Reg/A is mapped again (first on line 2)
            malformed.mapping.csv      | 3 | malformed CSV: Missing closing quote
            bad-header.mapping.csv     | 1 | unknown column 'service'
            """)
    void badFilesAreOneLineErrorsWithTheLine(String name, int line, String message) {
        Path file = MappingFixtures.mapping(name);
        InputException failure = assertThrows(InputException.class, () -> MappingFile.read(file));
        assertEquals(line, failure.line(), failure.oneLine());
        assertTrue(failure.getMessage().startsWith(message), failure.oneLine());
        assertTrue(failure.oneLine().startsWith(file + ":" + line), failure.oneLine());
    }

    @Test
    void aMissingFileIsAnInputError() {
        InputException failure = assertThrows(InputException.class, () -> MappingFile.read(dir.resolve("none.csv")));
        assertTrue(failure.getMessage().contains("no such mapping file"), failure.oneLine());
    }
}
