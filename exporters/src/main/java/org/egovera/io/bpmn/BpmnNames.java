package org.egovera.io.bpmn;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.egovera.model.TaskKind;

/** Every BPMN 2.0 name the reader acts on, and the tables that map them, in one place. */
public final class BpmnNames {

    /** The namespace of BPMN 2.0 semantic elements (the "MODEL" schema). */
    public static final String MODEL_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static final String DEFINITIONS = "definitions";
    public static final String PROCESS = "process";
    public static final String COLLABORATION = "collaboration";
    public static final String PARTICIPANT = "participant";
    public static final String LANE_SET = "laneSet";
    public static final String CHILD_LANE_SET = "childLaneSet";
    public static final String LANE = "lane";
    public static final String FLOW_NODE_REF = "flowNodeRef";
    public static final String DOCUMENTATION = "documentation";
    public static final String CALL_ACTIVITY = "callActivity";

    public static final String ID = "id";
    public static final String NAME = "name";
    public static final String PROCESS_REF = "processRef";
    public static final String CALLED_ELEMENT = "calledElement";
    public static final String TEXT_FORMAT = "textFormat";
    public static final String TRIGGERED_BY_EVENT = "triggeredByEvent";
    public static final String EXPORTER = "exporter";
    public static final String EXPORTER_VERSION = "exporterVersion";

    /** Activity elements that are tasks, and the kind each becomes. */
    public static final Map<String, TaskKind> TASK_KINDS = Map.of(
            "task", TaskKind.TASK,
            "userTask", TaskKind.USER,
            "serviceTask", TaskKind.SERVICE,
            "manualTask", TaskKind.MANUAL,
            "scriptTask", TaskKind.SCRIPT,
            "sendTask", TaskKind.SEND,
            "receiveTask", TaskKind.RECEIVE,
            "businessRuleTask", TaskKind.BUSINESS_RULE);

    /** Activities that contain their own flow: read as nested processes. */
    public static final Set<String> SUB_PROCESSES = Set.of("subProcess", "adHocSubProcess", "transaction");

    /** Root elements that can be the target of a call activity besides processes. */
    public static final Set<String> GLOBAL_TASKS = Set.of("globalTask", "globalUserTask", "globalManualTask",
            "globalScriptTask", "globalBusinessRuleTask");

    /**
     * The references whose targets must exist in the same file, by element: a broken one is an error. Other
     * references (data associations, DI) are left alone, as modelling tools disagree on them.
     */
    public static final Map<String, List<String>> CHECKED_REFERENCES = Map.of(
            "sequenceFlow", List.of("sourceRef", "targetRef"),
            "messageFlow", List.of("sourceRef", "targetRef"),
            "boundaryEvent", List.of("attachedToRef"),
            PARTICIPANT, List.of(PROCESS_REF));

    /** Namespaces that tell a file is process XML of another kind, with what to say about it. */
    public static final Map<String, String> OTHER_FORMATS = Map.of(
            "http://schema.omg.org/spec/BPMN/2.0", "a BPMN 2.0 beta file",
            "http://www.omg.org/bpmn20", "a pre-release BPMN 2.0 file",
            "http://www.wfmc.org/2002/XPDL1.0", "an XPDL 1.0 file (the BPMN 1.x interchange format)",
            "http://www.wfmc.org/2004/XPDL2.0alpha", "an XPDL 2.0 file (the BPMN 1.x interchange format)",
            "http://www.wfmc.org/2008/XPDL2.1", "an XPDL 2.1 file (the BPMN 1.x interchange format)",
            "http://www.wfmc.org/2009/XPDL2.2", "an XPDL 2.2 file");

    private BpmnNames() {
    }
}
