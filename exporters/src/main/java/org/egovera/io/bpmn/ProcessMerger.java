package org.egovera.io.bpmn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.EObject;
import org.egovera.model.BusinessProcess;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.Element;
import org.egovera.model.Task;

/**
 * Builds one top-level process of the catalogue from its BPMN form, reusing the objects of an earlier
 * import by BPMN id: a task whose id did not change keeps its object, and so its mapping and every
 * reference to it; what the file no longer has is set aside for the importer to detach.
 */
final class ProcessMerger {

    private static final EgoveraFactory FACTORY = EgoveraFactory.eINSTANCE;

    private final BpmnDefinitions definitions;
    private final ActorMatcher actors;
    private final Map<String, Task> oldTasks = new LinkedHashMap<>();
    private final Map<String, BusinessProcess> oldSubProcesses = new LinkedHashMap<>();
    private final List<String> tasksAdded = new ArrayList<>();
    private final List<ImportReport.RenamedTask> tasksRenamed = new ArrayList<>();
    private int mappingsKept;
    private String topBpmnId;

    ProcessMerger(BpmnDefinitions definitions, ActorMatcher actors) {
        this.definitions = definitions;
        this.actors = actors;
    }

    /** Fills {@code existing} (or a new process when null) from {@code source}. */
    BusinessProcess merge(BpmnProcess source, BusinessProcess existing) {
        topBpmnId = source.id();
        BusinessProcess target = existing != null ? existing : FACTORY.createBusinessProcess();
        if (existing != null) {
            indexOld(existing, true);
        }
        String pool = definitions.participantOf(source.id()).map(BpmnParticipant::name).orElse(null);
        fill(target, source, ProcessIds.process(source.id()), pool, new PerformerIndex(source));
        target.setName(firstOf(pool, source.name(), source.id()));
        BpmnProperties.set(target, BpmnProperties.PARTICIPANT, pool);
        BpmnProperties.set(target, BpmnProperties.PROCESS_NAME,
                pool != null && source.name() != null && !source.name().equals(pool) ? source.name() : null);
        BpmnProperties.set(target, BpmnProperties.EXPORTER, definitions.exporter());
        BpmnProperties.set(target, BpmnProperties.ELEMENT, null);
        return target;
    }

    ImportReport.ProcessChange change(BusinessProcess process, boolean added) {
        List<ImportReport.RemovedTask> removed = oldTasks.values().stream()
                .map(task -> new ImportReport.RemovedTask(task.getBpmnId(), task.getName(),
                        ids(task.getSupportingServices()), ids(task.getSupportingBuildingBlocks())))
                .toList();
        return new ImportReport.ProcessChange(process.getId(), process.getBpmnId(), process.getName(), added,
                List.copyOf(tasksAdded), removed, List.copyOf(tasksRenamed), mappingsKept);
    }

    /** The objects of the earlier import that the new file no longer has. */
    List<EObject> leftOver() {
        List<EObject> leftOver = new ArrayList<>(oldTasks.values());
        leftOver.addAll(oldSubProcesses.values());
        return leftOver;
    }

    private void indexOld(BusinessProcess process, boolean top) {
        if (!top) {
            oldSubProcesses.put(process.getBpmnId(), process);
        }
        for (Task task : process.getTasks()) {
            oldTasks.put(task.getBpmnId(), task);
        }
        for (BusinessProcess subProcess : process.getSubProcesses()) {
            indexOld(subProcess, false);
        }
    }

    private void fill(BusinessProcess target, BpmnProcess source, String id, String performer, PerformerIndex performers) {
        target.setId(id);
        target.setBpmnId(source.id());
        target.setName(firstOf(source.name(), source.id()));
        target.setDescription(source.documentation());
        target.setSourceFile(fileName());
        BpmnProperties.set(target, BpmnProperties.ELEMENT, source.element());
        List<Task> tasks = new ArrayList<>();
        for (BpmnTask task : source.tasks()) {
            tasks.add(task(task, performers.performerOf(task.id(), performer)));
        }
        ECollections.setEList(target.getTasks(), tasks);
        List<BusinessProcess> subProcesses = new ArrayList<>();
        for (BpmnProcess subSource : source.subProcesses()) {
            BusinessProcess subProcess = oldSubProcesses.remove(subSource.id());
            if (subProcess == null) {
                subProcess = FACTORY.createBusinessProcess();
            }
            fill(subProcess, subSource, ProcessIds.nested(topBpmnId, subSource.id()),
                    performers.performerOf(subSource.id(), performer), performers);
            subProcesses.add(subProcess);
        }
        ECollections.setEList(target.getSubProcesses(), subProcesses);
    }

    private Task task(BpmnTask source, String performer) {
        Task task = oldTasks.remove(source.id());
        if (task == null) {
            task = FACTORY.createTask();
            tasksAdded.add(source.id());
        } else {
            if (!Objects.equals(task.getName(), source.name())) {
                tasksRenamed.add(new ImportReport.RenamedTask(source.id(), task.getName(), source.name()));
            }
            if (!task.getSupportingServices().isEmpty() || !task.getSupportingBuildingBlocks().isEmpty()
                    || task.getMappingNote() != null) {
                mappingsKept++;
            }
        }
        task.setId(ProcessIds.nested(topBpmnId, source.id()));
        task.setBpmnId(source.id());
        task.setName(source.name());
        task.setDescription(source.documentation());
        task.setKind(source.kind());
        task.setPerformer(performer);
        task.setPerformedBy(actors.match(performer));
        BpmnProperties.set(task, BpmnProperties.CALLED_ELEMENT, source.calledElement());
        return task;
    }

    private String fileName() {
        return definitions.file().getFileName() == null ? definitions.file().toString()
                : definitions.file().getFileName().toString();
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static List<String> ids(Collection<? extends Element> elements) {
        return elements.stream().map(Element::getId).toList();
    }
}
