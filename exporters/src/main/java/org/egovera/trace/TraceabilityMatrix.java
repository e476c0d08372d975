package org.egovera.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.egovera.mapping.ProcessTasks;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EiraView;
import org.egovera.model.Task;

/**
 * Tasks against the ABBs they rely on: directly (the task's mapping names the ABB) or through a service
 * the task is mapped to. Columns are the ABBs at least one task relies on, by EIRA view, then by id.
 */
public record TraceabilityMatrix(List<Row> rows, List<Column> columns) {

    public enum Cell {
        DIRECT("D"), THROUGH_SERVICE("S"), BOTH("D+S");

        private final String code;

        Cell(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        Cell with(Cell other) {
            return other == this ? this : BOTH;
        }
    }

    /** A task: its process, its names, and the cell of every ABB it relies on, by ABB id. */
    public record Row(String process, String processName, String task, String taskName, String kind, Map<String, Cell> cells) {
    }

    /** An ABB: its id, name and view, and how many tasks and processes rely on it. */
    public record Column(String id, String name, String view, int tasks, int processes) {
    }

    public static TraceabilityMatrix of(Catalogue catalogue, boolean directOnly) {
        List<Row> rows = new ArrayList<>();
        Map<ArchitectureBuildingBlock, Set<Task>> tasksByBlock = new LinkedHashMap<>();
        Map<ArchitectureBuildingBlock, Set<BusinessProcess>> processesByBlock = new LinkedHashMap<>();
        for (Task task : ProcessTasks.all(catalogue)) {
            BusinessProcess process = ProcessTasks.topProcessOf(task);
            Map<ArchitectureBuildingBlock, Cell> cells = new LinkedHashMap<>();
            task.getSupportingBuildingBlocks().forEach(block -> cells.merge(block, Cell.DIRECT, Cell::with));
            if (!directOnly) {
                for (DigitalPublicService service : task.getSupportingServices()) {
                    service.getUses().forEach(block -> cells.merge(block, Cell.THROUGH_SERVICE, Cell::with));
                }
            }
            Map<String, Cell> byId = new LinkedHashMap<>();
            cells.forEach((block, cell) -> {
                byId.put(block.getId(), cell);
                tasksByBlock.computeIfAbsent(block, key -> new LinkedHashSet<>()).add(task);
                processesByBlock.computeIfAbsent(block, key -> new LinkedHashSet<>()).add(process);
            });
            rows.add(new Row(process.getBpmnId(), process.getName(), task.getBpmnId(), ProcessTasks.label(task),
                    task.getKind() == null ? "" : task.getKind().getLiteral(), byId));
        }
        List<Column> columns = tasksByBlock.keySet().stream()
                .sorted(Comparator.comparing((ArchitectureBuildingBlock block) -> viewOrder(block.getView()))
                        .thenComparing(ArchitectureBuildingBlock::getId, NaturalOrder.IDS))
                .map(block -> new Column(block.getId(), block.getName(), viewName(block.getView()),
                        tasksByBlock.get(block).size(), processesByBlock.get(block).size()))
                .toList();
        return new TraceabilityMatrix(List.copyOf(rows), columns);
    }

    private static int viewOrder(EiraView view) {
        return view == null || view == EiraView.UNSPECIFIED ? Integer.MAX_VALUE : view.getValue();
    }

    private static String viewName(EiraView view) {
        return view == null || view == EiraView.UNSPECIFIED ? "No view" : view.getLiteral();
    }
}
