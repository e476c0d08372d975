package org.egovera.io.archimate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.Element;
import org.egovera.model.Organisation;
import org.egovera.model.Platform;
import org.egovera.model.PolicyDomain;
import org.egovera.model.ServiceProvision;
import org.egovera.model.SolutionBuildingBlock;

/**
 * A subset of the catalogue to export, given as {@code capability=ID}, {@code service=ID} or
 * {@code domain=ID} terms (their union). A capability selects its narrower capabilities, the
 * services realising them and the building blocks those use; a service selects the capabilities
 * it realises and its building blocks; a domain everything in it. The subset is then completed so
 * it reads on its own, without widening to further capabilities or services: a building block
 * brings the EIRA blocks it specialises, the blocks it depends on and the solutions implementing
 * it; services and solutions bring their consumers, platforms and organisations; and every
 * capability, service and block brings its policy domain.
 */
public final class CatalogueFilter {

    /** The kinds of term. */
    public enum Kind {
        CAPABILITY, SERVICE, DOMAIN
    }

    /** One term: a kind and an element id. */
    public record Term(Kind kind, String id) {
    }

    private final List<Term> terms;

    private CatalogueFilter(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    /**
     * Parses {@code kind=ID} terms.
     *
     * @throws IllegalArgumentException for an unknown kind or a term without '='
     */
    public static CatalogueFilter parse(List<String> specs) {
        List<Term> terms = new ArrayList<>();
        for (String spec : specs) {
            int equals = spec.indexOf('=');
            if (equals <= 0 || equals == spec.length() - 1) {
                throw new IllegalArgumentException("a filter is capability=ID, service=ID or domain=ID, not '" + spec + "'");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(spec.substring(0, equals).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown filter '" + spec.substring(0, equals)
                        + "': use capability=ID, service=ID or domain=ID", e);
            }
            terms.add(new Term(kind, spec.substring(equals + 1).strip()));
        }
        return new CatalogueFilter(terms);
    }

    public List<Term> terms() {
        return terms;
    }

    /**
     * The elements of the subset.
     *
     * @throws IllegalArgumentException when a term names no element of its kind
     */
    public Set<Element> select(Catalogue catalogue) {
        Deque<Element> pending = new ArrayDeque<>();
        for (Term term : terms) {
            Element start = find(catalogue, term);
            if (start == null) {
                throw new IllegalArgumentException("the catalogue has no " + term.kind().name().toLowerCase(Locale.ROOT)
                        + " '" + term.id() + "'");
            }
            pending.addAll(focus(start));
        }
        Set<Element> selected = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            Element element = pending.poll();
            if (selected.add(element)) {
                pending.addAll(support(element));
            }
        }
        return selected;
    }

    /** What a term selects directly. */
    private static List<Element> focus(Element start) {
        List<Element> focus = new ArrayList<>();
        focus.add(start);
        if (start instanceof PolicyDomain domain) {
            focus.addAll(domain.getCapabilities());
            focus.addAll(domain.getServices());
            focus.addAll(domain.getBuildingBlocks());
        } else if (start instanceof DigitalBusinessCapability capability) {
            Deque<DigitalBusinessCapability> capabilities = new ArrayDeque<>(List.of(capability));
            while (!capabilities.isEmpty()) {
                DigitalBusinessCapability next = capabilities.poll();
                focus.add(next);
                capabilities.addAll(next.getNarrower());
                for (DigitalPublicService service : next.getRealisedBy()) {
                    focus.add(service);
                    focus.addAll(service.getUses());
                }
            }
        } else if (start instanceof DigitalPublicService service) {
            focus.addAll(service.getRealises());
            focus.addAll(service.getUses());
        }
        return focus;
    }

    /** What an element needs beside it to read on its own; never widens to further capabilities or services. */
    private static List<Element> support(Element element) {
        List<Element> next = new ArrayList<>();
        if (element.eContainer() instanceof PolicyDomain domain) {
            next.add(domain);
        }
        if (element instanceof DigitalPublicService service && service.getCompetentAuthority() != null) {
            next.add(service.getCompetentAuthority());
        }
        if (element instanceof ArchitectureBuildingBlock block) {
            if (block.getSpecialises() != null) {
                next.add(block.getSpecialises());
            }
            next.addAll(block.getDependsOn());
            next.addAll(block.getImplementedBy());
        }
        if (element instanceof SolutionBuildingBlock solution) {
            next.addAll(solution.getUsedBy());
            if (solution.getProvider() != null) {
                next.add(solution.getProvider());
            }
        }
        if (element instanceof ServiceProvision provision) {
            next.addAll(provision.getConsumers());
            next.addAll(provision.getExposedThrough());
        }
        if (element instanceof Platform platform) {
            next.addAll(platform.getReachedThrough());
        }
        if (element instanceof Organisation organisation && organisation.getPartOf() != null) {
            next.add(organisation.getPartOf());
        }
        return next;
    }

    private static Element find(Catalogue catalogue, Term term) {
        return switch (term.kind()) {
            case DOMAIN -> catalogue.getPolicyDomains().stream().filter(d -> term.id().equals(d.getId())).findFirst().orElse(null);
            case CAPABILITY -> catalogue.getPolicyDomains().stream().flatMap(d -> d.getCapabilities().stream())
                    .filter(c -> term.id().equals(c.getId())).findFirst().orElse(null);
            case SERVICE -> catalogue.getPolicyDomains().stream().flatMap(d -> d.getServices().stream())
                    .filter(s -> term.id().equals(s.getId())).findFirst().orElse(null);
        };
    }
}
