package org.egovera.io.bpmn;

import java.util.List;

/**
 * What an import did: per file, what it held; per process, whether it is new or updated, which tasks came,
 * went (with the mapping they lose) or were renamed, and how many mappings were kept; and what deserves a
 * look (calls to processes not in the catalogue, a process taken from another file than before).
 */
public record ImportReport(List<FileSummary> files, List<ProcessChange> processes, List<String> warnings) {

    /** One file: its processes and, counted over them and everything nested, tasks, call activities, sub-processes and lanes. */
    public record FileSummary(String file, String exporter, int processes, long tasks, long callActivities,
            long subProcesses, long lanes) {
    }

    /** One top-level process of the catalogue after the import. */
    public record ProcessChange(String id, String bpmnId, String name, boolean added, List<String> tasksAdded,
            List<RemovedTask> tasksRemoved, List<RenamedTask> tasksRenamed, int mappingsKept) {
    }

    /** A task the new file no longer has, with the mapping that goes with it. */
    public record RemovedTask(String bpmnId, String name, List<String> services, List<String> buildingBlocks) {

        public boolean wasMapped() {
            return !services.isEmpty() || !buildingBlocks.isEmpty();
        }
    }

    public record RenamedTask(String bpmnId, String oldName, String newName) {
    }

    public long removedMappings() {
        return processes.stream().flatMap(process -> process.tasksRemoved().stream()).filter(RemovedTask::wasMapped).count();
    }
}
