package org.egovera.mapping;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.egovera.model.io.AtomicFiles;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Suggestions as a CSV file for review: one line a candidate. To accept one, copy its id into the
 * {@code services} or {@code building_blocks} cell of the task's line in the mapping file.
 */
public final class SuggestionFile {

    public static final List<String> COLUMNS = List.of("process", "task", "task_name", "kind", "rank", "candidate",
            "candidate_name", "score", "reason");

    private static final CsvMapper CSV = new CsvMapper();

    private SuggestionFile() {
    }

    public static void write(Path file, List<Suggestion> suggestions) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(writer, suggestions);
            writer.flush();
        });
    }

    public static void write(Writer out, List<Suggestion> suggestions) throws IOException {
        CsvSchema schema = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING).build().withHeader();
        List<List<String>> rows = suggestions.stream().map(suggestion -> List.of(suggestion.process(), suggestion.task(),
                suggestion.taskName() == null ? "" : suggestion.taskName(), suggestion.kind().label(),
                Integer.toString(suggestion.rank()), suggestion.candidate(),
                suggestion.candidateName() == null ? "" : suggestion.candidateName(), Double.toString(suggestion.score()),
                suggestion.reason())).toList();
        String text = CSV.writer(schema).writeValueAsString(rows);
        out.write(text);
    }
}
