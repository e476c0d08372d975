package org.egovera.mapping;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.egovera.model.Catalogue;
import org.egovera.model.Element;
import org.egovera.model.Task;
import org.egovera.model.io.AtomicFiles;
import org.egovera.model.io.InputException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The mapping file: CSV with a header, one line a task, reviewed in version control. Columns
 * {@value #HEADER}; ids in a cell are separated by {@code ;}; lines starting with {@code #} are comments.
 */
public final class MappingFile {

    public static final String HEADER = "process,task,task_name,services,building_blocks,note";

    private static final List<String> COLUMNS = Arrays.asList(HEADER.split(","));
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS).build();

    private MappingFile() {
    }

    public static List<TaskMapping> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such mapping file", e);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    public static List<TaskMapping> read(Reader in, Path origin) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments().withColumnReordering(true);
        List<TaskMapping> mappings = new ArrayList<>();
        Map<ProcessTasks.TaskKey, Integer> seen = new HashMap<>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class).with(schema).readValues(in)) {
            checkHeader(rows, origin);
            while (rows.hasNextValue()) {
                int line = rows.getCurrentLocation().getLineNr();
                Map<String, String> row = rows.nextValue();
                TaskMapping mapping = mapping(row, origin, line);
                Integer earlier = seen.putIfAbsent(mapping.key(), line);
                if (earlier != null) {
                    throw new InputException(origin, line, 0, "task " + mapping.key() + " is mapped again (first on line " + earlier + ")", null);
                }
                mappings.add(mapping);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(origin, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "malformed CSV: " + e.getOriginalMessage(), e);
        }
        return mappings;
    }

    private static void checkHeader(MappingIterator<Map<String, String>> rows, Path origin) {
        if (!(rows.getParserSchema() instanceof CsvSchema schema) || schema.size() == 0) {
            return;
        }
        for (String required : List.of("process", "task")) {
            if (schema.column(required) == null) {
                throw new InputException(origin, 1, 0, "the header has no '" + required + "' column (expected " + HEADER + ")", null);
            }
        }
        for (CsvSchema.Column column : schema) {
            if (!COLUMNS.contains(column.getName())) {
                throw new InputException(origin, 1, 0, "unknown column '" + column.getName() + "' (expected " + HEADER + ")", null);
            }
        }
    }

    private static TaskMapping mapping(Map<String, String> row, Path origin, int line) {
        String process = cell(row, "process");
        String task = cell(row, "task");
        if (process == null || task == null) {
            throw new InputException(origin, line, 0, "a mapping line needs both a process and a task id", null);
        }
        return new TaskMapping(process, task, cell(row, "task_name"), ids(cell(row, "services")),
                ids(cell(row, "building_blocks")), cell(row, "note"), line);
    }

    private static String cell(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> ids(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split("[;\\s]+")).filter(id -> !id.isEmpty()).distinct().toList();
    }

    /** Writes mappings (in the order given) through a temporary file. */
    public static void write(Path file, List<TaskMapping> mappings) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(writer, mappings);
            writer.flush();
        });
    }

    public static void write(Writer out, List<TaskMapping> mappings) throws IOException {
        CsvSchema schema = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING).build().withHeader();
        List<List<String>> rows = mappings.stream().map(mapping -> List.of(mapping.process(), mapping.task(),
                orEmpty(mapping.taskName()), String.join(";", mapping.services()), String.join(";", mapping.buildingBlocks()),
                orEmpty(mapping.note()))).toList();
        out.write(CSV.writer(schema).writeValueAsString(rows));
    }

    /** The mapping the catalogue holds now, one line for every task that has one, process by process. */
    public static List<TaskMapping> of(Catalogue catalogue) {
        List<TaskMapping> mappings = new ArrayList<>();
        for (Task task : ProcessTasks.all(catalogue)) {
            if (ProcessTasks.isMapped(task)) {
                mappings.add(new TaskMapping(ProcessTasks.topProcessOf(task).getBpmnId(), task.getBpmnId(), task.getName(),
                        task.getSupportingServices().stream().map(Element::getId).toList(),
                        task.getSupportingBuildingBlocks().stream().map(Element::getId).toList(), task.getMappingNote(), 0));
            }
        }
        return mappings;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
