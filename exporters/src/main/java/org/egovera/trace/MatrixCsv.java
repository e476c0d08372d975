package org.egovera.trace;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The traceability matrix as CSV: one line a task, one column an ABB (headed by its id), cells {@code D}
 * (mapped directly), {@code S} (through a service) or {@code D+S}.
 */
public final class MatrixCsv {

    private MatrixCsv() {
    }

    public static void write(TraceabilityMatrix matrix, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("process", "process_name", "task", "task_name", "kind"));
        matrix.columns().forEach(column -> header.add(column.id()));
        List<List<String>> rows = new ArrayList<>();
        for (TraceabilityMatrix.Row row : matrix.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.process(), orEmpty(row.processName()), row.task(),
                    orEmpty(row.taskName()), row.kind()));
            for (TraceabilityMatrix.Column column : matrix.columns()) {
                TraceabilityMatrix.Cell cell = row.cells().get(column.id());
                cells.add(cell == null ? "" : cell.code());
            }
            rows.add(cells);
        }
        CsvSchema.Builder schema = CsvSchema.builder();
        header.forEach(schema::addColumn);
        out.write(new CsvMapper().writer(schema.build().withHeader()).writeValueAsString(rows));
        out.flush();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
