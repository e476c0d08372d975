package org.egovera.io.bpmn;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.egovera.model.TaskKind;
import org.egovera.model.io.InputException;

/**
 * Reads BPMN 2.0 XML as modelling tools write it: any namespace prefix (or none), vendor extensions and
 * diagram interchange skipped, diagrams without DI accepted. It keeps what the catalogue needs (processes,
 * nested sub-processes, tasks of every kind, call activities, lanes, pools, documentation) and checks
 * what would make that wrong: duplicate ids, broken references, elements without ids. A DOCTYPE is refused.
 */
public final class BpmnReader {

    private final XmlCursor cursor;
    private final IdRegistry ids = new IdRegistry();
    private final List<BpmnProcess> processes = new ArrayList<>();
    private final List<BpmnParticipant> participants = new ArrayList<>();
    private final Set<String> globalTaskIds = new LinkedHashSet<>();

    private BpmnReader(XmlCursor cursor) {
        this.cursor = cursor;
    }

    public static BpmnDefinitions read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "no such BPMN file");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a stream; {@code origin} names it in errors and in the result. */
    public static BpmnDefinitions read(InputStream in, Path origin) {
        XMLStreamReader xml = SecureXmlInput.open(in, origin);
        try {
            return new BpmnReader(new XmlCursor(xml, origin)).definitions();
        } catch (XMLStreamException e) {
            throw SecureXmlInput.malformed(origin, e);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing was written; the stream itself is closed by the caller
            }
        }
    }

    private BpmnDefinitions definitions() throws XMLStreamException {
        cursor.toRoot();
        checkRoot();
        ids.define(cursor.attr(BpmnNames.ID), cursor);
        String exporter = exporter();
        while (cursor.nextChild()) {
            if (!cursor.inModel()) {
                cursor.skip();
            } else if (BpmnNames.PROCESS.equals(cursor.local())) {
                processes.add(container());
            } else if (BpmnNames.COLLABORATION.equals(cursor.local())) {
                collaboration();
            } else {
                if (BpmnNames.GLOBAL_TASKS.contains(cursor.local()) && cursor.attr(BpmnNames.ID) != null) {
                    globalTaskIds.add(cursor.attr(BpmnNames.ID));
                }
                walk();
            }
        }
        ids.check(cursor);
        return new BpmnDefinitions(cursor.origin(), exporter, List.copyOf(processes), List.copyOf(participants),
                Set.copyOf(globalTaskIds));
    }

    private void checkRoot() {
        if (cursor.inModel() && BpmnNames.DEFINITIONS.equals(cursor.local())) {
            return;
        }
        String namespace = cursor.namespace() == null ? "" : cursor.namespace();
        String other = BpmnNames.OTHER_FORMATS.get(namespace);
        if (other != null) {
            throw cursor.error("this is " + other + ", not BPMN 2.0 XML: export it as BPMN 2.0 (namespace "
                    + BpmnNames.MODEL_NS + ")");
        }
        throw cursor.error("not a BPMN 2.0 file: the root element is {" + namespace + "}" + cursor.local()
                + ", expected definitions in " + BpmnNames.MODEL_NS);
    }

    private String exporter() {
        String name = cursor.attr(BpmnNames.EXPORTER);
        String version = cursor.attr(BpmnNames.EXPORTER_VERSION);
        if (name == null) {
            return null;
        }
        return version == null ? name : name + " " + version;
    }

    /** A process or sub-process, with everything nested in it. */
    private BpmnProcess container() throws XMLStreamException {
        String element = cursor.local();
        int line = cursor.line();
        String id = requireId();
        String name = DocumentationText.name(cursor.attr(BpmnNames.NAME));
        String documentation = null;
        List<BpmnTask> tasks = new ArrayList<>();
        List<BpmnProcess> subProcesses = new ArrayList<>();
        List<BpmnLane> lanes = new ArrayList<>();
        while (cursor.nextChild()) {
            if (!cursor.inModel()) {
                cursor.skip();
                continue;
            }
            String child = cursor.local();
            TaskKind kind = BpmnNames.TASK_KINDS.get(child);
            if (kind != null) {
                tasks.add(activity(kind));
            } else if (BpmnNames.CALL_ACTIVITY.equals(child)) {
                tasks.add(activity(TaskKind.CALL_ACTIVITY));
            } else if (BpmnNames.SUB_PROCESSES.contains(child)) {
                subProcesses.add(container());
            } else if (BpmnNames.LANE_SET.equals(child)) {
                lanes.addAll(laneSet());
            } else if (BpmnNames.DOCUMENTATION.equals(child)) {
                documentation = DocumentationText.join(documentation, documentation());
            } else {
                walk();
            }
        }
        return new BpmnProcess(id, name, documentation, element, List.copyOf(tasks), List.copyOf(subProcesses),
                List.copyOf(lanes), line);
    }

    private BpmnTask activity(TaskKind kind) throws XMLStreamException {
        int line = cursor.line();
        String id = requireId();
        String name = DocumentationText.name(cursor.attr(BpmnNames.NAME));
        String called = kind == TaskKind.CALL_ACTIVITY ? IdRegistry.localId(cursor.attr(BpmnNames.CALLED_ELEMENT)) : null;
        String documentation = null;
        while (cursor.nextChild()) {
            if (!cursor.inModel()) {
                cursor.skip();
            } else if (BpmnNames.DOCUMENTATION.equals(cursor.local())) {
                documentation = DocumentationText.join(documentation, documentation());
            } else {
                walk();
            }
        }
        return new BpmnTask(id, name, documentation, kind, called == null || called.isEmpty() ? null : called, line);
    }

    private List<BpmnLane> laneSet() throws XMLStreamException {
        ids.define(cursor.attr(BpmnNames.ID), cursor);
        List<BpmnLane> lanes = new ArrayList<>();
        while (cursor.nextChild()) {
            if (cursor.inModel() && BpmnNames.LANE.equals(cursor.local())) {
                lanes.add(lane());
            } else if (cursor.inModel()) {
                walk();
            } else {
                cursor.skip();
            }
        }
        return lanes;
    }

    private BpmnLane lane() throws XMLStreamException {
        String id = cursor.attr(BpmnNames.ID);
        ids.define(id, cursor);
        String name = DocumentationText.name(cursor.attr(BpmnNames.NAME));
        List<String> flowNodeRefs = new ArrayList<>();
        List<BpmnLane> children = new ArrayList<>();
        while (cursor.nextChild()) {
            if (!cursor.inModel()) {
                cursor.skip();
            } else if (BpmnNames.FLOW_NODE_REF.equals(cursor.local())) {
                String target = IdRegistry.localId(cursor.text());
                ids.refer(BpmnNames.LANE, BpmnNames.FLOW_NODE_REF, target, cursor);
                if (!target.isEmpty()) {
                    flowNodeRefs.add(target);
                }
            } else if (BpmnNames.CHILD_LANE_SET.equals(cursor.local())) {
                children.addAll(laneSet());
            } else {
                walk();
            }
        }
        return new BpmnLane(id, name, List.copyOf(flowNodeRefs), List.copyOf(children));
    }

    private void collaboration() throws XMLStreamException {
        ids.define(cursor.attr(BpmnNames.ID), cursor);
        while (cursor.nextChild()) {
            if (!cursor.inModel()) {
                cursor.skip();
                continue;
            }
            if (BpmnNames.PARTICIPANT.equals(cursor.local())) {
                participants.add(new BpmnParticipant(cursor.attr(BpmnNames.ID),
                        DocumentationText.name(cursor.attr(BpmnNames.NAME)),
                        IdRegistry.localId(cursor.attr(BpmnNames.PROCESS_REF))));
            }
            walk();
        }
    }

    private String documentation() throws XMLStreamException {
        ids.define(cursor.attr(BpmnNames.ID), cursor);
        String format = cursor.attr(BpmnNames.TEXT_FORMAT);
        return DocumentationText.of(cursor.text(), format);
    }

    /** Any other BPMN element: its id and checked references are recorded, its content walked. */
    private void walk() throws XMLStreamException {
        String element = cursor.local();
        ids.define(cursor.attr(BpmnNames.ID), cursor);
        List<String> checked = BpmnNames.CHECKED_REFERENCES.get(element);
        if (checked != null) {
            for (String attribute : checked) {
                ids.refer(element, attribute, cursor.attr(attribute), cursor);
            }
        }
        while (cursor.nextChild()) {
            if (cursor.inModel()) {
                walk();
            } else {
                cursor.skip();
            }
        }
    }

    private String requireId() {
        String id = cursor.attr(BpmnNames.ID);
        if (id == null || id.isBlank()) {
            throw cursor.error(cursor.local() + " without an id: the catalogue could not refer to it");
        }
        ids.define(id, cursor);
        return id;
    }
}
