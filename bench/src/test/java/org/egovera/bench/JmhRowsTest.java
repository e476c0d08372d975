package org.egovera.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.egovera.bench.JmhRows.Measurement;
import org.junit.jupiter.api.Test;

class JmhRowsTest {

    private static final String IO = CatalogueIoBench.class.getName() + ".";

    @Test
    void oursStandsBesideTheBaselineOfTheSameOperationAndSize() {
        List<Row> rows = JmhRows.rows(List.of(
                measurement(IO + "loadXmi", "small", 30, 6.0),
                measurement(IO + "loadBinary", "small", 10, 5.0),
                measurement(IO + "loadXmi", "large", 3000, 400.0),
                measurement(IO + "loadBinary", "large", 1000, 300.0)));
        assertEquals(2, rows.size());
        Row large = rows.get(1);
        assertEquals("XMI load", large.operation());
        assertEquals("large (101,236)", large.size());
        assertEquals(3.0, large.ratio(), 1e-9);
        assertEquals("EMF binary resource", large.baselineWhat());
        assertEquals(400.0, large.peakHeapMb());
        assertEquals(300.0, large.baselinePeakHeapMb());
    }

    @Test
    void oneBaselineCanServeSeveralOperations() {
        String bpmn = BpmnImportBenchmark.class.getName() + ".";
        Map<String, String> size = Map.of("processes", "20", "tasksPerProcess", "1000");
        List<Row> rows = JmhRows.rows(List.of(
                new Measurement(bpmn + "plainStax", size, 100, 1, "ms/op", null),
                new Measurement(bpmn + "readBpmn", size, 250, 1, "ms/op", null),
                new Measurement(bpmn + "importIntoEmptyCatalogue", size, 900, 1, "ms/op", null)));
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("BPMN read", rows.get(0).operation());
        assertEquals(2.5, rows.get(0).ratio(), 1e-9);
        assertEquals("BPMN import", rows.get(1).operation());
        assertEquals(9.0, rows.get(1).ratio(), 1e-9);
        assertEquals("processes=20 tasksPerProcess=1000", rows.get(1).size());
    }

    @Test
    void aMethodCanBeOursForOneOperationAndTheBaselineOfAnother() {
        List<Row> rows = JmhRows.rows(List.of(
                measurement(IO + "saveXmi", "large", 170, 80.0),
                measurement(GeneratorBench.class.getName() + ".generate", "large", 140, 7.0)));
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("XMI save", rows.get(0).operation());
        assertNull(rows.get(0).baseline());
        assertEquals("generate", rows.get(1).operation());
        assertEquals(170.0, rows.get(1).baseline());
        assertEquals(80.0, rows.get(1).baselinePeakHeapMb());
    }

    @Test
    void aBaselineWithoutItsOwnSideIsReportedAsSuch() {
        List<Row> rows = JmhRows.rows(List.of(measurement(IO + "saveBinary", "medium", 12, null)));
        assertEquals(1, rows.size());
        assertEquals("XMI save (baseline only)", rows.get(0).operation());
        assertNull(rows.get(0).ratio());
    }

    @Test
    void anUnannotatedBenchmarkIsNamedAfterItsClassAndMethod() {
        List<Row> rows = JmhRows.rows(List.of(new Measurement("org.example.QueryBench.sharingCandidates", Map.of(), 4, 0.1, "ms/op", null)));
        assertEquals("QueryBench.sharingCandidates", rows.get(0).operation());
        assertEquals("-", rows.get(0).size());
        assertNull(rows.get(0).baseline());
    }

    @Test
    void targetsAreJudgedOnTheRatio() {
        Row met = new Row("RDF export", "large", 140, 1, "RIOT", 100.0, 1.5, null, null, "ms/op", null);
        Row missed = new Row("RDF export", "large", 160, 1, "RIOT", 100.0, 1.5, null, null, "ms/op", null);
        assertTrue(met.targetMet());
        assertEquals(false, missed.targetMet());
        assertTrue(Report.text(List.of(met, missed)).contains("<= 1.50 MISSED"));
    }

    private static Measurement measurement(String benchmark, String preset, double score, Double heap) {
        return new Measurement(benchmark, Map.of("preset", preset), score, score / 10, "ms/op", heap);
    }
}
