package org.egovera.io.archicsv;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.egovera.model.io.InputException;

/**
 * Archi's CSV format: the names of its three files and their columns, and the reading and writing
 * of rows (every field quoted, quotes doubled, rows separated by CR LF, fields may span lines).
 */
final class ArchiCsv {

    static final String ELEMENTS = "elements.csv";
    static final String RELATIONS = "relations.csv";
    static final String PROPERTIES = "properties.csv";
    static final List<String> ELEMENTS_HEADER = List.of("ID", "Type", "Name", "Documentation", "Specialization");
    static final List<String> RELATIONS_HEADER = List.of("ID", "Type", "Name", "Documentation", "Source", "Target", "Specialization");
    static final List<String> PROPERTIES_HEADER = List.of("ID", "Key", "Value");
    static final String MODEL_TYPE = "ArchimateModel";
    static final String RELATIONSHIP_SUFFIX = "Relationship";
    static final String JUNCTION = "Junction";

    // relationship and junction attributes, which Archi writes as properties
    static final String ACCESS_TYPE = "Access_Type";
    static final String INFLUENCE_STRENGTH = "Influence_Strength";
    static final String DIRECTED = "Directed";
    static final String JUNCTION_TYPE = "Junction_Type";
    static final String JUNCTION_AND = "And";
    static final String JUNCTION_OR = "Or";

    private static final String CRLF = "\r\n";

    /** A row and the line it starts on. */
    record Row(List<String> fields, int line) {
        String get(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    private ArchiCsv() {
    }

    /** Writes the header, then each row on its own line. */
    static void write(Writer out, List<String> header, List<List<String>> rows) throws IOException {
        writeRow(out, header);
        for (List<String> row : rows) {
            out.write(CRLF);
            writeRow(out, row);
        }
    }

    private static void writeRow(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String field = fields.get(i) == null ? "" : fields.get(i);
            out.write('"');
            out.write(field.replace("\"", "\"\""));
            out.write('"');
        }
    }

    /**
     * Parses a whole file: the first row is the header. The delimiter (comma, semicolon or tab) is
     * taken from the header; a byte-order mark is ignored.
     */
    static List<Row> read(String text, Path file) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char delimiter = delimiterOf(content);
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                quoteLine = line;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                rows.add(new Row(List.copyOf(fields), rowLine));
                fields.clear();
                field.setLength(0);
                fieldStarted = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new InputException(file, quoteLine, 0, "a quoted field is never closed", null);
        }
        if (fieldStarted || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(List.copyOf(fields), rowLine));
        }
        rows.removeIf(row -> row.fields().size() == 1 && row.fields().get(0).isEmpty());
        return rows;
    }

    private static char delimiterOf(String content) {
        int end = content.indexOf('\n');
        String header = end < 0 ? content : content.substring(0, end);
        if (header.contains("\"ID\";") || header.startsWith("ID;")) {
            return ';';
        }
        if (header.contains("\"ID\"\t") || header.startsWith("ID\t")) {
            return '\t';
        }
        return ',';
    }
}
