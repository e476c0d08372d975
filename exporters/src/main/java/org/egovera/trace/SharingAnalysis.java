package org.egovera.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.egovera.mapping.ProcessTasks;
import org.egovera.model.Actor;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.Element;
import org.egovera.model.MemberState;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.Task;

/**
 * Finds the services and ABBs that tasks of several processes are mapped to: one risk-analysis service
 * for import, export and transit instead of three systems. A process that calls another (a call
 * activity) is served by what serves the called process.
 */
public final class SharingAnalysis {

    private SharingAnalysis() {
    }

    /**
     * @param minProcesses the fewest processes a candidate serves (at least 2)
     * @param memberStates n for the interface counts; null for the number of Member States in the catalogue
     */
    public static SharingReport of(Catalogue catalogue, int minProcesses, Integer memberStates) {
        ProcessGraph graph = new ProcessGraph(catalogue);
        Map<Element, List<Task>> tasksByTarget = new LinkedHashMap<>();
        for (Task task : ProcessTasks.all(catalogue)) {
            task.getSupportingServices().forEach(service -> tasksByTarget.computeIfAbsent(service, key -> new ArrayList<>()).add(task));
            task.getSupportingBuildingBlocks().forEach(block -> tasksByTarget.computeIfAbsent(block, key -> new ArrayList<>()).add(task));
        }
        long inCatalogue = catalogue.getActors().stream().filter(MemberState.class::isInstance).count();
        int n = memberStates != null ? memberStates : (int) inCatalogue;
        String basis = memberStates != null ? "given" : inCatalogue > 0 ? "all Member States in the catalogue"
                : "the catalogue has no Member States: give their number";
        List<SharingReport.Candidate> candidates = new ArrayList<>();
        tasksByTarget.forEach((target, tasks) -> {
            List<SharingReport.ServedProcess> served = served(tasks, graph);
            if (served.size() >= Math.max(2, minProcesses)) {
                candidates.add(new SharingReport.Candidate(Kinds.of(target), target.getId(), target.getName(), served,
                        tasks.stream().map(task -> ProcessTasks.keyOf(task).toString()).toList(), memberStatesUsing(target),
                        (long) n * (n - 1), n + 1L));
            }
        });
        candidates.sort(Comparator.comparingInt(SharingReport.Candidate::processCount).reversed()
                .thenComparing(candidate -> -candidate.tasks().size())
                .thenComparing(SharingReport.Candidate::kind, Comparator.reverseOrder())
                .thenComparing(SharingReport.Candidate::id, NaturalOrder.IDS));
        return new SharingReport(n, basis, Math.max(2, minProcesses), List.copyOf(candidates));
    }

    private static List<SharingReport.ServedProcess> served(List<Task> tasks, ProcessGraph graph) {
        Map<BusinessProcess, String> served = new LinkedHashMap<>();
        for (Task task : tasks) {
            served.put(ProcessTasks.topProcessOf(task), "direct");
        }
        for (BusinessProcess direct : List.copyOf(served.keySet())) {
            for (BusinessProcess caller : graph.allCallersOf(direct)) {
                served.putIfAbsent(caller, "calls " + direct.getBpmnId());
            }
        }
        List<SharingReport.ServedProcess> list = new ArrayList<>();
        served.forEach((process, how) -> list.add(new SharingReport.ServedProcess(process.getBpmnId(), process.getName(), how)));
        return list;
    }

    /** Member States using an SBB that implements the ABB (or an ABB the service uses), or consuming the service. */
    private static List<String> memberStatesUsing(Element target) {
        Set<String> states = new LinkedHashSet<>();
        List<ArchitectureBuildingBlock> blocks = new ArrayList<>();
        if (target instanceof ArchitectureBuildingBlock block) {
            blocks.add(block);
        } else if (target instanceof DigitalPublicService service) {
            blocks.addAll(service.getUses());
            for (Actor consumer : service.getConsumers()) {
                if (consumer instanceof MemberState state) {
                    states.add(state.getId());
                }
            }
        }
        for (ArchitectureBuildingBlock block : blocks) {
            for (SolutionBuildingBlock solution : block.getImplementedBy()) {
                solution.getUsedBy().forEach(state -> states.add(state.getId()));
            }
        }
        return states.stream().sorted().toList();
    }
}
