package org.egovera.io.egoverajson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.egovera.io.support.InputSource;
import org.egovera.model.Actor;
import org.egovera.model.ActorClass;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Audience;
import org.egovera.model.Catalogue;
import org.egovera.model.CircleOfTrust;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.Element;
import org.egovera.model.MemberState;
import org.egovera.model.Organisation;
import org.egovera.model.Platform;
import org.egovera.model.PlatformKind;
import org.egovera.model.PolicyDomain;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.Sourcing;
import org.egovera.model.TrustLevel;
import org.egovera.model.io.InputException;

/**
 * Adds the overlay to a catalogue built from the sources. Every reference in the overlay must name an
 * element of the right kind; an SBB takes the ArchiMate type of the blocks it implements, which must
 * agree. A wrong reference or value is refused with the overlay's name and the entry concerned.
 */
final class OverlayApplier {

    /** Member States are identified by this prefix and their ISO 3166 alpha-2 code. */
    static final String MEMBER_STATE_PREFIX = "ms.";

    private static final EgoveraFactory FACTORY = EgoveraFactory.eINSTANCE;

    private final InputSource source;
    private final OverlayDocument overlay;
    private final Catalogue catalogue;
    private final ImportContext context;
    private final Map<String, Element> byId = new HashMap<>();
    private final List<MemberState> memberStates = new ArrayList<>();
    private int added;

    OverlayApplier(InputSource source, OverlayDocument overlay, ImportContext context) {
        this.source = source;
        this.overlay = overlay;
        this.catalogue = context.catalogue;
        this.context = context;
        catalogue.eAllContents().forEachRemaining(object -> {
            if (object instanceof Element element) {
                byId.put(element.getId(), element);
            }
        });
    }

    /** Applies everything and returns the number of elements added. */
    int apply() {
        applyCatalogueIdentity();
        overlay.memberStates().forEach(entry -> {
            MemberState state = FACTORY.createMemberState();
            state.setIsoCode(required(entry.iso(), "memberStates", "iso"));
            add(state, MEMBER_STATE_PREFIX + entry.iso(), entry.name(), null);
            state.setTrustLevel(TrustLevel.TRUSTED);
            catalogue.getActors().add(state);
            memberStates.add(state);
        });
        overlay.organisations().forEach(entry -> {
            Organisation organisation = FACTORY.createOrganisation();
            add(organisation, entry.id(), entry.name(), entry.description());
            organisation.setTrustLevel(literal(TrustLevel.VALUES, entry.trust(), entry.id(), "trust"));
            organisation.setGeneric(Boolean.TRUE.equals(entry.generic()));
            catalogue.getActors().add(organisation);
        });
        overlay.organisations().stream().filter(entry -> entry.partOf() != null).forEach(entry ->
                ((Organisation) byId.get(entry.id())).setPartOf(find(entry.partOf(), Organisation.class, entry.id(), "partOf")));
        overlay.actorClasses().forEach(entry -> {
            ActorClass actorClass = FACTORY.createActorClass();
            add(actorClass, entry.id(), entry.name(), entry.description());
            actorClass.setTrustLevel(literal(TrustLevel.VALUES, entry.trust(), entry.id(), "trust"));
            catalogue.getActors().add(actorClass);
        });
        overlay.platforms().forEach(entry -> {
            Platform platform = FACTORY.createPlatform();
            add(platform, entry.id(), entry.name(), entry.description());
            platform.setKind(literal(PlatformKind.VALUES, entry.kind(), entry.id(), "kind"));
            catalogue.getPlatforms().add(platform);
        });
        overlay.platforms().forEach(entry -> entry.reachedThrough().forEach(id ->
                ((Platform) byId.get(entry.id())).getReachedThrough().add(find(id, Platform.class, entry.id(), "reachedThrough"))));
        overlay.circlesOfTrust().forEach(this::addCircle);
        overlay.competentAuthorities().forEach(entry -> {
            PolicyDomain domain = find(entry.domain(), PolicyDomain.class, "competentAuthorities", "domain");
            Organisation authority = find(entry.authority(), Organisation.class, entry.domain(), "authority");
            domain.getServices().forEach(service -> service.setCompetentAuthority(authority));
        });
        overlay.services().forEach(this::exposeService);
        overlay.solutionBuildingBlocks().forEach(this::addSolution);
        overlay.priorities().forEach(entry -> {
            DigitalBusinessCapability capability = find(entry.capability(), DigitalBusinessCapability.class, "priorities", "capability");
            capability.setPriority(true);
            capability.setPriorityRationale(required(entry.rationale(), entry.capability(), "rationale"));
            Elements.addProperty(capability, Elements.OVERLAY_ADDITION, "priority");
        });
        return added;
    }

    private void applyCatalogueIdentity() {
        OverlayDocument.CatalogueEntry entry = overlay.catalogue();
        if (entry == null) {
            return;
        }
        catalogue.setId(required(entry.id(), "catalogue", "id"));
        catalogue.setName(entry.name());
        catalogue.setVersion(entry.version());
        catalogue.setBaseIri(entry.baseIri());
        catalogue.setDescription(entry.description());
        context.registerId(entry.id());
        byId.put(entry.id(), catalogue);
    }

    private void addCircle(OverlayDocument.CircleEntry entry) {
        CircleOfTrust circle = FACTORY.createCircleOfTrust();
        add(circle, entry.id(), entry.name(), entry.description());
        circle.setTrustLevel(literal(TrustLevel.VALUES, entry.trust(), entry.id(), "trust"));
        Set<Actor> members = new LinkedHashSet<>();
        if (Boolean.TRUE.equals(entry.allMemberStates())) {
            members.addAll(memberStates);
        }
        entry.members().forEach(id -> members.add(find(id, Actor.class, entry.id(), "members")));
        circle.getMembers().addAll(members);
        entry.platforms().forEach(id -> circle.getPlatforms().add(find(id, Platform.class, entry.id(), "platforms")));
        catalogue.getCirclesOfTrust().add(circle);
    }

    private void exposeService(OverlayDocument.ServiceEntry entry) {
        DigitalPublicService service = find(entry.service(), DigitalPublicService.class, "services", "service");
        entry.consumers().forEach(id -> service.getConsumers().add(find(id, Actor.class, entry.service(), "consumers")));
        entry.exposedThrough().forEach(id -> service.getExposedThrough().add(find(id, Platform.class, entry.service(), "exposedThrough")));
        entry.audience().forEach(literal -> service.getAudience().add(literal(Audience.VALUES, literal, entry.service(), "audience")));
        Elements.addProperty(service, Elements.OVERLAY_ADDITION, "consumers, exposure and audience");
    }

    private void addSolution(OverlayDocument.SolutionEntry entry) {
        SolutionBuildingBlock solution = FACTORY.createSolutionBuildingBlock();
        add(solution, entry.id(), entry.name(), entry.description());
        solution.setSourcing(literal(Sourcing.VALUES, entry.sourcing(), entry.id(), "sourcing"));
        if (entry.provider() != null) {
            solution.setProvider(find(entry.provider(), Organisation.class, entry.id(), "provider"));
        }
        if (entry.implementedBlocks().isEmpty()) {
            throw refuse(entry.id(), "implements", "an SBB must implement at least one building block");
        }
        Set<ArchimateElementType> types = new LinkedHashSet<>();
        for (String id : entry.implementedBlocks()) {
            ArchitectureBuildingBlock block = find(id, ArchitectureBuildingBlock.class, entry.id(), "implements");
            solution.getImplements().add(block);
            types.add(block.getArchimateType());
        }
        if (types.size() != 1) {
            throw refuse(entry.id(), "implements", "the implemented blocks have different ArchiMate types " + types
                    + "; an SBB has the one type of the blocks it implements");
        }
        solution.setArchimateType(types.iterator().next());
        entry.platforms().forEach(id -> solution.getExposedThrough().add(find(id, Platform.class, entry.id(), "platforms")));
        if (Boolean.TRUE.equals(entry.usedByAllMemberStates())) {
            solution.getUsedBy().addAll(memberStates);
        }
        entry.usedBy().forEach(id -> solution.getUsedBy().add(find(id, MemberState.class, entry.id(), "usedBy")));
        entry.consumers().forEach(id -> solution.getConsumers().add(find(id, Actor.class, entry.id(), "consumers")));
        catalogue.getSolutionBuildingBlocks().add(solution);
    }

    private void add(Element element, String id, String name, String description) {
        required(id, element.eClass().getName(), "id");
        if (!context.registerId(id)) {
            throw refuse(id, "id", "the identifier is already used in the catalogue");
        }
        element.setId(id);
        element.setName(name);
        element.setDescription(description);
        element.setProvenance(Elements.provenance(overlay.release(), id, source.fileName()));
        byId.put(id, element);
        added++;
    }

    private <T> T find(String id, Class<T> kind, String entry, String field) {
        Element element = byId.get(id);
        if (element == null) {
            throw refuse(entry, field, "no element has the identifier '" + id + "'");
        }
        if (!kind.isInstance(element)) {
            throw refuse(entry, field, "'" + id + "' is a " + element.eClass().getName() + ", not a " + kind.getSimpleName());
        }
        return kind.cast(element);
    }

    private <E extends Enumerator> E literal(List<E> values, String literal, String entry, String field) {
        for (E value : values) {
            if (value.getLiteral().equals(literal)) {
                return value;
            }
        }
        throw refuse(entry, field, "'" + literal + "' is none of " + values.stream().map(Enumerator::getLiteral).toList());
    }

    private String required(String value, String entry, String field) {
        if (value == null || value.isBlank()) {
            throw refuse(entry, field, "a value is required");
        }
        return value;
    }

    private InputException refuse(String entry, String field, String problem) {
        return new InputException(source.displayPath(), "entry '" + entry + "', " + field + ": " + problem);
    }
}
