package org.egovera.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.Task;

/**
 * Tasks as mappings name them: by the BPMN id of their top-level process and their own BPMN id (unique in
 * the file, so a task inside a sub-process is named the same way as one at the top).
 */
public final class ProcessTasks {

    /** The key of a task in a mapping file. */
    public record TaskKey(String process, String task) {
        @Override
        public String toString() {
            return process + "/" + task;
        }
    }

    private ProcessTasks() {
    }

    /** Every task (call activities included) of a process and of its sub-processes, top level first. */
    public static Stream<Task> tasksOf(BusinessProcess process) {
        return Stream.concat(process.getTasks().stream(), process.getSubProcesses().stream().flatMap(ProcessTasks::tasksOf));
    }

    /** Every task of the catalogue, process by process. */
    public static List<Task> all(Catalogue catalogue) {
        List<Task> tasks = new ArrayList<>();
        for (BusinessProcess process : catalogue.getProcesses()) {
            tasksOf(process).forEach(tasks::add);
        }
        return tasks;
    }

    public static Map<TaskKey, Task> byKey(Catalogue catalogue) {
        Map<TaskKey, Task> tasks = new LinkedHashMap<>();
        for (Task task : all(catalogue)) {
            tasks.putIfAbsent(keyOf(task), task);
        }
        return tasks;
    }

    public static TaskKey keyOf(Task task) {
        return new TaskKey(topProcessOf(task).getBpmnId(), task.getBpmnId());
    }

    /** The top-level process a task or sub-process belongs to. */
    public static BusinessProcess topProcessOf(EObject object) {
        BusinessProcess top = object instanceof BusinessProcess process ? process : null;
        for (EObject container = object.eContainer(); container instanceof BusinessProcess process; container = process.eContainer()) {
            top = process;
        }
        return top;
    }

    /** True when the task has services or building blocks, or a note saying why it has none. */
    public static boolean isMapped(Task task) {
        return !task.getSupportingServices().isEmpty() || !task.getSupportingBuildingBlocks().isEmpty()
                || (task.getMappingNote() != null && !task.getMappingNote().isBlank());
    }

    /** How reports name a task: its name, else its BPMN id. */
    public static String label(Task task) {
        return task.getName() != null ? task.getName() : task.getBpmnId();
    }
}
