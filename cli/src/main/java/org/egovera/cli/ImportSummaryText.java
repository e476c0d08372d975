package org.egovera.cli;

import java.io.PrintWriter;

import org.egovera.io.bpmn.ImportReport;
import org.egovera.mapping.MappingLoader;

/** What a BPMN import and a mapping load did, as lines a reviewer reads. */
final class ImportSummaryText {

    private ImportSummaryText() {
    }

    static void print(ImportReport report, PrintWriter out) {
        for (ImportReport.FileSummary file : report.files()) {
            out.printf("%s: %d process(es), %d task(s), %d call activit%s, %d sub-process(es), %d lane(s)%s%n", file.file(),
                    file.processes(), file.tasks(), file.callActivities(), file.callActivities() == 1 ? "y" : "ies",
                    file.subProcesses(), file.lanes(), file.exporter() == null ? "" : " [" + file.exporter() + "]");
        }
        for (ImportReport.ProcessChange change : report.processes()) {
            out.printf("  %s process %s '%s'%n", change.added() ? "added" : "updated", change.bpmnId(), change.name());
            if (!change.added()) {
                if (!change.tasksAdded().isEmpty()) {
                    out.println("    tasks added: " + String.join(", ", change.tasksAdded()));
                }
                for (ImportReport.RenamedTask renamed : change.tasksRenamed()) {
                    out.printf("    task renamed: %s '%s' -> '%s'%n", renamed.bpmnId(), renamed.oldName(), renamed.newName());
                }
                for (ImportReport.RemovedTask removed : change.tasksRemoved()) {
                    out.printf("    task removed: %s '%s'%s%n", removed.bpmnId(), removed.name(), removed.wasMapped()
                            ? " (its mapping is gone: " + String.join(";", removed.services()) + " / " + String.join(";", removed.buildingBlocks()) + ")"
                            : "");
                }
                out.printf("    mappings kept: %d%n", change.mappingsKept());
            }
        }
        report.warnings().forEach(warning -> out.println("warning: " + warning));
    }

    static void print(String title, MappingLoader.LoadReport report, PrintWriter out) {
        out.printf("%s: %d task(s) mapped%n", title, report.applied());
        for (MappingLoader.StaleLine stale : report.stale()) {
            out.printf("warning: %s:%d: no task %s/%s in the catalogue%s; the line was skipped%n", stale.file(), stale.line(),
                    stale.process(), stale.task(), stale.taskName() == null ? "" : " ('" + stale.taskName() + "')");
        }
    }
}
