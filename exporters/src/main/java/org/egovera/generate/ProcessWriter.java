package org.egovera.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.egovera.generate.Draw.Stream;
import org.egovera.model.EgoveraPackage.Literals;
import org.egovera.model.TaskKind;
import org.egovera.model.io.Progress;

/**
 * Writes the business processes: national procedures of a domain ("Belgian VAT refund procedure")
 * whose tasks follow the usual steps of a tax procedure, performed in lanes, and mapped to the
 * digital public services and building blocks that support them. Manual and script tasks, and a
 * few others, stay unmapped, as in real mappings.
 */
final class ProcessWriter {

    private final CataloguePlan plan;
    private final CatalogueLayout layout;
    private final Names names;
    private final XmiStreamWriter xmi;
    private final Progress progress;

    ProcessWriter(CataloguePlan plan, Names names, XmiStreamWriter xmi, Progress progress) {
        this.plan = plan;
        this.layout = plan.layout();
        this.names = names;
        this.xmi = xmi;
        this.progress = progress;
    }

    void write() throws IOException {
        for (int p = 0; p < layout.totalProcesses(); p++) {
            writeProcess(p);
            progress.advance(1L + layout.settings().tasksPerProcess());
        }
    }

    private void writeProcess(int p) throws IOException {
        int d = layout.domainOfProcess(p);
        Vocabulary.Domain domain = layout.domain(d);
        Names.ProcessName name = names.process(p);
        SplittableRandom random = Draw.of(plan.seed(), Stream.PROCESS, p);
        int local = p - layout.processStart(d);
        List<String> calls = local > 0 && Draw.chance(random, 10)
                ? List.of(CatalogueLayout.processId(layout.processStart(d) + random.nextInt(local))) : List.of();
        xmi.start(Literals.CATALOGUE__PROCESSES, new XmiRecord(Literals.BUSINESS_PROCESS)
                .set(Literals.ELEMENT__ID, CatalogueLayout.processId(p))
                .set(Literals.ELEMENT__NAME, name.name())
                .set(Literals.ELEMENT__DESCRIPTION, "Business process of the " + domain.name() + " domain: the " + name.subject()
                        + " " + name.procedure() + " as run in " + name.memberState().name() + ".")
                .set(Literals.BUSINESS_PROCESS__BPMN_ID, "Process_" + (p + 1))
                .set(Literals.BUSINESS_PROCESS__SOURCE_FILE, "bpmn/" + domain.key() + "/" + CatalogueLayout.processId(p) + ".bpmn")
                .refs(Literals.BUSINESS_PROCESS__CALLS, calls));
        int subject = layout.domain(d).subjects().indexOf(name.subject());
        int[] candidates = candidateServices(d, subject);
        int home = candidates[random.nextInt(candidates.length)];
        List<Vocabulary.TaskStep> steps = steps(random);
        for (int t = 0; t < steps.size(); t++) {
            xmi.element(Literals.BUSINESS_PROCESS__TASKS, task(p, t, steps.get(t), name, candidates, home));
        }
        xmi.end();
    }

    private XmiRecord task(int p, int t, Vocabulary.TaskStep step, Names.ProcessName process, int[] candidates, int home) {
        SplittableRandom random = Draw.of(plan.seed(), Stream.TASK, ((long) p << 20) | t);
        String name = step.pattern().replace("{s}", process.subject());
        int repeat = t / layout.vocabulary().taskSteps().size();
        if (repeat > 0) {
            name += " (round " + (repeat + 1) + ")";
        }
        List<String> services = new ArrayList<>(2);
        List<String> blocks = new ArrayList<>(1);
        boolean automatable = step.kind() != TaskKind.MANUAL && step.kind() != TaskKind.SCRIPT;
        if (automatable && !Draw.chance(random, 8)) {
            int service = Draw.chance(random, 70) ? home : candidates[random.nextInt(candidates.length)];
            services.add(layout.serviceId(service));
            if (Draw.chance(random, 10)) {
                int other = candidates[random.nextInt(candidates.length)];
                if (other != service) {
                    services.add(layout.serviceId(other));
                }
            }
            if (Draw.chance(random, 30)) {
                IntLists uses = plan.uses();
                blocks.add(layout.blockId(uses.get(service, random.nextInt(uses.count(service)))));
            }
        }
        String laneActor = layout.vocabulary().laneActor(step.lane());
        String performedBy = switch (laneActor) {
            case "-" -> null;
            case FrameworkIds.EVERY_MEMBER_STATE -> process.memberState().isoCode();
            // Tax officers of a customs procedure work for the customs administration.
            case FrameworkIds.TAX_ADMINISTRATION -> FrameworkIds.CUSTOMS_ADMINISTRATION.equals(
                    layout.domain(layout.domainOfProcess(p)).authority()) ? FrameworkIds.CUSTOMS_ADMINISTRATION
                            : FrameworkIds.TAX_ADMINISTRATION;
            default -> laneActor;
        };
        return new XmiRecord(Literals.TASK)
                .set(Literals.ELEMENT__ID, CatalogueLayout.taskId(p, t))
                .set(Literals.ELEMENT__NAME, name)
                .set(Literals.TASK__BPMN_ID, "Activity_" + (p + 1) + "_" + (t + 1))
                .set(Literals.TASK__KIND, step.kind())
                .set(Literals.TASK__PERFORMER, step.lane())
                .ref(Literals.TASK__PERFORMED_BY, performedBy)
                .refs(Literals.TASK__SUPPORTING_SERVICES, services)
                .refs(Literals.TASK__SUPPORTING_BUILDING_BLOCKS, blocks)
                .set(Literals.TASK__MAPPING_NOTE, services.size() > 1
                        ? "Served by two services: a candidate for consolidation." : null);
    }

    /** The services of the process's subject, or every service of its domain when the subject has none. */
    private int[] candidateServices(int d, int subject) {
        IntLists bySubject = plan.servicesBySubject();
        int key = plan.subjectKey(d, subject);
        int count = bySubject.count(key);
        if (count > 0) {
            int[] services = new int[count];
            for (int i = 0; i < count; i++) {
                services[i] = bySubject.get(key, i);
            }
            return services;
        }
        int[] services = new int[layout.services(d)];
        for (int i = 0; i < services.length; i++) {
            services[i] = layout.serviceStart(d) + i;
        }
        return services;
    }

    /** {@code tasksPerProcess} steps in the vocabulary's order, a seeded choice among them; repeated past the end. */
    private List<Vocabulary.TaskStep> steps(SplittableRandom random) {
        List<Vocabulary.TaskStep> all = layout.vocabulary().taskSteps();
        int wanted = layout.settings().tasksPerProcess();
        List<Vocabulary.TaskStep> chosen = new ArrayList<>(wanted);
        while (wanted - chosen.size() >= all.size()) {
            chosen.addAll(all);
        }
        int needed = wanted - chosen.size();
        for (int i = 0; i < all.size() && needed > 0; i++) {
            if (random.nextInt(all.size() - i) < needed) {
                chosen.add(all.get(i));
                needed--;
            }
        }
        return chosen;
    }
}
