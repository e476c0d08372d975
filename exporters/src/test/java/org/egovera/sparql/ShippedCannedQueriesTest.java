package org.egovera.sparql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.model.Catalogue;
import org.junit.jupiter.api.Test;

/** The canned queries on the shipped catalogue give the rows computed from the model. */
class ShippedCannedQueriesTest extends CannedQueryChecks {

    @Override
    Catalogue catalogue() {
        return ShippedCatalogue.load();
    }

    /** The block the query's own default names: a Tax block many services use. */
    @Override
    String block() {
        return "TABB1";
    }

    @Test
    void theShippedCatalogueHasAnswersToShow() {
        assertTrue(CannedQueryAnswers.sharingCandidates(catalogue).size() > 100);
        assertTrue(CannedQueryAnswers.changeImpact(catalogue, block()).size() > 20);
        assertFalse(CannedQueryAnswers.solutionReuse(catalogue).isEmpty());
        assertFalse(CannedQueryAnswers.memberStatesImplementing(catalogue, null).isEmpty());
    }
}
