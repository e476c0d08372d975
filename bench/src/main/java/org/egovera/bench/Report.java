package org.egovera.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The benchmark table as text for a terminal, as Markdown for the README, and as JSON for scripts. */
public final class Report {

    /** Everything one run produced, with what it ran on. */
    public record Document(String started, double minutes, Map<String, String> machine, List<Row> rows,
            List<String> notes) {
    }

    private static final String[] HEADERS = { "operation", "size", "ours", "baseline", "ratio", "target", "peak heap" };

    private Report() {
    }

    public static String text(List<Row> rows) {
        List<String[]> cells = rows.stream().map(Report::cells).toList();
        int[] widths = new int[HEADERS.length];
        for (int i = 0; i < HEADERS.length; i++) {
            widths[i] = HEADERS[i].length();
            for (String[] line : cells) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        appendLine(text, HEADERS, widths);
        for (String[] line : cells) {
            appendLine(text, line, widths);
        }
        return text.toString();
    }

    public static String markdown(List<Row> rows) {
        StringBuilder text = new StringBuilder("| ").append(String.join(" | ", HEADERS)).append(" |\n|");
        for (int i = 0; i < HEADERS.length; i++) {
            text.append(i < 2 ? "---|" : "---:|");
        }
        text.append('\n');
        for (Row row : rows) {
            text.append("| ").append(String.join(" | ", cells(row))).append(" |\n");
        }
        return text.toString();
    }

    public static void writeJson(Path file, Document document) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
    }

    static String[] cells(Row row) {
        String unit = row.unit().startsWith("ms") ? "ms" : row.unit().replace("/op", "");
        String ours = number(row.ours()) + " " + unit;
        String baseline = row.baseline() == null ? "-" : number(row.baseline()) + " " + unit
                + (row.baselineWhat() == null ? "" : " (" + row.baselineWhat() + ")");
        Double ratio = row.ratio();
        String target = row.target() == null ? "-"
                : "<= " + number(row.target()) + (Boolean.TRUE.equals(row.targetMet()) ? " met" : " MISSED");
        String heap = row.peakHeapMb() == null ? "-" : number(row.peakHeapMb()) + " MB"
                + (row.baselinePeakHeapMb() == null ? "" : " / " + number(row.baselinePeakHeapMb()) + " MB");
        return new String[] { row.operation(), row.size(), ours, baseline, ratio == null ? "-" : String.format(Locale.ROOT, "%.2f", ratio),
                target, heap };
    }

    /** Three significant figures at most, thousands grouped: 0.482, 12.3, 1,523. */
    static String number(double value) {
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%,.1f" : magnitude >= 1 ? "%,.2f" : "%,.3f";
        return String.format(Locale.ROOT, pattern, value);
    }

    private static void appendLine(StringBuilder text, String[] cells, int[] widths) {
        for (int i = 0; i < cells.length; i++) {
            boolean right = i >= 2 && i <= 4;
            String cell = cells[i];
            String padding = " ".repeat(widths[i] - cell.length());
            text.append(right ? padding + cell : cell + padding).append(i < cells.length - 1 ? "  " : "");
        }
        text.append('\n');
    }
}
