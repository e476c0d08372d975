package org.egovera.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.egovera.model.BusinessProcess;
import org.egovera.model.Element;
import org.egovera.model.Task;
import org.egovera.trace.SharingAnalysis;
import org.egovera.trace.SharingReport;
import org.egovera.trace.TraceabilityMatrix;

/**
 * The traceability matrix (tasks by the building blocks they rely on), one page per process so that no
 * page grows with the catalogue, and the sharing candidates as a chart and a table. Both are computed by
 * {@code org.egovera.trace}; this class only lays them out.
 */
final class TraceabilityPages {

    static final String INDEX = "trace/index";
    static final String SHARING = "sharing.html";
    /** Candidates the sharing page lists; the chart shows the first of them. */
    static final int CANDIDATES_LISTED = 500;
    static final int CHART_BARS = 20;

    /** The content of one process's matrix page. */
    public record MatrixPage(String heading, String processHref, List<Link> columns, List<MatrixRow> rows) {
    }

    /** A task's row of the matrix. */
    public record MatrixRow(Link task, List<Cell> cells) {
    }

    /** A cell: its code (D, S, D+S) or empty. */
    public record Cell(String text, boolean marked) {
    }

    /** The content of the sharing page. */
    public record SharingPage(int minProcesses, int memberStates, String basis, int total, boolean truncated,
            List<CandidateRow> candidates, String chart, int chartSize) {
    }

    /** One sharing candidate's figures. */
    public record CandidateRow(Link link, String kind, int processes, int tasks, int memberStates, long pointToPoint,
            long central, long saved) {
    }

    private final Site site;
    private final SiteContext context;

    TraceabilityPages(Site site, SiteContext context) {
        this.site = site;
        this.context = context;
    }

    void writeAll() {
        writeMatrix(TraceabilityMatrix.of(context.catalogue(), false));
        writeSharing(SharingAnalysis.of(context.catalogue(), 2, null));
    }

    private void writeMatrix(TraceabilityMatrix matrix) {
        Map<String, BusinessProcess> processes = new HashMap<>();
        Map<String, Task> tasks = new HashMap<>();
        for (var contents = context.catalogue().eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Task task && task.getProcess() != null) {
                BusinessProcess process = task.getProcess();
                tasks.put(key(process.getBpmnId(), task.getBpmnId()), task);
            }
        }
        for (var contents = context.catalogue().eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof BusinessProcess process) {
                processes.putIfAbsent(process.getBpmnId(), process);
            }
        }
        Map<String, List<TraceabilityMatrix.Row>> rowsByProcess = new LinkedHashMap<>();
        matrix.rows().forEach(row -> rowsByProcess.computeIfAbsent(row.process(), key -> new ArrayList<>()).add(row));
        List<ListPage.Row> index = new ArrayList<>();
        for (var entry : rowsByProcess.entrySet()) {
            BusinessProcess process = processes.get(entry.getKey());
            List<TraceabilityMatrix.Row> rows = entry.getValue();
            List<TraceabilityMatrix.Column> columns = matrix.columns().stream()
                    .filter(column -> rows.stream().anyMatch(row -> row.cells().containsKey(column.id()))).toList();
            String name = rows.get(0).processName() == null ? entry.getKey() : rows.get(0).processName();
            String path = "trace/" + SitePaths.fileName(process == null ? entry.getKey() : process.getId()) + ".html";
            List<Link> header = columns.stream().map(column -> {
                Element block = context.elementById(column.id());
                return block == null ? new Link(null, column.name(), column.id(), column.view())
                        : context.link(block, "../", column.view());
            }).toList();
            List<MatrixRow> matrixRows = new ArrayList<>();
            for (TraceabilityMatrix.Row row : rows) {
                Task task = tasks.get(key(row.process(), row.task()));
                Link link = task == null ? new Link(null, row.taskName(), row.task(), null) : context.link(task, "../", null);
                matrixRows.add(new MatrixRow(link, columns.stream().map(column -> {
                    TraceabilityMatrix.Cell cell = row.cells().get(column.id());
                    return new Cell(cell == null ? "" : cell.code(), cell != null);
                }).toList()));
            }
            String processPath = process == null ? null : context.paths().pathOf(process);
            site.write("matrix", path, "Traceability: " + name, "trace",
                    new MatrixPage("Traceability: " + name, processPath == null ? "../index.html" : "../" + processPath,
                            header, matrixRows));
            long mapped = rows.stream().filter(row -> !row.cells().isEmpty()).count();
            index.add(new ListPage.Row(new Link("../" + path, name, process == null ? entry.getKey() : process.getId(), null),
                    List.of(String.valueOf(rows.size()), String.valueOf(mapped), String.valueOf(columns.size()))));
        }
        ListPages.write(site, INDEX, "trace", "Traceability matrix",
                "Each process's tasks against the building blocks they rely on, one matrix per process.", "Process",
                List.of("Tasks", "Tasks relying on a block", "Building blocks"), index);
    }

    private void writeSharing(SharingReport report) {
        List<SharingReport.Candidate> all = report.candidates();
        List<CandidateRow> rows = new ArrayList<>();
        for (SharingReport.Candidate candidate : all.subList(0, Math.min(all.size(), CANDIDATES_LISTED))) {
            Element element = context.elementById(candidate.id());
            Link link = element == null ? new Link(null, candidate.name(), candidate.id(), null)
                    : context.link(element, "", null);
            rows.add(new CandidateRow(link, candidate.kind(), candidate.processCount(), candidate.tasks().size(),
                    candidate.memberStatesUsingSolutions().size(), candidate.pointToPointInterfaces(),
                    candidate.centralInterfaces(), candidate.interfacesSaved()));
        }
        List<CandidateRow> charted = rows.stream()
                .sorted(Comparator.comparingInt(CandidateRow::processes).reversed()).limit(CHART_BARS).toList();
        site.write("sharing", SHARING, "Sharing candidates", "sharing",
                new SharingPage(report.minProcesses(), report.memberStates(), report.memberStatesBasis(), all.size(),
                        all.size() > rows.size(), rows, BarChart.svg("Processes served", charted.stream()
                                .map(row -> new BarChart.Bar(row.link().label(), row.link().href(), row.processes()))
                                .toList()), charted.size()));
    }

    private static String key(String process, String task) {
        return process + "\u0000" + task;
    }
}
