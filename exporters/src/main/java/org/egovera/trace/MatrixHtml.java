package org.egovera.trace;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Entities;

/**
 * The traceability matrix as one self-contained HTML page (styles and the filter script inline, nothing
 * fetched): ABB columns grouped by EIRA view with their names as tooltips and headings, a row per task,
 * counts of tasks and processes per ABB, and a filter on task and process names.
 */
public final class MatrixHtml {

    private static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
            h1{font-size:1.4em;margin:0 0 .3em}
            p.legend span{display:inline-block;min-width:1.4em;padding:0 .2em;text-align:center;margin:0 .2em 0 1em;border:1px solid #999}
            input{margin:.6em 0;padding:.3em;width:24em}
            .wrap{overflow:auto;max-height:80vh;border:1px solid #ccc}
            table{border-collapse:collapse}
            th,td{border:1px solid #ddd;padding:2px 4px}
            thead th{position:sticky;background:#f4f4f4;z-index:1}
            thead tr.views th{top:0}
            thead tr.names th{top:1.9em}
            th.abb{writing-mode:vertical-rl;transform:rotate(180deg);max-height:16em;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-weight:normal;text-align:left}
            td.t,th.t{position:sticky;left:0;background:#fff;min-width:16em}
            thead th.t{z-index:2;background:#f4f4f4}
            td.c{text-align:center;min-width:1.6em}
            .D{background:#2b6cb0;color:#fff}.S{background:#bee3f8}.DS{background:#2c5282;color:#fff}
            tr.count td{background:#f9f9f9;font-size:.85em;text-align:center}
            tr.process td{background:#edf2f7;font-weight:bold}
            """;

    private static final String SCRIPT = """
            document.getElementById('filter').addEventListener('input',function(e){
              var q=e.target.value.toLowerCase();
              document.querySelectorAll('tbody tr.task').forEach(function(r){
                r.style.display=r.textContent.toLowerCase().indexOf(q)<0?'none':'';});});
            """;

    private MatrixHtml() {
    }

    public static void write(TraceabilityMatrix matrix, String title, Writer out) throws IOException {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
        html.append("<p class=\"legend\">").append(matrix.rows().size()).append(" tasks, ").append(matrix.columns().size())
                .append(" ABBs.<span class=\"D\">D</span>mapped directly<span class=\"S\">S</span>through a mapped service")
                .append("<span class=\"DS\">D+S</span>both</p>\n");
        html.append("<input id=\"filter\" type=\"search\" placeholder=\"Filter tasks and processes\">\n<div class=\"wrap\">\n<table>\n<thead>\n");
        header(matrix, html);
        html.append("</thead>\n<tbody>\n");
        String process = null;
        for (TraceabilityMatrix.Row row : matrix.rows()) {
            if (!row.process().equals(process)) {
                process = row.process();
                html.append("<tr class=\"process\"><td class=\"t\" colspan=\"2\">").append(esc(row.processName() == null ? row.process() : row.processName()))
                        .append("</td><td colspan=\"").append(Math.max(1, matrix.columns().size())).append("\"></td></tr>\n");
            }
            html.append("<tr class=\"task\"><td class=\"t\" title=\"").append(esc(row.process() + "/" + row.task())).append("\">")
                    .append(esc(row.taskName())).append("<span hidden> ").append(esc(row.processName())).append("</span></td><td>")
                    .append(esc(row.kind())).append("</td>");
            for (TraceabilityMatrix.Column column : matrix.columns()) {
                TraceabilityMatrix.Cell cell = row.cells().get(column.id());
                if (cell == null) {
                    html.append("<td class=\"c\"></td>");
                } else {
                    html.append("<td class=\"c ").append(cell.code().replace("+", "")).append("\" title=\"").append(esc(column.id() + " " + column.name()))
                            .append("\">").append(cell.code()).append("</td>");
                }
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        out.write(html.toString());
        out.flush();
    }

    private static void header(TraceabilityMatrix matrix, StringBuilder html) {
        Map<String, Integer> views = new LinkedHashMap<>();
        matrix.columns().forEach(column -> views.merge(column.view(), 1, Integer::sum));
        html.append("<tr class=\"views\"><th class=\"t\" rowspan=\"2\">Task</th><th rowspan=\"2\">Kind</th>");
        views.forEach((view, span) -> html.append("<th colspan=\"").append(span).append("\">").append(esc(view)).append("</th>"));
        html.append("</tr>\n<tr class=\"names\">");
        for (TraceabilityMatrix.Column column : matrix.columns()) {
            html.append("<th class=\"abb\" title=\"").append(esc(column.id() + " " + column.name())).append("\">")
                    .append(esc(column.id())).append(' ').append(esc(column.name())).append("</th>");
        }
        html.append("</tr>\n");
        List<String> counts = new ArrayList<>();
        matrix.columns().forEach(column -> counts.add("<td title=\"tasks / processes\">" + column.tasks() + "/" + column.processes() + "</td>"));
        html.append("<tr class=\"count\"><td class=\"t\">tasks / processes relying on it</td><td></td>").append(String.join("", counts)).append("</tr>\n");
    }

    private static String esc(String text) {
        return text == null ? "" : Entities.escape(text);
    }
}
