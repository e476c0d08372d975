package org.egovera.trace;

import org.egovera.mapping.ProcessTasks;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.Element;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.Task;

/**
 * Impact analysis: from an ABB, SBB or service to every task, process, service and capability a change
 * of it affects: tasks mapped to it, services using it and the tasks and capabilities of those services,
 * ABBs that specialise it, and the processes that call an affected process.
 */
public final class ImpactAnalysis {

    private final Reached reached = new Reached();
    private final ProcessGraph graph;

    private ImpactAnalysis(Catalogue catalogue) {
        this.graph = new ProcessGraph(catalogue);
    }

    public static TraceReport of(Catalogue catalogue, Element subject) {
        ImpactAnalysis impact = new ImpactAnalysis(catalogue);
        TraceNode root;
        if (subject instanceof ArchitectureBuildingBlock block) {
            root = impact.block(block, null);
        } else if (subject instanceof SolutionBuildingBlock solution) {
            root = impact.solution(solution);
        } else if (subject instanceof DigitalPublicService service) {
            root = impact.service(service, null);
        } else {
            throw new IllegalArgumentException("impact analysis starts at an ABB, an SBB or a service, not at " + Kinds.withArticle(subject));
        }
        return new TraceReport("impact", root, impact.reached.asMap());
    }

    private TraceNode node(String relation, Element element, String context) {
        reached.add(element);
        TraceNode node = TraceNode.of(relation, Kinds.of(element), element.getId(), element.getName(), context);
        return reached.firstExpansion(element) ? node : node.repeat();
    }

    private TraceNode solution(SolutionBuildingBlock solution) {
        TraceNode node = node(null, solution, solution.getSourcing() == null ? null : solution.getSourcing().getLiteral());
        solution.getImplements().forEach(block -> node.add(block(block, "implements")));
        return node;
    }

    private TraceNode block(ArchitectureBuildingBlock block, String relation) {
        TraceNode node = node(relation, block, block.getStatus() == null ? null : block.getStatus().getLiteral());
        if (node.repeated()) {
            return node;
        }
        graph.tasksOf(block).forEach(task -> node.add(task(task)));
        block.getUsedBy().forEach(service -> node.add(service(service, "used by")));
        block.getImplementedBy().forEach(solution -> node.add(node("implemented by", solution, null)));
        graph.specialisationsOf(block).forEach(specialisation -> node.add(block(specialisation, "specialised by")));
        return node;
    }

    private TraceNode service(DigitalPublicService service, String relation) {
        TraceNode node = node(relation, service, null);
        if (node.repeated()) {
            return node;
        }
        service.getRealises().forEach(capability -> node.add(node("realises", capability, null)));
        graph.tasksOf(service).forEach(task -> node.add(task(task)));
        return node;
    }

    private TraceNode task(Task task) {
        BusinessProcess process = ProcessTasks.topProcessOf(task);
        TraceNode node = node("supports", task, (task.getKind() == null ? "task" : task.getKind().getLiteral())
                + (task.getPerformer() == null ? "" : ", performed by " + task.getPerformer()));
        if (node.repeated()) {
            return node;
        }
        TraceNode processNode = node.add(node("in process", process, null));
        if (!processNode.repeated()) {
            graph.allCallersOf(process).forEach(caller -> processNode.add(node("called from", caller, null)));
        }
        return node;
    }
}
