package org.egovera.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.egovera.model.AbbOrigin;
import org.egovera.model.AbbStatus;
import org.egovera.model.ActorClass;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DataGap;
import org.egovera.model.DataGapKind;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EiraView;
import org.egovera.model.Platform;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.TrustLevel;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;

class CatalogueRulesTest {

    @Test
    void minimalCatalogueHasNoFinding() {
        ValidationReport report = CatalogueValidation.validate(TestCatalogues.minimal());
        assertEquals(List.of(), report.findings());
    }

    @Test
    void duplicateIdentifierIsAnError() {
        assertSingle(Rule.UNIQUE_ID, "error", "ABB1",
                catalogue -> service(catalogue).setId("ABB1"));
    }

    @Test
    void serviceWithoutCapabilityIsAnError() {
        assertSingle(Rule.SERVICE_REALISES_CAPABILITY, "error", "DPS1",
                catalogue -> service(catalogue).getRealises().clear());
    }

    @Test
    void serviceWithoutBuildingBlockIsAnError() {
        assertSingle(Rule.SERVICE_USES_BUILDING_BLOCK, "error", "DPS1",
                catalogue -> service(catalogue).getUses().clear());
    }

    @Test
    void recordedGapOfTheSourceLowersTheViolationToAWarning() {
        assertSingle(Rule.SERVICE_USES_BUILDING_BLOCK, "warning", "DPS1", catalogue -> {
            service(catalogue).getUses().clear();
            DataGap gap = EgoveraFactory.eINSTANCE.createDataGap();
            gap.setKind(DataGapKind.MISSING_LINK);
            gap.setSubject(service(catalogue));
            gap.setField("uses");
            catalogue.getDataGaps().add(gap);
        });
    }

    @Test
    void gapRecordedForAnotherFeatureDoesNotExcuseTheViolation() {
        assertSingle(Rule.SERVICE_USES_BUILDING_BLOCK, "error", "DPS1", catalogue -> {
            service(catalogue).getUses().clear();
            DataGap gap = EgoveraFactory.eINSTANCE.createDataGap();
            gap.setKind(DataGapKind.MISSING_LINK);
            gap.setSubject(service(catalogue));
            gap.setField("realises");
            catalogue.getDataGaps().add(gap);
        });
    }

    @Test
    void obsoleteBuildingBlockInUseIsAWarning() {
        assertSingle(Rule.SERVICE_USES_OBSOLETE_BLOCK, "warning", "DPS1",
                catalogue -> block(catalogue).setStatus(AbbStatus.OBSOLETE));
    }

    @Test
    void buildingBlockWithoutViewIsAnError() {
        assertSingle(Rule.BLOCK_HAS_VIEW, "error", "ABB1",
                catalogue -> block(catalogue).setView(EiraView.UNSPECIFIED));
    }

    @Test
    void eiraLibraryBlockWithoutViewIsOnlyAWarning() {
        assertSingle(Rule.BLOCK_HAS_VIEW, "warning", "eira.DataExchange",
                catalogue -> catalogue.getEiraLibrary().get(0).setView(EiraView.UNSPECIFIED));
    }

    @Test
    void buildingBlockWithoutArchimateTypeIsAnError() {
        assertSingle(Rule.BLOCK_HAS_ARCHIMATE_TYPE, "error", "ABB1", catalogue -> {
            block(catalogue).setArchimateType(ArchimateElementType.UNSPECIFIED);
            solution(catalogue).setArchimateType(ArchimateElementType.UNSPECIFIED);
        });
    }

    @Test
    void buildingBlockWithoutDctTypeIsAnError() {
        assertSingle(Rule.BLOCK_HAS_DCT_TYPE, "error", "ABB1", catalogue -> block(catalogue).setDctType(null));
    }

    @Test
    void dctTypeWithoutKnownPrefixIsAnError() {
        assertSingle(Rule.BLOCK_HAS_DCT_TYPE, "error", "ABB1",
                catalogue -> block(catalogue).setDctType("ExchangeOfTaxInformation"));
    }

    @Test
    void eiraBlockOutsideTheEiraNamespaceIsAnError() {
        assertSingle(Rule.EIRA_BLOCK_HAS_PURI, "error", "ABB1", catalogue -> {
            block(catalogue).setOrigin(AbbOrigin.EIRA);
            block(catalogue).setPersistentUri("https://example.org/DataExchange");
        });
    }

    @Test
    void solutionImplementingNothingIsAnError() {
        assertSingle(Rule.SOLUTION_IMPLEMENTS_BLOCK, "error", "SBB1",
                catalogue -> solution(catalogue).getImplements().clear());
    }

    @Test
    void solutionOfAnotherArchimateTypeIsAnError() {
        assertSingle(Rule.SOLUTION_MATCHES_BLOCK_TYPE, "error", "SBB1",
                catalogue -> solution(catalogue).setArchimateType(ArchimateElementType.APPLICATION_COMPONENT));
    }

    @Test
    void untrustedConsumerWithoutSpeedIsAnError() {
        assertSingle(Rule.UNTRUSTED_THROUGH_SPEED, "error", "DPS1", catalogue -> {
            service(catalogue).getConsumers().add(traders(catalogue));
            service(catalogue).getExposedThrough().add(platform(catalogue, "CCN2NG"));
        });
    }

    @Test
    void untrustedConsumerThroughSpeedIsFine() {
        Catalogue catalogue = TestCatalogues.minimal();
        service(catalogue).getConsumers().add(traders(catalogue));
        service(catalogue).getExposedThrough().add(platform(catalogue, "SPEED2NG"));
        assertEquals(List.of(), CatalogueValidation.validate(catalogue).findings());
    }

    @Test
    void cdcoReachedDirectlyByTradersIsAnError() {
        assertSingle(Rule.CDCO_THROUGH_PLATFORMS, "error", "SBB1", catalogue -> {
            Platform cdco = platform(catalogue, "CDCO");
            cdco.getReachedThrough().clear();
            SolutionBuildingBlock solution = solution(catalogue);
            solution.getExposedThrough().clear();
            solution.getExposedThrough().add(cdco);
            ActorClass commission = EgoveraFactory.eINSTANCE.createActorClass();
            commission.setId("EC");
            commission.setTrustLevel(TrustLevel.TRUSTED);
            catalogue.getActors().add(commission);
            solution.getConsumers().add(commission);
        });
    }

    @Test
    void cdcoUsedByCommissionStaffOnlyIsFine() {
        Catalogue catalogue = TestCatalogues.minimal();
        Platform cdco = platform(catalogue, "CDCO");
        cdco.getReachedThrough().clear();
        ActorClass commission = EgoveraFactory.eINSTANCE.createActorClass();
        commission.setId("EC");
        commission.setTrustLevel(TrustLevel.COMMISSION_INTERNAL);
        catalogue.getActors().add(commission);
        solution(catalogue).getExposedThrough().clear();
        solution(catalogue).getExposedThrough().add(cdco);
        solution(catalogue).getConsumers().add(commission);
        assertEquals(List.of(), CatalogueValidation.validate(catalogue).findings());
    }

    @Test
    void everyRuleHasADistinctCode() {
        assertEquals(Rule.values().length,
                java.util.Arrays.stream(Rule.values()).map(Rule::code).distinct().count());
        for (Rule rule : Rule.values()) {
            assertEquals(rule, Rule.ofDiagnosticCode(rule.diagnosticCode()));
        }
    }

    private static void assertSingle(Rule rule, String severity, String elementId, Consumer<Catalogue> breakIt) {
        Catalogue catalogue = TestCatalogues.minimal();
        breakIt.accept(catalogue);
        List<Finding> findings = CatalogueValidation.validate(catalogue).findings();
        assertEquals(1, findings.size(), () -> "expected one finding, got " + findings);
        Finding finding = findings.get(0);
        assertEquals(rule.code(), finding.code());
        assertEquals(severity, finding.severity());
        assertEquals(elementId, finding.elementId());
        assertTrue(finding.message().startsWith(rule.code() + ": "), finding.message());
        assertTrue(finding.message().contains("(" + elementId + ")"), finding.message());
    }

    private static DigitalPublicService service(Catalogue catalogue) {
        return catalogue.getPolicyDomains().get(0).getServices().get(0);
    }

    private static ArchitectureBuildingBlock block(Catalogue catalogue) {
        return catalogue.getPolicyDomains().get(0).getBuildingBlocks().get(0);
    }

    private static SolutionBuildingBlock solution(Catalogue catalogue) {
        return catalogue.getSolutionBuildingBlocks().get(0);
    }

    private static ActorClass traders(Catalogue catalogue) {
        return (ActorClass) catalogue.getActors().stream().filter(a -> a.getId().equals("TRADERS")).findFirst().orElseThrow();
    }

    private static Platform platform(Catalogue catalogue, String id) {
        return catalogue.getPlatforms().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
    }
}
