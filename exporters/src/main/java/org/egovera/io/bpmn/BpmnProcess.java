package org.egovera.io.bpmn;

import java.util.List;
import java.util.stream.Stream;

/**
 * A process or a sub-process (embedded, ad-hoc, transaction or event sub-process): its own tasks and call
 * activities, the sub-processes nested in it, and its lanes.
 */
public record BpmnProcess(String id, String name, String documentation, String element, List<BpmnTask> tasks,
        List<BpmnProcess> subProcesses, List<BpmnLane> lanes, int line) {

    /** Every task and call activity here and in nested sub-processes, in document order by level. */
    public Stream<BpmnTask> allActivities() {
        return Stream.concat(tasks.stream(), subProcesses.stream().flatMap(BpmnProcess::allActivities));
    }

    /** Tasks proper (call activities excluded), here and nested. */
    public long taskCount() {
        return allActivities().filter(task -> !task.isCallActivity()).count();
    }

    public long laneCount() {
        return lanes.stream().mapToInt(BpmnLane::count).sum()
                + subProcesses.stream().mapToLong(BpmnProcess::laneCount).sum();
    }
}
