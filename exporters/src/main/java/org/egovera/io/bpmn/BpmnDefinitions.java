package org.egovera.io.bpmn;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one BPMN file holds that the catalogue needs: its processes (with their nested content), the pools
 * of its collaborations, the ids of its global tasks, and the tool that wrote it.
 */
public record BpmnDefinitions(Path file, String exporter, List<BpmnProcess> processes,
        List<BpmnParticipant> participants, Set<String> globalTaskIds) {

    /** The pool that shows a process, if any. */
    public Optional<BpmnParticipant> participantOf(String processId) {
        return participants.stream().filter(participant -> processId.equals(participant.processRef())).findFirst();
    }

    public long taskCount() {
        return processes.stream().mapToLong(BpmnProcess::taskCount).sum();
    }

    public long laneCount() {
        return processes.stream().mapToLong(BpmnProcess::laneCount).sum();
    }
}
