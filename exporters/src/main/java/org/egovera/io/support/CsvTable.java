package org.egovera.io.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.egovera.model.io.InputException;

/** Reads the small reviewed CSV files of the project (a header row, then one row per entry). */
public final class CsvTable {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    /**
     * One row, with the line it ends on.
     *
     * @param values the row's cells by column name; absent cells read as empty text
     * @param line   the line of the row, for messages
     */
    public record Row(Map<String, String> values, int line) {

        public String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    private CsvTable() {
    }

    /** Reads every row; a file without one of {@code requiredColumns} in its header is refused. */
    public static List<Row> read(InputSource source, List<String> requiredColumns) {
        List<Row> rows = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (InputStream in = source.open();
                MappingIterator<Map<String, String>> iterator = MAPPER.readerForMapOf(String.class).with(schema).readValues(in)) {
            while (iterator.hasNextValue()) {
                JsonLocation location = iterator.getCurrentLocation();
                int line = location == null ? 0 : location.getLineNr();
                Map<String, String> values = iterator.nextValue();
                if (rows.isEmpty()) {
                    for (String column : requiredColumns) {
                        if (!values.containsKey(column)) {
                            throw new InputException(source.displayPath(), 1, 0, "the header has no column '" + column + "'", null);
                        }
                    }
                }
                rows.add(new Row(values, line));
            }
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            throw new InputException(source.displayPath(), location == null ? 0 : location.getLineNr(),
                    location == null ? 0 : location.getColumnNr(), "malformed CSV: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(source.displayPath(), "cannot read: " + e.getMessage(), e);
        }
        return rows;
    }
}
