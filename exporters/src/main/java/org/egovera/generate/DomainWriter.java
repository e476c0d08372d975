package org.egovera.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import org.egovera.generate.Draw.Stream;
import org.egovera.model.AbbOrigin;
import org.egovera.model.AbbStatus;
import org.egovera.model.Audience;
import org.egovera.model.EgoveraPackage.Literals;
import org.egovera.model.io.Progress;

/**
 * Writes the policy domains: capabilities with their hierarchy and priority flag, the services
 * realising them (audience, consumers, exposure that obeys the circles of trust), and the eGovERA
 * building blocks, each specialising an EIRA block whose type and view it keeps.
 */
final class DomainWriter {

    private final CataloguePlan plan;
    private final CatalogueLayout layout;
    private final Names names;
    private final XmiStreamWriter xmi;
    private final Progress progress;

    DomainWriter(CataloguePlan plan, Names names, XmiStreamWriter xmi, Progress progress) {
        this.plan = plan;
        this.layout = plan.layout();
        this.names = names;
        this.xmi = xmi;
        this.progress = progress;
    }

    void write() throws IOException {
        for (int d = 0; d < layout.domainCount(); d++) {
            Vocabulary.Domain domain = layout.domain(d);
            xmi.start(Literals.CATALOGUE__POLICY_DOMAINS, new XmiRecord(Literals.POLICY_DOMAIN)
                    .set(Literals.ELEMENT__ID, domain.key())
                    .set(Literals.ELEMENT__NAME, domain.name())
                    .set(Literals.ELEMENT__DESCRIPTION, "The " + domain.name() + " policy domain: " + layout.capabilities(d)
                            + " capabilities, " + layout.services(d) + " services and " + layout.blocks(d) + " building blocks."));
            for (int c = layout.capabilityStart(d); c < layout.capabilityStart(d + 1); c++) {
                xmi.element(Literals.POLICY_DOMAIN__CAPABILITIES, capability(domain, c));
            }
            progress.advance(layout.capabilities(d) + 1L);
            for (int s = layout.serviceStart(d); s < layout.serviceStart(d + 1); s++) {
                xmi.element(Literals.POLICY_DOMAIN__SERVICES, service(domain, s));
            }
            progress.advance(layout.services(d));
            for (int b = layout.blockStart(d); b < layout.blockStart(d + 1); b++) {
                xmi.element(Literals.POLICY_DOMAIN__BUILDING_BLOCKS, block(domain, b));
                if ((b & 1023) == 1023) {
                    progress.advance(1024);
                }
            }
            progress.advance(layout.blocks(d) & 1023);
            xmi.end();
        }
    }

    private XmiRecord capability(Vocabulary.Domain domain, int c) {
        Names.CapabilityName name = names.capability(c);
        SplittableRandom random = Draw.of(plan.seed(), Stream.CAPABILITY, ~(long) c);
        boolean priority = Draw.chance(random, 24);
        int broader = plan.broader(c);
        return new XmiRecord(Literals.DIGITAL_BUSINESS_CAPABILITY)
                .set(Literals.ELEMENT__ID, layout.capabilityId(c))
                .set(Literals.ELEMENT__NAME, name.name())
                .set(Literals.ELEMENT__DESCRIPTION, "Capability of the " + domain.name() + " domain: " + name.action()
                        + " of " + name.subject() + " information, digitally and across borders where needed.")
                .ref(Literals.DIGITAL_BUSINESS_CAPABILITY__BROADER, broader < 0 ? null : layout.capabilityId(broader))
                .refs(Literals.DIGITAL_BUSINESS_CAPABILITY__NARROWER, ids(plan.narrower(), c, layout::capabilityId))
                .set(Literals.DIGITAL_BUSINESS_CAPABILITY__PRIORITY, priority)
                .set(Literals.DIGITAL_BUSINESS_CAPABILITY__PRIORITY_RATIONALE, priority
                        ? "Needed by most Member States and a prerequisite of the " + name.subject() + " services." : null)
                .refs(Literals.DIGITAL_BUSINESS_CAPABILITY__REALISED_BY, ids(plan.realisedBy(), c, layout::serviceId));
    }

    private XmiRecord service(Vocabulary.Domain domain, int s) {
        Names.ServiceName name = names.service(s);
        SplittableRandom random = Draw.of(plan.seed(), Stream.SERVICE, (long) s << 1);
        List<Audience> audience = new ArrayList<>();
        audience.add(name.channel().audience());
        if (name.channel().audience() == Audience.BUSINESSES && Draw.chance(random, 30)) {
            audience.add(Audience.ADMINISTRATIONS);
        }
        List<String> consumers = new ArrayList<>();
        List<String> platforms = new ArrayList<>();
        for (Audience group : audience) {
            switch (group) {
                case BUSINESSES -> {
                    consumers.add(FrameworkIds.TRADERS);
                    if (Draw.chance(random, 50)) {
                        consumers.add(FrameworkIds.INTERMEDIARIES);
                    }
                }
                case CITIZENS -> consumers.add(FrameworkIds.CITIZENS);
                case ADMINISTRATIONS -> consumers.add(FrameworkIds.ADMINISTRATIONS);
            }
        }
        // Untrusted consumers (businesses, citizens) reach a service only through SPEED2(ng);
        // the administrations of the Member States use CCN2(ng).
        boolean administrations = consumers.contains(FrameworkIds.ADMINISTRATIONS);
        if (consumers.size() > (administrations ? 1 : 0)) {
            platforms.add(FrameworkIds.SPEED2NG);
        }
        if (administrations) {
            platforms.add(FrameworkIds.CCN2NG);
        }
        return new XmiRecord(Literals.DIGITAL_PUBLIC_SERVICE)
                .set(Literals.ELEMENT__ID, layout.serviceId(s))
                .set(Literals.ELEMENT__NAME, name.name())
                .set(Literals.ELEMENT__DESCRIPTION, "Digital public service of the " + domain.name() + " domain for "
                        + name.subject() + ": " + name.kind() + ", offered " + name.channel().phrase() + ".")
                .refs(Literals.SERVICE_PROVISION__CONSUMERS, consumers)
                .refs(Literals.SERVICE_PROVISION__EXPOSED_THROUGH, platforms)
                .set(Literals.DIGITAL_PUBLIC_SERVICE__AUDIENCE, audience)
                .refs(Literals.DIGITAL_PUBLIC_SERVICE__REALISES, ids(plan.realises(), s, layout::capabilityId))
                .refs(Literals.DIGITAL_PUBLIC_SERVICE__USES, ids(plan.uses(), s, layout::blockId))
                .ref(Literals.DIGITAL_PUBLIC_SERVICE__COMPETENT_AUTHORITY, domain.authority());
    }

    private XmiRecord block(Vocabulary.Domain domain, int b) {
        Vocabulary.EiraConcept concept = names.blockConcept(b);
        String name = names.block(b);
        SplittableRandom random = Draw.of(plan.seed(), Stream.BLOCK, ~(long) b);
        boolean obsolete = plan.isObsolete(b);
        int successor = obsolete ? plan.sameConceptAfter(b) : -1;
        List<String> dependsOn = new ArrayList<>();
        if (plan.blockLocal(b) > 0 && Draw.chance(random, 20)) {
            dependsOn.add(layout.blockId(b - 1));
        }
        return new XmiRecord(Literals.ARCHITECTURE_BUILDING_BLOCK)
                .set(Literals.ELEMENT__ID, layout.blockId(b))
                .set(Literals.ELEMENT__NAME, name)
                .set(Literals.ELEMENT__DESCRIPTION, "The EIRA building block " + concept.name() + " (" + concept.view().getLiteral()
                        + "), specialised for " + names.blockSubject(b) + " in the " + domain.name() + " domain.")
                .set(Literals.BUILDING_BLOCK__ARCHIMATE_TYPE, concept.type())
                .set(Literals.ARCHITECTURE_BUILDING_BLOCK__VIEW, concept.view())
                .set(Literals.ARCHITECTURE_BUILDING_BLOCK__DCT_TYPE, "egovera:" + Names.typeName(name))
                .set(Literals.ARCHITECTURE_BUILDING_BLOCK__ORIGIN, AbbOrigin.EGOVERA)
                .set(Literals.ARCHITECTURE_BUILDING_BLOCK__STATUS, obsolete ? AbbStatus.OBSOLETE : AbbStatus.ACTIVE)
                .set(Literals.ARCHITECTURE_BUILDING_BLOCK__AREA, concept.name())
                .ref(Literals.ARCHITECTURE_BUILDING_BLOCK__SPECIALISES, CatalogueLayout.eiraId(concept))
                .refs(Literals.ARCHITECTURE_BUILDING_BLOCK__SUCCESSORS, successor < 0 ? List.of() : List.of(layout.blockId(successor)))
                .refs(Literals.ARCHITECTURE_BUILDING_BLOCK__DEPENDS_ON, dependsOn)
                .refs(Literals.ARCHITECTURE_BUILDING_BLOCK__USED_BY, ids(plan.usedBy(), b, layout::serviceId))
                .refs(Literals.ARCHITECTURE_BUILDING_BLOCK__IMPLEMENTED_BY, ids(plan.implementedBy(), b, CatalogueLayout::solutionId));
    }

    static List<String> ids(IntLists lists, int index, IntFunction<String> id) {
        int count = lists.count(index);
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(id.apply(lists.get(index, i)));
        }
        return ids;
    }
}
