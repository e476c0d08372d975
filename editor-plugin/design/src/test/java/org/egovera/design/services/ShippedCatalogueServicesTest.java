package org.egovera.design.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EiraView;
import org.egovera.model.Element;
import org.egovera.model.PolicyDomain;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.Sourcing;
import org.egovera.model.Task;
import org.egovera.model.validation.CatalogueValidation;
import org.egovera.model.validation.Finding;
import org.egovera.model.validation.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every service of the viewpoint run over the shipped catalogue, checked against what the catalogue holds:
 * each diagram and table shows every element it should, once, and the validation rules agree with the
 * catalogue validator.
 */
class ShippedCatalogueServicesTest {

    private static Catalogue catalogue;

    @BeforeAll
    static void load() {
        assumeTrue(ShippedCatalogue.class.getResource(ShippedCatalogue.RESOURCE) != null,
                "the shipped catalogue is not in catalogue-data yet");
        catalogue = ShippedCatalogue.load();
    }

    @Test
    void theCapabilityMapShowsEveryCapabilityOfTheDomainOnce() {
        CapabilityServices services = new CapabilityServices();
        for (PolicyDomain domain : catalogue.getPolicyDomains()) {
            List<DigitalBusinessCapability> shown = new ArrayList<>();
            for (DigitalBusinessCapability root : services.rootCapabilities(domain)) {
                collect(services, root, shown);
            }
            Set<DigitalBusinessCapability> distinct = new HashSet<>(shown);
            assertEquals(distinct.size(), shown.size(), "no capability drawn twice in the map of " + domain.getName());
            assertTrue(distinct.containsAll(domain.getCapabilities()), "every capability of " + domain.getName() + " is drawn");
            assertFalse(services.capabilityMapTitle(domain).isBlank());
        }
        assertTrue(catalogue.getPolicyDomains().stream().flatMap(d -> d.getCapabilities().stream()).anyMatch(DigitalBusinessCapability::isPriority),
                "the shipped catalogue flags priority capabilities, which the map highlights");
    }

    @Test
    void theCapabilityTableHasAColumnForEveryBlockACapabilityReliesOn() {
        CapabilityServices services = new CapabilityServices();
        int cells = 0;
        for (PolicyDomain domain : catalogue.getPolicyDomains()) {
            Set<ArchitectureBuildingBlock> columns = new HashSet<>(services.blocksOfDomainCapabilities(domain));
            for (DigitalBusinessCapability capability : domain.getCapabilities()) {
                for (ArchitectureBuildingBlock block : services.blocksOfCapability(capability)) {
                    assertTrue(columns.contains(block), block.getId() + " is a column of the table of " + domain.getName());
                    assertFalse(services.servicesLinking(capability, block).isBlank(), "the cell of " + capability.getId() + " x " + block.getId());
                    cells++;
                }
                assertEquals(capability.getRealisedBy().isEmpty(), services.isUnrealised(capability));
            }
        }
        assertTrue(cells > 0, "the shipped catalogue ties capabilities to blocks through services");
    }

    @Test
    void theServiceArchitecturePutsEveryUsedBlockInExactlyOneContainer() {
        ServiceArchitectureServices services = new ServiceArchitectureServices();
        BuildingBlockServices blocks = new BuildingBlockServices();
        for (DigitalPublicService service : allServices()) {
            List<ArchitectureBuildingBlock> placed = new ArrayList<>(services.blocksWithoutView(service));
            for (EiraView view : EiraView.VALUES) {
                if (view != EiraView.UNSPECIFIED) {
                    placed.addAll(services.blocksInView(service, view.getLiteral()));
                }
            }
            assertEquals(new HashSet<>(service.getUses()).size(), placed.size(), service.getId() + " blocks placed once");
            assertEquals(new HashSet<>(service.getUses()), new HashSet<>(placed), service.getId());
            assertEquals(!services.blocksWithoutView(service).isEmpty(), services.hasBlocksWithoutView(service));
            Set<ArchitectureBuildingBlock> available = new HashSet<>(services.blocksAvailableTo(service));
            service.getUses().forEach(used -> assertFalse(available.contains(used), service.getId() + " is offered a block it uses"));
            placed.forEach(block -> assertTrue(blocks.buildingBlockLabel(block).startsWith(Names.of(block))));
        }
    }

    @Test
    void theSolutionLandscapeShowsEverySolutionUnderItsSourcing() {
        SolutionLandscapeServices services = new SolutionLandscapeServices();
        List<SolutionBuildingBlock> shown = new ArrayList<>();
        for (Sourcing sourcing : Sourcing.VALUES) {
            shown.addAll(services.solutionsBySourcing(catalogue, sourcing.getLiteral()));
        }
        assertEquals(new HashSet<>(catalogue.getSolutionBuildingBlocks()), new HashSet<>(shown));
        assertEquals(catalogue.getSolutionBuildingBlocks().size(), shown.size());
        Set<Element> memberStates = new HashSet<>(services.memberStates(catalogue));
        services.otherTrustMembers(catalogue).forEach(actor -> assertFalse(memberStates.contains(actor)));
        assertFalse(services.landscapeTitle(catalogue).isBlank());
    }

    @Test
    void traceabilityCoversEveryTaskOfEveryProcess() {
        assumeTrue(!catalogue.getProcesses().isEmpty(), "the shipped catalogue holds no business process yet");
        TraceabilityServices services = new TraceabilityServices();
        for (BusinessProcess process : catalogue.getProcesses()) {
            List<Task> tasks = services.allTasks(process);
            Set<ArchitectureBuildingBlock> columns = new HashSet<>(services.mappableBlocks(process));
            Set<DigitalPublicService> serviceColumns = new HashSet<>(services.mappableServices(process));
            for (Task task : tasks) {
                assertEquals(task.getSupportingServices().isEmpty() && task.getSupportingBuildingBlocks().isEmpty(), services.isUnmapped(task));
                assertTrue(columns.containsAll(task.getSupportingBuildingBlocks()), task.getId() + " blocks are columns");
                assertTrue(serviceColumns.containsAll(task.getSupportingServices()), task.getId() + " services are columns");
                assertFalse(services.taskLabel(task).isBlank());
            }
            assertTrue(tasks.containsAll(process.getTasks()));
        }
    }

    @Test
    void validationRulesAgreeWithTheCatalogueValidator() {
        ValidationServices services = new ValidationServices();
        Map<String, Set<String>> failing = new TreeMap<>();
        Set<String> warned = new HashSet<>();
        for (Finding finding : CatalogueValidation.validate(catalogue).findings()) {
            if (finding.elementId() == null) {
                continue;
            }
            if (finding.isError()) {
                failing.computeIfAbsent(finding.code(), code -> new HashSet<>()).add(finding.elementId());
            } else {
                warned.add(finding.elementId());
            }
        }
        Map<String, Set<String>> failingByServices = new TreeMap<>();
        Set<String> warnedByServices = new HashSet<>();
        Map<String, Element> byId = new HashMap<>();
        for (var contents = catalogue.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Element element) {
                byId.putIfAbsent(element.getId(), element);
                for (Rule rule : Rule.values()) {
                    if (!services.passes(element, rule.code())) {
                        failingByServices.computeIfAbsent(rule.code(), code -> new HashSet<>()).add(element.getId());
                        assertFalse(services.errorMessages(element, rule.code()).isBlank());
                    }
                }
                if (!services.hasNoWarnings(element)) {
                    warnedByServices.add(element.getId());
                }
            }
        }
        failing.keySet().removeIf(code -> !isRuleCode(code));
        assertEquals(failing, failingByServices);
        warned.retainAll(byId.keySet());
        assertEquals(warned, warnedByServices);
    }

    private static boolean isRuleCode(String code) {
        return java.util.Arrays.stream(Rule.values()).anyMatch(rule -> rule.code().equals(code));
    }

    private static List<DigitalPublicService> allServices() {
        return catalogue.getPolicyDomains().stream().flatMap(domain -> domain.getServices().stream()).collect(Collectors.toList());
    }

    private static void collect(CapabilityServices services, DigitalBusinessCapability capability, List<DigitalBusinessCapability> shown) {
        if (shown.contains(capability)) {
            shown.add(capability);
            return;
        }
        shown.add(capability);
        for (DigitalBusinessCapability narrower : services.narrowerCapabilities(capability)) {
            collect(services, narrower, shown);
        }
    }
}
