package org.egovera.mapping;

import java.util.List;

/**
 * One reviewed line of a mapping file: the task (by the BPMN ids of its process and of itself), the name
 * it had when the line was written, the services and ABBs that support it, and a note (required when it
 * maps to nothing, to say why). {@code line} is where it stands in its file, 0 when it has no file.
 */
public record TaskMapping(String process, String task, String taskName, List<String> services,
        List<String> buildingBlocks, String note, int line) {

    public TaskMapping {
        services = List.copyOf(services);
        buildingBlocks = List.copyOf(buildingBlocks);
    }

    public ProcessTasks.TaskKey key() {
        return new ProcessTasks.TaskKey(process, task);
    }

    public boolean mapsNothing() {
        return services.isEmpty() && buildingBlocks.isEmpty();
    }

    public boolean hasNote() {
        return note != null && !note.isBlank();
    }
}
