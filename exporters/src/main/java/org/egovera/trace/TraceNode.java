package org.egovera.trace;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One element reached by a trace: how it hangs from its parent ({@code relation}), what it is, and what
 * hangs from it. {@code context} adds what a reader needs to place it (the process of a task).
 * {@code repeated} marks an element already expanded on the same path, shown without children.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TraceNode(String relation, String kind, String id, String name, String context, boolean repeated,
        List<TraceNode> children) {

    static TraceNode of(String relation, String kind, String id, String name, String context) {
        return new TraceNode(relation, kind, id, name, context, false, new ArrayList<>());
    }

    TraceNode repeat() {
        return new TraceNode(relation, kind, id, name, context, true, new ArrayList<>());
    }

    TraceNode add(TraceNode child) {
        children.add(child);
        return child;
    }

    /** The label of one line of a text tree. */
    public String label() {
        StringBuilder label = new StringBuilder();
        if (relation != null) {
            label.append(relation).append(": ");
        }
        label.append(kind).append(' ').append(id);
        if (name != null && !name.equals(id)) {
            label.append(" '").append(name).append('\'');
        }
        if (context != null) {
            label.append(" (").append(context).append(')');
        }
        if (repeated) {
            label.append(" [see above]");
        }
        return label.toString();
    }
}
