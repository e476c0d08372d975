package org.egovera.design.services;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;

import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.Task;

/**
 * Services of the process traceability diagram and of the tasks x ABBs table: which services and building
 * blocks support the tasks of a business process, and which tasks nothing supports yet.
 */
public class TraceabilityServices {

    /** The title of a new traceability diagram. */
    public String traceabilityTitle(BusinessProcess process) {
        return "Traceability of " + Names.of(process);
    }

    /** The title of a new tasks x ABBs table. */
    public String taskBlocksTitle(BusinessProcess process) {
        return "Tasks and building blocks of " + Names.of(process);
    }

    /** The title of a new tasks x services table. */
    public String taskServicesTitle(BusinessProcess process) {
        return "Tasks and services of " + Names.of(process);
    }

    /** The tasks of the process and of its sub-processes, depth first, in model order. */
    public List<Task> allTasks(BusinessProcess process) {
        List<Task> tasks = new ArrayList<>();
        collectTasks(process, tasks, new ArrayList<>());
        return tasks;
    }

    /** The services mapped to any task of the process (sub-processes included). */
    public List<DigitalPublicService> supportingServicesOf(BusinessProcess process) {
        return Ordering.distinctSorted(allTasks(process).stream().flatMap(task -> task.getSupportingServices().stream()),
                Ordering.BY_NAME);
    }

    /** The building blocks mapped to any task of the process (sub-processes included). */
    public List<ArchitectureBuildingBlock> supportingBlocksOf(BusinessProcess process) {
        return Ordering.distinctSorted(allTasks(process).stream().flatMap(task -> task.getSupportingBuildingBlocks().stream()),
                Ordering.BY_VIEW_THEN_NAME);
    }

    /** True when neither a service nor a building block supports the task: the gap traceability exists to show. */
    public boolean isUnmapped(Task task) {
        return task.getSupportingServices().isEmpty() && task.getSupportingBuildingBlocks().isEmpty();
    }

    /** A task's label: its name, or its BPMN identifier when the model gave it no name. */
    public String taskLabel(Task task) {
        if (task.getName() != null && !task.getName().isBlank()) {
            return task.getName().strip();
        }
        return task.getBpmnId() != null ? task.getBpmnId() : Names.of(task);
    }

    /**
     * The columns of the tasks x ABBs table: every building block of the catalogue's policy domains, plus
     * any other block already mapped to a task of the process, by view then name.
     */
    public List<ArchitectureBuildingBlock> mappableBlocks(BusinessProcess process) {
        Catalogue catalogue = Catalogues.of(process);
        Stream<ArchitectureBuildingBlock> domainBlocks = catalogue.getPolicyDomains().stream()
                .flatMap(domain -> domain.getBuildingBlocks().stream());
        return Ordering.distinctSorted(Stream.concat(domainBlocks, supportingBlocksOf(process).stream()),
                Ordering.BY_VIEW_THEN_NAME);
    }

    /**
     * The columns of the tasks x services table: every digital public service of the catalogue's policy
     * domains, plus any other service already mapped to a task of the process, by name.
     */
    public List<DigitalPublicService> mappableServices(BusinessProcess process) {
        Catalogue catalogue = Catalogues.of(process);
        Stream<DigitalPublicService> domainServices = catalogue.getPolicyDomains().stream()
                .flatMap(domain -> domain.getServices().stream());
        return Ordering.distinctSorted(Stream.concat(domainServices, supportingServicesOf(process).stream()), Ordering.BY_NAME);
    }

    /**
     * Applies an edit of a tasks x ABBs cell: a blank value removes the mapping, anything else keeps or adds it.
     */
    public Task editBlockSupport(Task task, ArchitectureBuildingBlock block, String cellValue) {
        if (cellValue == null || cellValue.isBlank()) {
            task.getSupportingBuildingBlocks().remove(block);
        } else if (!task.getSupportingBuildingBlocks().contains(block)) {
            task.getSupportingBuildingBlocks().add(block);
        }
        return task;
    }

    /** Applies an edit of a tasks x services cell: a blank value removes the mapping, anything else keeps or adds it. */
    public Task editServiceSupport(Task task, DigitalPublicService service, String cellValue) {
        if (cellValue == null || cellValue.isBlank()) {
            task.getSupportingServices().remove(service);
        } else if (!task.getSupportingServices().contains(service)) {
            task.getSupportingServices().add(service);
        }
        return task;
    }

    /**
     * Removes a service from every task of the process the diagram shows (its node was deleted); the
     * service stays in the catalogue.
     */
    public BusinessProcess unmapServiceFromProcess(DigitalPublicService service, EObject diagramView) {
        BusinessProcess process = shownProcess(diagramView);
        allTasks(process).forEach(task -> task.getSupportingServices().remove(service));
        return process;
    }

    /** Removes a building block from every task of the process the diagram shows; the block stays in the catalogue. */
    public BusinessProcess unmapBlockFromProcess(ArchitectureBuildingBlock block, EObject diagramView) {
        BusinessProcess process = shownProcess(diagramView);
        allTasks(process).forEach(task -> task.getSupportingBuildingBlocks().remove(block));
        return process;
    }

    private static BusinessProcess shownProcess(EObject view) {
        EObject shown = SiriusViews.semanticElement(view);
        if (shown instanceof BusinessProcess process) {
            return process;
        }
        throw new IllegalArgumentException("the view shows a " + (shown == null ? "nothing" : shown.eClass().getName())
                + ", not a business process");
    }

    private static void collectTasks(BusinessProcess process, List<Task> tasks, List<BusinessProcess> visiting) {
        if (visiting.contains(process)) {
            return;
        }
        visiting.add(process);
        tasks.addAll(process.getTasks());
        for (BusinessProcess subProcess : process.getSubProcesses()) {
            collectTasks(subProcess, tasks, visiting);
        }
    }
}
