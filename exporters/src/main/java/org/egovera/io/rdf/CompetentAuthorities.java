package org.egovera.io.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.egovera.model.Actor;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.MemberState;
import org.egovera.model.Organisation;
import org.egovera.model.PolicyDomain;

/**
 * The competent authority CPSV-AP requires of every public service. eGovERA's services are abstract:
 * no named body provides them, so the catalogue's overlay names a generic organisation ({@code generic =
 * true}, "National tax administration") per policy domain. A service that names no authority gets the one
 * the other services of its domain agree on; in a catalogue that names none at all, its only generic
 * organisation stands in. Nothing crosses domains: a health service is not given a tax administration. What
 * was supplied, and what stays missing, the report says.
 */
final class CompetentAuthorities {

    private final Map<PolicyDomain, Organisation> byDomain = new HashMap<>();
    private final Organisation catalogueWide;
    private final Set<Organisation> used = new LinkedHashSet<>();
    private int inferred;
    private int substituted;
    private final Set<String> missingDomains = new TreeSet<>();
    private int missing;

    CompetentAuthorities(Catalogue catalogue) {
        boolean anyNamed = false;
        Map<PolicyDomain, Set<Organisation>> named = new HashMap<>();
        for (PolicyDomain domain : catalogue.getPolicyDomains()) {
            for (DigitalPublicService service : domain.getServices()) {
                if (service.getCompetentAuthority() != null) {
                    anyNamed = true;
                    named.computeIfAbsent(domain, d -> new LinkedHashSet<>()).add(service.getCompetentAuthority());
                }
            }
        }
        named.forEach((domain, authorities) -> {
            if (authorities.size() == 1) {
                byDomain.put(domain, authorities.iterator().next());
            }
        });
        List<Organisation> generic = genericOrganisations(catalogue);
        this.catalogueWide = !anyNamed && generic.size() == 1 ? generic.get(0) : null;
    }

    /** The catalogue's generic organisations (Member States are never generic). */
    static List<Organisation> genericOrganisations(Catalogue catalogue) {
        List<Organisation> generic = new ArrayList<>();
        for (Actor actor : catalogue.getActors()) {
            if (actor instanceof Organisation organisation && !(actor instanceof MemberState) && organisation.isGeneric()) {
                generic.add(organisation);
            }
        }
        return generic;
    }

    /** The service's authority, or the one its domain or the catalogue supplies; null when there is none. */
    Organisation of(DigitalPublicService service) {
        Organisation authority = service.getCompetentAuthority();
        if (authority == null) {
            PolicyDomain domain = domainOf(service);
            authority = domain == null ? null : byDomain.get(domain);
            if (authority != null) {
                inferred++;
            } else if (catalogueWide != null) {
                authority = catalogueWide;
                substituted++;
            } else {
                missing++;
                missingDomains.add(domain == null || domain.getName() == null ? "(no domain)" : domain.getName());
            }
        }
        if (authority != null) {
            used.add(authority);
        }
        return authority;
    }

    /** Whether a generic organisation is among the authorities given (it needs the EU as its area). */
    boolean usesGeneric() {
        return used.stream().anyMatch(Organisation::isGeneric);
    }

    Set<Organisation> used() {
        return used;
    }

    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (inferred > 0) {
            notes.add(inferred + " service(s) name no competent authority; they are given the one the other services of"
                    + " their policy domain name, as cv:hasCompetentAuthority");
        }
        if (substituted > 0) {
            notes.add(substituted + " service(s) name no competent authority; the generic organisation '"
                    + catalogueWide.getName() + "' (" + catalogueWide.getId() + ") is given as cv:hasCompetentAuthority");
        }
        if (missing > 0) {
            notes.add(missing + " service(s) of " + String.join(", ", missingDomains) + " name no competent authority and"
                    + " none can be inferred for their domain: they lack the cv:hasCompetentAuthority CPSV-AP requires");
        }
        return notes;
    }

    private static PolicyDomain domainOf(EObject object) {
        for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof PolicyDomain domain) {
                return domain;
            }
        }
        return null;
    }
}
