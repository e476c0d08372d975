package org.egovera.io.bpmn;

/** A pool of a collaboration; {@code processRef} is null for a black-box pool. */
public record BpmnParticipant(String id, String name, String processRef) {
}
