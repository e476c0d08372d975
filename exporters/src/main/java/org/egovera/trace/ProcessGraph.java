package org.egovera.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.egovera.mapping.ProcessTasks;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.PolicyDomain;
import org.egovera.model.Task;

/**
 * The reverse links that impact analysis and sharing analysis follow: which tasks a service or ABB
 * supports, which ABBs specialise an ABB, which top-level processes call a process.
 */
final class ProcessGraph {

    private final Map<DigitalPublicService, List<Task>> tasksByService = new LinkedHashMap<>();
    private final Map<ArchitectureBuildingBlock, List<Task>> tasksByBlock = new LinkedHashMap<>();
    private final Map<ArchitectureBuildingBlock, List<ArchitectureBuildingBlock>> specialisations = new LinkedHashMap<>();
    private final Map<BusinessProcess, Set<BusinessProcess>> callers = new LinkedHashMap<>();

    ProcessGraph(Catalogue catalogue) {
        for (Task task : ProcessTasks.all(catalogue)) {
            task.getSupportingServices().forEach(service -> tasksByService.computeIfAbsent(service, key -> new ArrayList<>()).add(task));
            task.getSupportingBuildingBlocks().forEach(block -> tasksByBlock.computeIfAbsent(block, key -> new ArrayList<>()).add(task));
        }
        List<ArchitectureBuildingBlock> blocks = new ArrayList<>(catalogue.getEiraLibrary());
        for (PolicyDomain domain : catalogue.getPolicyDomains()) {
            blocks.addAll(domain.getBuildingBlocks());
        }
        for (ArchitectureBuildingBlock block : blocks) {
            if (block.getSpecialises() != null) {
                specialisations.computeIfAbsent(block.getSpecialises(), key -> new ArrayList<>()).add(block);
            }
        }
        for (BusinessProcess process : catalogue.getProcesses()) {
            indexCalls(process, process);
        }
    }

    private void indexCalls(BusinessProcess top, BusinessProcess process) {
        for (BusinessProcess called : process.getCalls()) {
            callers.computeIfAbsent(ProcessTasks.topProcessOf(called), key -> new LinkedHashSet<>()).add(top);
        }
        process.getSubProcesses().forEach(subProcess -> indexCalls(top, subProcess));
    }

    List<Task> tasksOf(DigitalPublicService service) {
        return tasksByService.getOrDefault(service, List.of());
    }

    List<Task> tasksOf(ArchitectureBuildingBlock block) {
        return tasksByBlock.getOrDefault(block, List.of());
    }

    List<ArchitectureBuildingBlock> specialisationsOf(ArchitectureBuildingBlock block) {
        return specialisations.getOrDefault(block, List.of());
    }

    /** The top-level processes that call this one directly. */
    Set<BusinessProcess> callersOf(BusinessProcess process) {
        return callers.getOrDefault(process, Set.of());
    }

    /** The top-level processes that call this one, directly or through others, nearest first. */
    Set<BusinessProcess> allCallersOf(BusinessProcess process) {
        Set<BusinessProcess> found = new LinkedHashSet<>();
        List<BusinessProcess> queue = new ArrayList<>(callersOf(process));
        while (!queue.isEmpty()) {
            BusinessProcess caller = queue.remove(0);
            if (caller != process && found.add(caller)) {
                queue.addAll(callersOf(caller));
            }
        }
        return found;
    }
}
