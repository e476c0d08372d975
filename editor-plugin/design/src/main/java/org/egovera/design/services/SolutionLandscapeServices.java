package org.egovera.design.services;

import java.util.List;

import org.egovera.model.Actor;
import org.egovera.model.Catalogue;
import org.egovera.model.CircleOfTrust;
import org.egovera.model.MemberState;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.Sourcing;
import org.egovera.model.TrustLevel;

/**
 * Services of the solution landscape: solution building blocks grouped by sourcing, the platforms they are
 * exposed through, the Member States using them and the circles of trust.
 */
public class SolutionLandscapeServices {

    /** The title of a new solution landscape. */
    public String landscapeTitle(Catalogue catalogue) {
        return "Solution landscape of " + Names.of(catalogue);
    }

    /** The solutions with the sourcing named by its literal ({@code 'central'}, {@code 'shared'}...). */
    public List<SolutionBuildingBlock> solutionsBySourcing(Catalogue catalogue, String sourcingLiteral) {
        Sourcing sourcing = Literals.sourcing(sourcingLiteral);
        return Ordering.distinctSorted(catalogue.getSolutionBuildingBlocks().stream()
                .filter(solution -> solution.getSourcing() == sourcing), Ordering.BY_NAME);
    }

    /** The sourcing named by a literal ({@code 'shared'}...), for tools that create a solution in a sourcing's container. */
    public Sourcing sourcing(SolutionBuildingBlock solution, String sourcingLiteral) {
        return Literals.sourcing(sourcingLiteral);
    }

    public List<MemberState> memberStates(Catalogue catalogue) {
        return Ordering.distinctSorted(catalogue.getActors().stream()
                .filter(MemberState.class::isInstance).map(MemberState.class::cast), Ordering.BY_NAME);
    }

    /** Members of circles of trust that are not Member States (traders, third countries, the Commission...). */
    public List<Actor> otherTrustMembers(Catalogue catalogue) {
        return Ordering.distinctSorted(catalogue.getCirclesOfTrust().stream()
                .flatMap(circle -> circle.getMembers().stream())
                .filter(actor -> !(actor instanceof MemberState)), Ordering.BY_NAME);
    }

    /** True for an actor that is not trusted: it may reach services only through SPEED2(ng). */
    public boolean isUntrusted(Actor actor) {
        return actor.getTrustLevel() == TrustLevel.UNTRUSTED;
    }

    public boolean isUntrustedCircle(CircleOfTrust circle) {
        return circle.getTrustLevel() == TrustLevel.UNTRUSTED;
    }
}
