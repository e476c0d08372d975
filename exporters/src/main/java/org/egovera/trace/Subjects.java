package org.egovera.trace;

import java.util.List;

import org.egovera.mapping.CatalogueLookup;
import org.egovera.mapping.ProcessTasks;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.Element;
import org.egovera.model.Task;

/**
 * Finds what a trace starts from, as a user names it: a catalogue id ({@code TABB133},
 * {@code bpmn.RiskAnalysis.ApplyRiskRules}), a task as {@code PROCESS/TASK} by BPMN ids, a process by its
 * BPMN id, or a task by its BPMN id alone where that is unambiguous.
 */
public final class Subjects {

    private Subjects() {
    }

    /** The element named, or an {@link IllegalArgumentException} saying why there is none. */
    public static Element resolve(Catalogue catalogue, String name) {
        Element element = CatalogueLookup.of(catalogue).element(name);
        if (element != null) {
            return element;
        }
        int slash = name.indexOf('/');
        if (slash > 0) {
            Task task = ProcessTasks.byKey(catalogue).get(new ProcessTasks.TaskKey(name.substring(0, slash), name.substring(slash + 1)));
            if (task != null) {
                return task;
            }
        }
        for (BusinessProcess process : catalogue.getProcesses()) {
            if (name.equals(process.getBpmnId())) {
                return process;
            }
        }
        List<Task> tasks = ProcessTasks.all(catalogue).stream().filter(task -> name.equals(task.getBpmnId())).toList();
        if (tasks.size() == 1) {
            return tasks.get(0);
        }
        if (tasks.size() > 1) {
            throw new IllegalArgumentException("'" + name + "' names a task in several processes: say which, as "
                    + String.join(" or ", tasks.stream().map(task -> ProcessTasks.keyOf(task).toString()).toList()));
        }
        throw new IllegalArgumentException("nothing in the catalogue is called '" + name
                + "' (give an element id, a process BPMN id, or PROCESS/TASK)");
    }

    /** True for what a forward trace starts from. */
    public static boolean isForwardSubject(Element element) {
        return element instanceof Task || element instanceof BusinessProcess;
    }

    /** How messages name the kind of an element, with its article: "an ABB", "a service". */
    public static String kindOf(Element element) {
        return Kinds.withArticle(element);
    }
}
