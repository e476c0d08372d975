package org.egovera.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DataGap;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EiraView;
import org.egovera.model.Element;
import org.egovera.model.PolicyDomain;
import org.egovera.model.SolutionBuildingBlock;

/** Counts what a catalogue holds, for {@code egovera stats} and for anyone who wants the figures. */
public final class CatalogueStatistics {

    /** The tax IT strategy's own 2022 figures, from a release that is not public. */
    public static final PrioritySet STRATEGY_2022 = new PrioritySet(25, 6, 27, 232);

    private CatalogueStatistics() {
    }

    public static StatisticsReport of(Catalogue catalogue) {
        Map<String, DomainCounts> domains = new LinkedHashMap<>();
        for (PolicyDomain domain : catalogue.getPolicyDomains()) {
            domains.put(domain.getName(), new DomainCounts(domain.getCapabilities().size(),
                    domain.getServices().size(), domain.getBuildingBlocks().size(),
                    (int) domain.getCapabilities().stream().filter(DigitalBusinessCapability::isPriority).count()));
        }
        Map<String, Integer> byClass = new TreeMap<>();
        Map<String, Integer> byView = new LinkedHashMap<>();
        for (EiraView view : EiraView.VALUES) {
            byView.put(view.getLiteral(), 0);
        }
        Map<String, Integer> byArchimateType = new TreeMap<>();
        Map<String, Integer> bySourcing = new TreeMap<>();
        for (var contents = catalogue.eAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (!(object instanceof Element)) {
                continue;
            }
            byClass.merge(object.eClass().getName(), 1, Integer::sum);
            if (object instanceof ArchitectureBuildingBlock block) {
                byView.merge(literal(block.getView()), 1, Integer::sum);
                byArchimateType.merge(literal(block.getArchimateType()), 1, Integer::sum);
            }
            if (object instanceof SolutionBuildingBlock solution) {
                bySourcing.merge(literal(solution.getSourcing()), 1, Integer::sum);
            }
        }
        Map<String, Integer> gapsByKind = new TreeMap<>();
        List<GapLine> gaps = new ArrayList<>();
        for (DataGap gap : catalogue.getDataGaps()) {
            gapsByKind.merge(gap.getKind().getLiteral(), 1, Integer::sum);
            gaps.add(GapLine.of(gap));
        }
        return new StatisticsReport(catalogue.getName(), catalogue.getVersion(), domains, byClass, byView,
                byArchimateType, bySourcing, catalogue.getEiraLibrary().size(), prioritySet(catalogue),
                STRATEGY_2022, gapsByKind, gaps);
    }

    /** What the priority capabilities reach: the services realising them and the ABBs those use. */
    static PrioritySet prioritySet(Catalogue catalogue) {
        int capabilities = 0;
        int priority = 0;
        Set<DigitalPublicService> services = new LinkedHashSet<>();
        Set<ArchitectureBuildingBlock> blocks = new LinkedHashSet<>();
        for (PolicyDomain domain : catalogue.getPolicyDomains()) {
            List<DigitalBusinessCapability> flagged = domain.getCapabilities().stream()
                    .filter(DigitalBusinessCapability::isPriority).toList();
            if (flagged.isEmpty()) {
                continue;
            }
            capabilities += domain.getCapabilities().size();
            priority += flagged.size();
            for (DigitalBusinessCapability capability : flagged) {
                services.addAll(capability.getRealisedBy());
                capability.getRealisedBy().forEach(service -> blocks.addAll(service.getUses()));
            }
        }
        return new PrioritySet(capabilities, priority, services.size(), blocks.size());
    }

    private static String literal(org.eclipse.emf.common.util.Enumerator value) {
        return value == null ? "unspecified" : value.getLiteral();
    }
}
