package org.egovera.io.bpmn;

import org.egovera.model.TaskKind;

/**
 * A task or call activity as the file states it. {@code calledElement} is set for call activities only;
 * {@code line} is where the element starts, for messages.
 */
public record BpmnTask(String id, String name, String documentation, TaskKind kind, String calledElement, int line) {

    public boolean isCallActivity() {
        return kind == TaskKind.CALL_ACTIVITY;
    }
}
