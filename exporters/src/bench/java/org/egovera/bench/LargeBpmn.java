package org.egovera.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large BPMN file shaped like a modelling tool's export: a collaboration of pools, each process
 * with two lanes, a chain of tasks of every kind with documentation and vendor extensions, sequence flows,
 * one sub-process every fifty tasks, and diagram interchange for every shape and edge.
 */
final class LargeBpmn {

    private static final String[] KINDS = { "task", "userTask", "serviceTask", "manualTask", "scriptTask", "sendTask",
            "receiveTask", "businessRuleTask" };

    private LargeBpmn() {
    }

    static void write(Path file, int processes, int tasksPerProcess) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.write("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                    + " xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\""
                    + " xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" xmlns:vendor=\"urn:vendor:extensions\""
                    + " id=\"Large\" targetNamespace=\"urn:bench\" exporter=\"bench\" exporterVersion=\"1\">\n");
            out.write("  <bpmn:collaboration id=\"Collaboration\">\n");
            for (int p = 0; p < processes; p++) {
                out.write("    <bpmn:participant id=\"Pool" + p + "\" name=\"Administration " + p + "\" processRef=\"P" + p + "\"/>\n");
            }
            out.write("  </bpmn:collaboration>\n");
            for (int p = 0; p < processes; p++) {
                process(out, p, tasksPerProcess);
            }
            diagram(out, processes, tasksPerProcess);
            out.write("</bpmn:definitions>\n");
        }
    }

    private static void process(BufferedWriter out, int p, int tasks) throws IOException {
        out.write("  <bpmn:process id=\"P" + p + "\" name=\"Process " + p + "\" isExecutable=\"false\">\n");
        out.write("    <bpmn:documentation>Generated process " + p + " for the import benchmark.</bpmn:documentation>\n");
        out.write("    <bpmn:laneSet id=\"P" + p + "_LS\">\n");
        for (int lane = 0; lane < 2; lane++) {
            out.write("      <bpmn:lane id=\"P" + p + "_L" + lane + "\" name=\"Office " + lane + "\">\n");
            for (int t = lane; t < tasks; t += 2) {
                out.write("        <bpmn:flowNodeRef>" + node(p, t) + "</bpmn:flowNodeRef>\n");
            }
            out.write("      </bpmn:lane>\n");
        }
        out.write("    </bpmn:laneSet>\n");
        for (int t = 0; t < tasks; t++) {
            if (t % 50 == 49) {
                out.write("    <bpmn:subProcess id=\"" + node(p, t) + "\" name=\"Sub-process " + t + "\">\n");
                out.write("      <bpmn:userTask id=\"P" + p + "_S" + t + "\" name=\"Inner task " + t + "\"/>\n");
                out.write("    </bpmn:subProcess>\n");
                continue;
            }
            String kind = KINDS[t % KINDS.length];
            out.write("    <bpmn:" + kind + " id=\"" + node(p, t) + "\" name=\"Check the declaration&#10;number " + t + "\">\n");
            out.write("      <bpmn:documentation>Step " + t + " of process " + p + ": compare the declared amounts with the"
                    + " data reported by third parties and record the outcome.</bpmn:documentation>\n");
            out.write("      <bpmn:extensionElements><vendor:meta key=\"owner\" value=\"team " + (t % 7) + "\"/></bpmn:extensionElements>\n");
            if (t > 0) {
                out.write("      <bpmn:incoming>P" + p + "_F" + t + "</bpmn:incoming>\n");
            }
            if (t < tasks - 1) {
                out.write("      <bpmn:outgoing>P" + p + "_F" + (t + 1) + "</bpmn:outgoing>\n");
            }
            out.write("    </bpmn:" + kind + ">\n");
        }
        for (int t = 1; t < tasks; t++) {
            out.write("    <bpmn:sequenceFlow id=\"P" + p + "_F" + t + "\" sourceRef=\"" + node(p, t - 1) + "\" targetRef=\"" + node(p, t) + "\"/>\n");
        }
        out.write("  </bpmn:process>\n");
    }

    private static void diagram(BufferedWriter out, int processes, int tasks) throws IOException {
        out.write("  <bpmndi:BPMNDiagram id=\"Diagram\"><bpmndi:BPMNPlane id=\"Plane\" bpmnElement=\"Collaboration\">\n");
        for (int p = 0; p < processes; p++) {
            for (int t = 0; t < tasks; t++) {
                int x = 100 + t * 150;
                int y = 100 + p * 400 + (t % 2) * 200;
                out.write("    <bpmndi:BPMNShape id=\"" + node(p, t) + "_di\" bpmnElement=\"" + node(p, t) + "\"><dc:Bounds x=\"" + x
                        + "\" y=\"" + y + "\" width=\"100\" height=\"80\"/></bpmndi:BPMNShape>\n");
                if (t > 0) {
                    out.write("    <bpmndi:BPMNEdge id=\"P" + p + "_F" + t + "_di\" bpmnElement=\"P" + p + "_F" + t + "\"><di:waypoint x=\""
                            + (x - 50) + "\" y=\"" + y + "\"/><di:waypoint x=\"" + x + "\" y=\"" + y + "\"/></bpmndi:BPMNEdge>\n");
                }
            }
        }
        out.write("  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>\n");
    }

    private static String node(int p, int t) {
        return "P" + p + "_T" + t;
    }
}
