package org.egovera.trace;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** A trace as a text tree for people and as CSV (one line a node, with its depth and parent) for sheets. */
public final class TraceFormats {

    public static final List<String> CSV_COLUMNS = List.of("depth", "relation", "kind", "id", "name", "context", "parent", "repeated");

    private TraceFormats() {
    }

    public static void text(TraceReport report, PrintWriter out) {
        out.println(report.root().label());
        List<TraceNode> children = report.root().children();
        for (int i = 0; i < children.size(); i++) {
            text(children.get(i), "", i == children.size() - 1, out);
        }
        out.println();
        out.println(report.direction().equals("impact") ? "Affected:" : "Relies on:");
        report.reached().forEach((kind, ids) -> {
            if (!ids.isEmpty() && !(ids.size() == 1 && ids.get(0).equals(report.root().id()))) {
                out.printf("  %-14s %4d  %s%n", kind, ids.size(), String.join(", ", ids));
            }
        });
        out.flush();
    }

    private static void text(TraceNode node, String indent, boolean last, PrintWriter out) {
        out.println(indent + (last ? "└─ " : "├─ ") + node.label());
        String childIndent = indent + (last ? "   " : "│  ");
        for (int i = 0; i < node.children().size(); i++) {
            text(node.children().get(i), childIndent, i == node.children().size() - 1, out);
        }
    }

    public static void csv(TraceReport report, Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows(report.root(), 0, null, rows);
        CsvSchema schema = CsvSchema.builder().addColumns(CSV_COLUMNS, CsvSchema.ColumnType.STRING).build().withHeader();
        out.write(new CsvMapper().writer(schema).writeValueAsString(rows));
        out.flush();
    }

    private static void rows(TraceNode node, int depth, String parent, List<List<String>> rows) {
        rows.add(List.of(Integer.toString(depth), orEmpty(node.relation()), node.kind(), node.id(), orEmpty(node.name()),
                orEmpty(node.context()), orEmpty(parent), Boolean.toString(node.repeated())));
        node.children().forEach(child -> rows(child, depth + 1, node.id(), rows));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
