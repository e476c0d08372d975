package org.egovera.io.egoverajson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReleaseNamesTest {

    @Test
    void theServiceSuffixOfRelease6IsDropped() {
        assertEquals(ReleaseNames.key("MyTaxes"), ReleaseNames.key("MyTaxes Digital Public Service"));
    }

    @Test
    void caseSpacesAndAFinalFullStopDoNotMatter() {
        assertEquals(ReleaseNames.key("Tax risk management "), ReleaseNames.key("Tax risk management"));
        assertEquals(ReleaseNames.key("Internal auditing"), ReleaseNames.key("Internal Auditing"));
        assertEquals(ReleaseNames.key("Property Tax  calculation and payment"), ReleaseNames.key("Property Tax calculation and payment"));
        assertEquals(ReleaseNames.key("Taxpayer tax returns and transaction information collection."),
                ReleaseNames.key("Taxpayer tax returns and transaction information collection"));
    }

    @Test
    void the2021TypoAndTheZSpellingAreRead() {
        assertEquals(ReleaseNames.key("Loans and mortgages registry managmenet"), ReleaseNames.key("Loans and mortgages registry management"));
        assertEquals(ReleaseNames.key("Anonymization"), ReleaseNames.key("Anonymisation"));
    }

    @Test
    void differentWordsStayDifferent() {
        assertNotEquals(ReleaseNames.key("Tangible assets (properties) registry management"),
                ReleaseNames.key("Tangible assets registry management for properties"));
        assertNotEquals(ReleaseNames.key("Knowledge Management"), ReleaseNames.key("eTranslation"));
    }

    @Test
    void aUriSpellsTheNameItWasMadeFrom() {
        assertTrue(ReleaseNames.uriSpells("http://data.europa.eu/dr8/egovera/TaxReturnsControlBusinessService", "Tax returns control"));
        assertTrue(ReleaseNames.uriSpells("http://data.europa.eu/dr8/egovera/PartrimonyAnalysisBusinessService",
                "Partrimony analysis Digital Public Service"));
        assertTrue(ReleaseNames.uriSpells("http://data.europa.eu/dr8/egovera/TaxPlanningCapability", "Tax planning"));
        assertFalse(ReleaseNames.uriSpells("http://data.europa.eu/dr8/egovera/Anti-TaxReturnsControlBusinessService", "Tax returns control"));
        assertFalse(ReleaseNames.uriSpells("http://data.europa.eu/dr8/egovera/TaxCalendarBusinessService", "Partrimony analysis"));
    }
}
