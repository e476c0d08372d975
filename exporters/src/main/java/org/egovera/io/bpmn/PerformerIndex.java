package org.egovera.io.bpmn;

import java.util.HashMap;
import java.util.Map;

/**
 * Who performs each flow node of a process: the innermost named lane that holds it. Unnamed lanes pass
 * their parent's name down; nodes in no lane (and everything inside a sub-process placed in a lane) take
 * the performer of what encloses them, up to the pool.
 */
final class PerformerIndex {

    private final Map<String, String> laneOfNode = new HashMap<>();

    PerformerIndex(BpmnProcess process) {
        index(process);
    }

    private void index(BpmnProcess process) {
        for (BpmnLane lane : process.lanes()) {
            index(lane, null);
        }
        for (BpmnProcess subProcess : process.subProcesses()) {
            index(subProcess);
        }
    }

    private void index(BpmnLane lane, String inherited) {
        String name = lane.name() != null ? lane.name() : inherited;
        if (name != null) {
            for (String node : lane.flowNodeRefs()) {
                laneOfNode.put(node, name);
            }
        }
        for (BpmnLane child : lane.children()) {
            index(child, name);
        }
    }

    /** The performer of a node, or {@code enclosing} where no lane holds it. */
    String performerOf(String nodeId, String enclosing) {
        return laneOfNode.getOrDefault(nodeId, enclosing);
    }
}
