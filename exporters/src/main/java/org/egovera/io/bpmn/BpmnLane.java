package org.egovera.io.bpmn;

import java.util.List;

/** A lane: its name, the flow nodes placed in it, and the lanes nested inside it. */
public record BpmnLane(String id, String name, List<String> flowNodeRefs, List<BpmnLane> children) {

    /** This lane and every lane nested in it. */
    public int count() {
        return 1 + children.stream().mapToInt(BpmnLane::count).sum();
    }
}
