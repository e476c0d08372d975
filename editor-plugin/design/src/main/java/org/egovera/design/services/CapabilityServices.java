package org.egovera.design.services;

import java.util.List;
import java.util.stream.Collectors;

import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.PolicyDomain;

/**
 * Services of the capability map and of the capabilities x ABBs table: the capability hierarchy of a
 * policy domain and what its services bring to each capability.
 */
public class CapabilityServices {

    /** The title of a new capability map. */
    public String capabilityMapTitle(PolicyDomain domain) {
        return "Capability map of " + Names.of(domain);
    }

    /** The title of a new capabilities x ABBs table. */
    public String capabilityBlocksTitle(PolicyDomain domain) {
        return "Capabilities and building blocks of " + Names.of(domain);
    }

    /**
     * The capabilities at the top of the domain's hierarchy: those with no broader capability in the
     * same domain. Narrower ones are drawn inside them.
     */
    public List<DigitalBusinessCapability> rootCapabilities(PolicyDomain domain) {
        return Ordering.distinctSorted(domain.getCapabilities().stream()
                .filter(capability -> capability.getBroader() == null || capability.getBroader().getDomain() != domain),
                Ordering.BY_NAME);
    }

    /** The capabilities directly below this one, in name order. */
    public List<DigitalBusinessCapability> narrowerCapabilities(DigitalBusinessCapability capability) {
        return Ordering.distinctSorted(capability.getNarrower().stream(), Ordering.BY_NAME);
    }

    /** True when no digital public service realises the capability: a gap the map shows. */
    public boolean isUnrealised(DigitalBusinessCapability capability) {
        return capability.getRealisedBy().isEmpty();
    }

    /** The building blocks the services realising this capability use, by view then name. */
    public List<ArchitectureBuildingBlock> blocksOfCapability(DigitalBusinessCapability capability) {
        return Ordering.distinctSorted(capability.getRealisedBy().stream().flatMap(service -> service.getUses().stream()),
                Ordering.BY_VIEW_THEN_NAME);
    }

    /**
     * The building blocks any capability of the domain relies on, through whichever services realise it
     * (services of other domains included): the columns of the capabilities x ABBs table.
     */
    public List<ArchitectureBuildingBlock> blocksOfDomainCapabilities(PolicyDomain domain) {
        return Ordering.distinctSorted(domain.getCapabilities().stream().flatMap(capability -> capability.getRealisedBy().stream())
                .flatMap(service -> service.getUses().stream()), Ordering.BY_VIEW_THEN_NAME);
    }

    /** The services through which a capability relies on a building block, as a cell label. */
    public String servicesLinking(DigitalBusinessCapability capability, ArchitectureBuildingBlock block) {
        return capability.getRealisedBy().stream()
                .filter(service -> service.getUses().contains(block))
                .sorted(Ordering.BY_NAME)
                .map(DigitalPublicService::getName)
                .map(Names::orUnnamed)
                .collect(Collectors.joining(", "));
    }
}
