package org.egovera.io.bpmn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.Task;
import org.egovera.model.TaskKind;

/**
 * Links call activities to the processes they call. The link is derived data: it is rebuilt for the whole
 * catalogue after each import, so importing the called process later (from another file) completes it.
 */
public final class CallLinker {

    private CallLinker() {
    }

    /** Rebuilds every process's {@code calls}; returns the call activities whose target is not in the catalogue. */
    public static List<Task> link(Catalogue catalogue) {
        Map<String, BusinessProcess> byBpmnId = new HashMap<>();
        for (BusinessProcess process : catalogue.getProcesses()) {
            if (process.getBpmnId() != null) {
                byBpmnId.putIfAbsent(process.getBpmnId(), process);
            }
        }
        List<Task> unresolved = new ArrayList<>();
        for (BusinessProcess process : catalogue.getProcesses()) {
            link(process, byBpmnId, unresolved);
        }
        return unresolved;
    }

    private static void link(BusinessProcess process, Map<String, BusinessProcess> byBpmnId, List<Task> unresolved) {
        process.getCalls().clear();
        for (Task task : process.getTasks()) {
            if (task.getKind() != TaskKind.CALL_ACTIVITY) {
                continue;
            }
            String target = BpmnProperties.get(task, BpmnProperties.CALLED_ELEMENT).orElse(null);
            BusinessProcess called = target == null ? null : byBpmnId.get(target);
            if (called != null) {
                process.getCalls().add(called);
            } else {
                unresolved.add(task);
            }
        }
        for (BusinessProcess subProcess : process.getSubProcesses()) {
            link(subProcess, byBpmnId, unresolved);
        }
    }
}
