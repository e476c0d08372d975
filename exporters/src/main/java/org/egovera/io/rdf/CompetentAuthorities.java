package org.egovera.io.rdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.egovera.model.Actor;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.MemberState;
import org.egovera.model.Organisation;

/**
 * The competent authority CPSV-AP requires of every public service. eGovERA's services are abstract:
 * no named body provides them, so where a service names no authority the catalogue's generic
 * organisation (one with {@code generic = true}, declared by the catalogue's overlay) stands in, and
 * the report says how often.
 */
final class CompetentAuthorities {

    private final Organisation generic;
    private final Set<Organisation> used = new LinkedHashSet<>();
    private int substituted;
    private int missing;

    CompetentAuthorities(Catalogue catalogue) {
        this.generic = genericOrganisation(catalogue);
    }

    /** The first generic organisation among the catalogue's actors (Member States are never generic). */
    static Organisation genericOrganisation(Catalogue catalogue) {
        for (Actor actor : catalogue.getActors()) {
            if (actor instanceof Organisation organisation && !(actor instanceof MemberState) && organisation.isGeneric()) {
                return organisation;
            }
        }
        return null;
    }

    Organisation generic() {
        return generic;
    }

    /** The service's authority, or the generic organisation when it names none; null when there is neither. */
    Organisation of(DigitalPublicService service) {
        Organisation authority = service.getCompetentAuthority();
        if (authority == null) {
            authority = generic;
            if (generic == null) {
                missing++;
            } else {
                substituted++;
            }
        }
        if (authority != null) {
            used.add(authority);
        }
        return authority;
    }

    Set<Organisation> used() {
        return used;
    }

    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (substituted > 0) {
            notes.add(substituted + " service(s) name no competent authority; the generic organisation '"
                    + generic.getName() + "' (" + generic.getId() + ") is given as cv:hasCompetentAuthority");
        }
        if (missing > 0) {
            notes.add(missing + " service(s) name no competent authority and the catalogue declares no generic"
                    + " organisation: they lack the cv:hasCompetentAuthority CPSV-AP requires");
        }
        return notes;
    }
}
