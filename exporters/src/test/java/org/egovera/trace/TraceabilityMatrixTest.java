package org.egovera.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.egovera.model.Catalogue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TraceabilityMatrixTest {

    private final Catalogue catalogue = TraceFixtures.mappedCatalogue();

    @Test
    void cellsTellDirectFromThroughAService() {
        TraceabilityMatrix matrix = TraceabilityMatrix.of(catalogue, false);
        assertEquals(List.of("ABB1"), matrix.columns().stream().map(TraceabilityMatrix.Column::id).toList());
        assertEquals(5, matrix.rows().size());
        assertEquals(Map.of("ABB1", TraceabilityMatrix.Cell.THROUGH_SERVICE), row(matrix, "A").cells());
        assertEquals(Map.of("ABB1", TraceabilityMatrix.Cell.BOTH), row(matrix, "B").cells());
        assertEquals(Map.of("ABB1", TraceabilityMatrix.Cell.DIRECT), row(matrix, "R1").cells());
        assertEquals(3, matrix.columns().get(0).tasks());
        assertEquals(2, matrix.columns().get(0).processes());
        assertEquals(Map.of(), row(TraceabilityMatrix.of(catalogue, true), "A").cells());
    }

    @Test
    void csvHasATaskPerLineAndAnAbbPerColumn() throws IOException {
        StringWriter csv = new StringWriter();
        MatrixCsv.write(TraceabilityMatrix.of(catalogue, false), csv);
        List<String> lines = csv.toString().lines().toList();
        assertEquals("process,process_name,task,task_name,kind,ABB1", lines.get(0));
        assertEquals("Reg,\"Tax administration\",B,\"Check business register\",serviceTask,\"D+S\"", lines.get(2));
        assertEquals(6, lines.size());
    }

    @Test
    void htmlIsOneSelfContainedEscapedPage() throws IOException {
        TraceFixtures.task(catalogue, "Reg", "A").setName("Apply <b>now</b> & pay");
        StringWriter html = new StringWriter();
        MatrixHtml.write(TraceabilityMatrix.of(catalogue, false), "Matrix", html);
        Document page = Jsoup.parse(html.toString());
        assertTrue(page.select("script[src], link[href], img[src], iframe").isEmpty(), "nothing is fetched");
        assertFalse(html.toString().contains("<b>now</b>"), "names are escaped");
        assertEquals(5, page.select("tbody tr.task").size());
        assertEquals("D+S", page.select("tbody tr.task").get(1).select("td.c").text());
        assertTrue(page.select("th.abb").attr("title").startsWith("ABB1 "), page.select("th.abb").toString());
    }

    private static TraceabilityMatrix.Row row(TraceabilityMatrix matrix, String task) {
        return matrix.rows().stream().filter(row -> row.task().equals(task)).findFirst().orElseThrow();
    }
}
