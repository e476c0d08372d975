package org.egovera.sparql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.Element;
import org.egovera.model.MemberState;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.Task;

/**
 * The answers the canned queries must give, computed from the model in Java, independently of the RDF
 * mapping and of SPARQL. Each row holds the columns the test compares, in the query's order.
 */
final class CannedQueryAnswers {

    private static final Comparator<List<String>> BY_COLUMNS = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int order = a.get(i) == null ? (b.get(i) == null ? 0 : -1) : b.get(i) == null ? 1 : a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    private CannedQueryAnswers() {
    }

    /** block, services, capabilities, domains; most used first. */
    static List<List<String>> sharingCandidates(Catalogue catalogue) {
        List<List<String>> rows = new ArrayList<>();
        for (ArchitectureBuildingBlock block : all(catalogue, ArchitectureBuildingBlock.class)) {
            Set<String> services = ids(block.getUsedBy());
            if (services.size() < 2) {
                continue;
            }
            Set<String> capabilities = new TreeSet<>();
            Set<String> domains = new TreeSet<>();
            for (DigitalPublicService service : block.getUsedBy()) {
                capabilities.addAll(ids(service.getRealises()));
                if (service.getDomain() != null) {
                    domains.add(service.getDomain().getId());
                }
            }
            rows.add(List.of(block.getId(), count(services), count(capabilities), count(domains)));
        }
        rows.sort(Comparator.<List<String>>comparingInt(row -> -Integer.parseInt(row.get(1)))
                .thenComparingInt(row -> -Integer.parseInt(row.get(2))).thenComparing(row -> row.get(0)));
        return rows;
    }

    /** process, task, supporting blocks. */
    static List<List<String>> tasksWithoutService(Catalogue catalogue) {
        List<List<String>> rows = new ArrayList<>();
        for (Task task : all(catalogue, Task.class)) {
            if (task.getSupportingServices().isEmpty()) {
                BusinessProcess process = task.getProcess();
                rows.add(java.util.Arrays.asList(process == null ? null : process.getId(), task.getId(),
                        count(ids(task.getSupportingBuildingBlocks()))));
            }
        }
        rows.sort(BY_COLUMNS);
        return rows;
    }

    /** domain name, capability. */
    static List<List<String>> capabilitiesWithoutService(Catalogue catalogue) {
        List<List<String>> rows = new ArrayList<>();
        for (DigitalBusinessCapability capability : all(catalogue, DigitalBusinessCapability.class)) {
            if (capability.getRealisedBy().isEmpty()) {
                rows.add(java.util.Arrays.asList(capability.getDomain() == null ? null : capability.getDomain().getName(), capability.getId()));
            }
        }
        rows.sort(BY_COLUMNS);
        return rows;
    }

    /** affected kind, identifier, through: what a change to the block affects. */
    static List<List<String>> changeImpact(Catalogue catalogue, String blockId) {
        ArchitectureBuildingBlock block = all(catalogue, ArchitectureBuildingBlock.class).stream()
                .filter(b -> b.getId().equals(blockId)).findFirst().orElseThrow();
        Set<List<String>> rows = new TreeSet<>(BY_COLUMNS);
        for (DigitalPublicService service : block.getUsedBy()) {
            rows.add(List.of("digital public service", service.getId(), "uses the block"));
            service.getRealises().forEach(c -> rows.add(List.of("capability", c.getId(), "realised by a service that uses the block")));
        }
        for (Task task : all(catalogue, Task.class)) {
            boolean direct = task.getSupportingBuildingBlocks().contains(block);
            boolean throughService = task.getSupportingServices().stream().anyMatch(s -> s.getUses().contains(block));
            if (direct) {
                rows.add(List.of("task", task.getId(), "supported by the block"));
            }
            if (throughService) {
                rows.add(List.of("task", task.getId(), "supported by a service that uses the block"));
            }
            if ((direct || throughService) && task.getProcess() != null) {
                rows.add(List.of("business process", task.getProcess().getId(), "has a task the block supports"));
            }
        }
        block.getImplementedBy().forEach(s -> rows.add(List.of("solution building block", s.getId(), "implements the block")));
        for (ArchitectureBuildingBlock other : all(catalogue, ArchitectureBuildingBlock.class)) {
            if (other.getSpecialises() == block) {
                rows.add(List.of("architecture building block", other.getId(), "specialises the block"));
            }
            if (other.getDependsOn().contains(block)) {
                rows.add(List.of("architecture building block", other.getId(), "depends on the block"));
            }
        }
        block.getSuccessors().forEach(s -> rows.add(List.of("architecture building block", s.getId(), "succeeds the block")));
        List<List<String>> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.<List<String>, String>comparing(row -> row.get(0)).thenComparing(row -> row.get(2))
                .thenComparing(row -> row.get(1)));
        return ordered;
    }

    /** block, Member State, solution, sourcing; for one block, or all when {@code blockId} is null. */
    static List<List<String>> memberStatesImplementing(Catalogue catalogue, String blockId) {
        List<List<String>> rows = new ArrayList<>();
        for (SolutionBuildingBlock solution : all(catalogue, SolutionBuildingBlock.class)) {
            for (ArchitectureBuildingBlock block : solution.getImplements()) {
                if (blockId != null && !block.getId().equals(blockId)) {
                    continue;
                }
                String sourcing = solution.getSourcing().getLiteral();
                if (solution.getUsedBy().isEmpty()) {
                    rows.add(java.util.Arrays.asList(block.getId(), null, solution.getId(), sourcing));
                }
                for (MemberState state : solution.getUsedBy()) {
                    rows.add(List.of(block.getId(), state.getIsoCode(), solution.getId(), sourcing));
                }
            }
        }
        rows.sort(Comparator.<List<String>, String>comparing(row -> row.get(0))
                .thenComparing(row -> row.get(1), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(row -> row.get(2)));
        return rows;
    }

    /** solution, Member States, their codes (sorted), blocks; most used first. */
    static List<List<String>> solutionReuse(Catalogue catalogue) {
        List<List<String>> rows = new ArrayList<>();
        for (SolutionBuildingBlock solution : all(catalogue, SolutionBuildingBlock.class)) {
            Set<String> codes = solution.getUsedBy().stream().map(MemberState::getIsoCode).collect(Collectors.toCollection(TreeSet::new));
            rows.add(List.of(solution.getId(), count(codes), String.join(" ", codes), count(ids(solution.getImplements()))));
        }
        rows.sort(Comparator.<List<String>>comparingInt(row -> -Integer.parseInt(row.get(1))).thenComparing(row -> row.get(0)));
        return rows;
    }

    static <T> List<T> all(Catalogue catalogue, Class<T> type) {
        return CatalogueContents.all(catalogue, type);
    }

    private static Set<String> ids(List<? extends Element> elements) {
        return elements.stream().map(Element::getId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String count(Set<String> values) {
        return Integer.toString(values.size());
    }
}
