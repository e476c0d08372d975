package org.egovera.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ReportTest {

    private static final Row ROW = new Row("XMI load", "large (101,236)", 1523.4, 12, "EMF binary resource", 480.2, null, 410.0,
            260.5, "ms/op", null);

    @TempDir
    Path dir;

    @Test
    void numbersKeepThreeFigures() {
        assertEquals("0.482", Report.number(0.4821));
        assertEquals("12.3", Report.number(12.34));
        assertEquals("1,523", Report.number(1523.4));
    }

    @Test
    void textTableHasOneLineARowUnderTheHeader() {
        String[] lines = Report.text(List.of(ROW)).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("operation"));
        assertTrue(lines[1].matches("XMI load\\s+large \\(101,236\\)\\s+1,523 ms\\s+480 ms \\(EMF binary resource\\)\\s+3\\.17\\s+-\\s+410 MB / 261 MB\\s*"),
                lines[1]);
    }

    @Test
    void markdownIsATable() {
        String markdown = Report.markdown(List.of(ROW));
        assertTrue(markdown.startsWith("| operation | size | ours | baseline | ratio | target | peak heap |\n|---|---|---:|"), markdown);
        assertTrue(markdown.contains("| XMI load | large (101,236) | 1,523 ms |"), markdown);
    }

    @Test
    void jsonHoldsTheRowsAndRatios() throws IOException {
        Path file = dir.resolve("r.json");
        Report.writeJson(file, new Report.Document("2026-01-01T00:00:00Z", 9.5, Map.of("processors", "2"), List.of(ROW), List.of("n")));
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertEquals(1523.4, json.at("/rows/0/ours").asDouble(), 1e-9);
        assertEquals(1523.4 / 480.2, json.at("/rows/0/ratio").asDouble(), 1e-9);
        assertEquals("2", json.at("/machine/processors").asText());
    }
}
