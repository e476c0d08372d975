package org.egovera.trace;

import org.egovera.model.Actor;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.Element;
import org.egovera.model.MemberState;
import org.egovera.model.Platform;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.Task;
import org.egovera.mapping.ProcessTasks;

/**
 * Forward traceability: from a task or a process to every service, ABB, SBB, platform and Member State it
 * relies on, through the task's mapping, the ABBs its services use, the SBBs implementing those ABBs,
 * and the platforms and Member States of services and SBBs. Each element is expanded once; later
 * occurrences point back to it.
 */
public final class Traceability {

    private final Reached reached = new Reached();
    private final boolean throughServices;

    private Traceability(boolean throughServices) {
        this.throughServices = throughServices;
    }

    /** The full trace of a task or process; other elements have no forward trace. */
    public static TraceReport of(Element subject) {
        return of(subject, true);
    }

    /**
     * The trace of a task or process; without {@code throughServices}, a service the task is mapped to is
     * shown with its platforms and consumers but not expanded into the (often many) ABBs it uses.
     */
    public static TraceReport of(Element subject, boolean throughServices) {
        Traceability trace = new Traceability(throughServices);
        TraceNode root;
        if (subject instanceof Task task) {
            root = trace.task(task, null, true);
        } else if (subject instanceof BusinessProcess process) {
            root = trace.process(null, process, null);
        } else {
            throw new IllegalArgumentException("a forward trace starts at a task or a process, not at " + Kinds.withArticle(subject));
        }
        return new TraceReport("forward", root, trace.reached.asMap());
    }

    private TraceNode node(String relation, Element element, String context) {
        reached.add(element);
        TraceNode node = TraceNode.of(relation, Kinds.of(element), element.getId(), element.getName(), context);
        return reached.firstExpansion(element) ? node : node.repeat();
    }

    private TraceNode process(TraceNode parent, BusinessProcess process, String relation) {
        TraceNode node = node(relation, process, null);
        attach(parent, node);
        if (node.repeated()) {
            return node;
        }
        process.getTasks().forEach(task -> node.add(task(task, "has task", false)));
        process.getSubProcesses().forEach(subProcess -> process(node, subProcess, "contains"));
        process.getCalls().forEach(called -> process(node, called, "calls"));
        return node;
    }

    private TraceNode task(Task task, String relation, boolean root) {
        StringBuilder context = new StringBuilder(task.getKind() == null ? "task" : task.getKind().getLiteral());
        if (task.getPerformer() != null) {
            context.append(", performed by ").append(task.getPerformer());
        }
        if (root) {
            context.append(", in process '").append(ProcessTasks.topProcessOf(task).getName()).append('\'');
        }
        if (!ProcessTasks.isMapped(task)) {
            context.append(", not mapped");
        }
        TraceNode node = node(relation, task, context.toString());
        if (node.repeated()) {
            return node;
        }
        if (task.getPerformedBy() != null) {
            actor(node, task.getPerformedBy(), "performed by");
        }
        task.getSupportingServices().forEach(service -> service(node, service, "supported by"));
        task.getSupportingBuildingBlocks().forEach(block -> block(node, block, "supported by"));
        return node;
    }

    private void service(TraceNode parent, DigitalPublicService service, String relation) {
        TraceNode node = parent.add(node(relation, service, null));
        if (node.repeated()) {
            return;
        }
        service.getExposedThrough().forEach(platform -> platform(node, platform));
        service.getConsumers().forEach(consumer -> actor(node, consumer, "consumed by"));
        if (throughServices) {
            service.getUses().forEach(block -> block(node, block, "uses"));
        }
    }

    private void block(TraceNode parent, ArchitectureBuildingBlock block, String relation) {
        TraceNode node = parent.add(node(relation, block, block.getStatus() == null ? null : block.getStatus().getLiteral()));
        if (node.repeated()) {
            return;
        }
        block.getImplementedBy().forEach(solution -> solution(node, solution));
    }

    private void solution(TraceNode parent, SolutionBuildingBlock solution) {
        TraceNode node = parent.add(node("implemented by", solution,
                solution.getSourcing() == null ? null : solution.getSourcing().getLiteral()));
        if (node.repeated()) {
            return;
        }
        solution.getExposedThrough().forEach(platform -> platform(node, platform));
        solution.getUsedBy().forEach(memberState -> actor(node, memberState, "used by"));
        solution.getConsumers().forEach(consumer -> actor(node, consumer, "consumed by"));
    }

    private void platform(TraceNode parent, Platform platform) {
        TraceNode node = parent.add(node("exposed through", platform, null));
        if (!node.repeated()) {
            platform.getReachedThrough().forEach(through -> node.add(node("reached through", through, null)));
        }
    }

    private void actor(TraceNode parent, Actor actor, String relation) {
        parent.add(node(relation, actor, actor instanceof MemberState state ? state.getIsoCode() : null));
    }

    private static void attach(TraceNode parent, TraceNode node) {
        if (parent != null) {
            parent.add(node);
        }
    }
}
