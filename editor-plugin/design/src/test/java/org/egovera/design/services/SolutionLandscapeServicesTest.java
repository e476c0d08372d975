package org.egovera.design.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.egovera.model.Sourcing;
import org.junit.jupiter.api.Test;

class SolutionLandscapeServicesTest {

    private final TestCatalogue data = new TestCatalogue();
    private final SolutionLandscapeServices services = new SolutionLandscapeServices();

    @Test
    void solutionsAreGroupedBySourcing() {
        assertEquals(List.of(data.centralRegistry), services.solutionsBySourcing(data.catalogue, "central"));
        assertEquals(List.of(data.nationalPortal), services.solutionsBySourcing(data.catalogue, "national"));
        assertEquals(List.of(), services.solutionsBySourcing(data.catalogue, "market"));
        for (Sourcing sourcing : Sourcing.VALUES) {
            services.solutionsBySourcing(data.catalogue, sourcing.getLiteral());
        }
        assertThrows(IllegalArgumentException.class, () -> services.solutionsBySourcing(data.catalogue, "Central"));
    }

    @Test
    void sourcingLiteralsBecomeSourcings() {
        assertEquals(Sourcing.COLLABORATIVE, services.sourcing(data.nationalPortal, "collaborative"));
    }

    @Test
    void memberStatesAreListedByName() {
        assertEquals(List.of(data.austria, data.belgium), services.memberStates(data.catalogue));
    }

    @Test
    void otherCircleMembersAreThoseThatAreNotMemberStates() {
        assertEquals(List.of(data.traders), services.otherTrustMembers(data.catalogue));
    }

    @Test
    void untrustedActorsAndCirclesAreMarked() {
        assertTrue(services.isUntrusted(data.traders));
        assertFalse(services.isUntrusted(data.belgium));
        assertTrue(services.isUntrustedCircle(data.publicAccess));
        assertFalse(services.isUntrustedCircle(data.administrations));
    }

    @Test
    void titleNamesTheCatalogue() {
        assertEquals("Solution landscape of Test catalogue", services.landscapeTitle(data.catalogue));
    }
}
