package org.egovera.design.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Diagnostic;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.validation.Rule;
import org.junit.jupiter.api.Test;

class ValidationServicesTest {

    private final TestCatalogue data = new TestCatalogue();
    private final ValidationServices services = new ValidationServices();

    @Test
    void aRuleTheElementBreaksFailsWithTheValidatorsMessage() {
        DigitalPublicService idle = EgoveraFactory.eINSTANCE.createDigitalPublicService();
        idle.setId("dps-9");
        idle.setName("Idle service");
        data.tax.getServices().add(idle);
        assertFalse(services.passes(idle, "DPS-USES"));
        assertEquals("DPS-USES: digital public service 'Idle service' (dps-9) uses no architecture building block",
                services.errorMessages(idle, "DPS-USES"));
        assertTrue(services.passes(idle, "ABB-VIEW"));
        assertEquals("", services.errorMessages(idle, "ABB-VIEW"));
    }

    @Test
    void aChangeToTheCatalogueIsSeenByTheNextQuestion() {
        assertTrue(services.passes(data.registerTaxpayer, "DPS-USES"));
        data.registerTaxpayer.getUses().clear();
        assertFalse(services.passes(data.registerTaxpayer, "DPS-USES"));
        data.registerTaxpayer.getUses().add(data.riskAnalysis);
        assertTrue(services.passes(data.registerTaxpayer, "DPS-USES"));
    }

    @Test
    void usingAnObsoleteBlockIsAWarning() {
        assertFalse(services.hasNoWarnings(data.fileReturn));
        assertTrue(services.warningMessages(data.fileReturn).contains("uses obsolete building block"), services.warningMessages(data.fileReturn));
        assertTrue(services.passes(data.fileReturn, Rule.SERVICE_USES_OBSOLETE_BLOCK.code()), "a warning is no error");
        assertTrue(services.hasNoWarnings(data.registerTaxpayer));
    }

    @Test
    void everyRuleCodeOfTheValidatorIsKnown() {
        for (Rule rule : Rule.values()) {
            services.passes(data.fileReturn, rule.code());
        }
        assertEquals(Diagnostic.ERROR, Rule.BLOCK_HAS_VIEW.severity());
        assertFalse(services.passes(data.unclassified, Rule.BLOCK_HAS_VIEW.code()));
    }

    @Test
    void anUnknownRuleCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> services.passes(data.fileReturn, "DPS-USE"));
        assertThrows(IllegalArgumentException.class, () -> services.errorMessages(data.fileReturn, "dps-uses"));
    }

    @Test
    void anObjectThatIsNoElementPassesEveryRule() {
        assertTrue(services.passes(EgoveraFactory.eINSTANCE.createLangString(), "DPS-USES"));
        assertEquals("", services.errorMessages(EgoveraFactory.eINSTANCE.createLangString(), "DPS-USES"));
    }
}
