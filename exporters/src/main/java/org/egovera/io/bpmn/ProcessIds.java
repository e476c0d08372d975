package org.egovera.io.bpmn;

/**
 * How imported processes are named in the catalogue. A top-level process is identified by its BPMN id (a
 * re-import of the same id updates it); what it contains is named under it, since BPMN ids are unique only
 * within one file.
 */
public final class ProcessIds {

    public static final String PREFIX = "bpmn.";

    private ProcessIds() {
    }

    public static String process(String processBpmnId) {
        return PREFIX + processBpmnId;
    }

    /** A sub-process or task of the top-level process {@code processBpmnId}. */
    public static String nested(String processBpmnId, String bpmnId) {
        return PREFIX + processBpmnId + "." + bpmnId;
    }
}
