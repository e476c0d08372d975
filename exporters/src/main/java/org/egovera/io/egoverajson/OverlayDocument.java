package org.egovera.io.egoverajson;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The project's own additions to the public eGovERA data, as {@code overlay.yaml} states them. Every
 * element it adds carries the overlay's release as provenance, so nobody mistakes it for source data.
 *
 * @param release                the provenance release of everything added ({@code egovera overlay})
 * @param catalogue              the catalogue's own identity
 * @param memberStates           the EU Member States
 * @param organisations          named or generic organisations
 * @param actorClasses           classes of actors (traders, third countries...)
 * @param platforms              the platforms of the tax IT landscape
 * @param circlesOfTrust         who may reach which platforms
 * @param competentAuthorities   the authority set on every service of a domain
 * @param services               consumers, exposure and audience of source services
 * @param solutionBuildingBlocks solutions implementing source building blocks
 * @param priorities             capabilities flagged as priority, with the reason
 */
public record OverlayDocument(String release, CatalogueEntry catalogue, List<MemberStateEntry> memberStates,
        List<OrganisationEntry> organisations, List<ActorClassEntry> actorClasses, List<PlatformEntry> platforms,
        List<CircleEntry> circlesOfTrust, List<CompetentAuthorityEntry> competentAuthorities,
        List<ServiceEntry> services, List<SolutionEntry> solutionBuildingBlocks, List<PriorityEntry> priorities) {

    public OverlayDocument {
        memberStates = nonNull(memberStates);
        organisations = nonNull(organisations);
        actorClasses = nonNull(actorClasses);
        platforms = nonNull(platforms);
        circlesOfTrust = nonNull(circlesOfTrust);
        competentAuthorities = nonNull(competentAuthorities);
        services = nonNull(services);
        solutionBuildingBlocks = nonNull(solutionBuildingBlocks);
        priorities = nonNull(priorities);
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public record CatalogueEntry(String id, String name, String version, String baseIri, String description) {
    }

    public record MemberStateEntry(String iso, String name) {
    }

    public record OrganisationEntry(String id, String name, String description, String trust, Boolean generic, String partOf) {
    }

    public record ActorClassEntry(String id, String name, String description, String trust) {
    }

    public record PlatformEntry(String id, String name, String description, String kind, List<String> reachedThrough) {
        public PlatformEntry {
            reachedThrough = nonNull(reachedThrough);
        }
    }

    public record CircleEntry(String id, String name, String description, String trust, List<String> members,
            Boolean allMemberStates, List<String> platforms) {
        public CircleEntry {
            members = nonNull(members);
            platforms = nonNull(platforms);
        }
    }

    public record CompetentAuthorityEntry(String domain, String authority) {
    }

    public record ServiceEntry(String service, List<String> consumers, List<String> exposedThrough, List<String> audience) {
        public ServiceEntry {
            consumers = nonNull(consumers);
            exposedThrough = nonNull(exposedThrough);
            audience = nonNull(audience);
        }
    }

    public record SolutionEntry(String id, String name, String description, String sourcing, String provider,
            @JsonProperty("implements") List<String> implementedBlocks, List<String> platforms, List<String> usedBy,
            Boolean usedByAllMemberStates, List<String> consumers) {
        public SolutionEntry {
            implementedBlocks = nonNull(implementedBlocks);
            platforms = nonNull(platforms);
            usedBy = nonNull(usedBy);
            consumers = nonNull(consumers);
        }
    }

    public record PriorityEntry(String capability, String rationale) {
    }
}
