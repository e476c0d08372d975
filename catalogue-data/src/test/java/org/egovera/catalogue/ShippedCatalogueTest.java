package org.egovera.catalogue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.egovera.model.AbbOrigin;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.EiraView;
import org.egovera.model.Element;
import org.egovera.model.MemberState;
import org.egovera.model.PolicyDomain;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.Sourcing;
import org.egovera.model.TrustLevel;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.validation.CatalogueValidation;
import org.egovera.model.validation.Finding;
import org.egovera.model.validation.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue that ships with the tool, checked against the figures of its public sources. */
class ShippedCatalogueTest {

    private static final String RELEASE_2021 = "eGovERA 2021";
    private static final String RELEASE_6 = "eGovERA 6.0";

    private static Catalogue catalogue;

    @BeforeAll
    static void load() {
        catalogue = ShippedCatalogue.load();
    }

    @Test
    void hasNoValidationErrors() {
        ValidationReport report = CatalogueValidation.validate(catalogue);
        assertEquals(0, report.errorCount(), () -> report.findings().stream().filter(Finding::isError)
                .limit(20).map(Finding::message).collect(Collectors.joining("\n")));
    }

    @Test
    void everyWarningConcernsAnEiraBlockOrARecordedGap() {
        Set<String> gapSubjects = catalogue.getDataGaps().stream().filter(gap -> gap.getSubject() != null)
                .map(gap -> gap.getSubject().getId()).collect(Collectors.toSet());
        Set<String> library = catalogue.getEiraLibrary().stream().map(Element::getId).collect(Collectors.toSet());
        for (Finding finding : CatalogueValidation.validate(catalogue).findings()) {
            assertTrue(library.contains(finding.elementId()) || gapSubjects.contains(finding.elementId())
                    || "DPS-OBSOLETE-ABB".equals(finding.code()), finding.message());
        }
    }

    @Test
    void identifiesItself() {
        assertEquals("egovera-catalogue", catalogue.getId());
        assertEquals("eGovERA catalogue", catalogue.getName());
        assertNotNull(catalogue.getVersion());
        assertEquals("https://w3id.org/egovera/catalogue/", catalogue.getBaseIri());
    }

    @Test
    void taxDomainHoldsThe2021ReleaseAndOneServiceOfRelease6() {
        PolicyDomain tax = domain("Tax");
        assertEquals(17, count(tax.getCapabilities(), RELEASE_2021));
        assertEquals(41, count(tax.getServices(), RELEASE_2021));
        assertEquals(205, count(tax.getBuildingBlocks(), RELEASE_2021));
        assertEquals(17, tax.getCapabilities().size());
        assertEquals(42, tax.getServices().size(), "41 of 2021 and 'Revenue tracking and analysis' of release 6.0");
        assertEquals(205, tax.getBuildingBlocks().size());
    }

    @Test
    void businessAgnosticAndHealthDomainsHoldEveryRecord() {
        PolicyDomain agnostic = domain("Business Agnostic");
        assertEquals(5, count(agnostic.getCapabilities(), RELEASE_2021));
        assertEquals(30, count(agnostic.getServices(), RELEASE_2021));
        assertEquals(184, count(agnostic.getBuildingBlocks(), RELEASE_2021));
        assertEquals(10, count(agnostic.getCapabilities(), RELEASE_6));
        assertEquals(5, count(agnostic.getServices(), RELEASE_6));
        assertEquals(25, count(agnostic.getBuildingBlocks(), RELEASE_6));
        PolicyDomain health = domain("Health");
        assertEquals(6, health.getCapabilities().size());
        assertEquals(17, health.getServices().size());
        assertEquals(267, health.getBuildingBlocks().size(), "the duplicated HABB339 is kept twice");
        assertEquals(List.of("Tax", "Business Agnostic", "Health"),
                catalogue.getPolicyDomains().stream().map(PolicyDomain::getName).toList());
    }

    @Test
    void sourceIdentifiersAreKept() {
        assertEquals("International tax management", element("TXBC1").getName());
        assertEquals("Tax professionals and agents registry management", element("TDPS8").getName());
        assertEquals("European Taxpayers’ Code", element("TABB1").getName());
        assertEquals("Tax", ((PolicyDomain) element("TABB1").eContainer()).getName(), "'Tax ' is trimmed");
    }

    @Test
    void everyDomainPopulatesTheFiveViews() {
        for (PolicyDomain domain : catalogue.getPolicyDomains()) {
            Set<EiraView> views = domain.getBuildingBlocks().stream().map(ArchitectureBuildingBlock::getView)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(EiraView.class)));
            assertEquals(EnumSet.complementOf(EnumSet.of(EiraView.UNSPECIFIED)), views, domain.getName());
        }
    }

    @Test
    void taxBuildingBlocksByViewMatchThe2021Release() {
        Map<EiraView, Integer> byView = new EnumMap<>(EiraView.class);
        domain("Tax").getBuildingBlocks().forEach(block -> byView.merge(block.getView(), 1, Integer::sum));
        assertEquals(Map.of(EiraView.ORGANISATIONAL, 69, EiraView.LEGAL, 55, EiraView.TECHNICAL_INFRASTRUCTURE, 33,
                EiraView.SEMANTIC, 26, EiraView.TECHNICAL_APPLICATION, 22), byView);
    }

    @Test
    void eiraLibraryHoldsThe355BlocksOfEira600() {
        assertEquals(355, catalogue.getEiraLibrary().size());
        for (ArchitectureBuildingBlock block : catalogue.getEiraLibrary()) {
            assertEquals(AbbOrigin.EIRA, block.getOrigin(), block.getId());
            assertEquals("EIRA 6.0.0", block.getProvenance().getRelease(), block.getId());
            assertTrue(block.getId().startsWith("eira."), block.getId());
            assertNotNull(block.getDescription(), block.getId());
        }
        ArchitectureBuildingBlock dataExchange = (ArchitectureBuildingBlock) element("eira.DataExchangeApplicationService");
        assertEquals("http://data.europa.eu/dr8/DataExchangeApplicationService", dataExchange.getPersistentUri());
        assertEquals("ApplicationService", dataExchange.getArchimateType().getLiteral());
        assertEquals(EiraView.TECHNICAL_APPLICATION, dataExchange.getView());
        assertEquals("eira:DataExchangeApplicationService", dataExchange.getDctType());
    }

    @Test
    void eirasOwnGapsAreRecordedAsGaps() {
        assertEquals(46, libraryGaps("view"), "37 without view, 8 with several, 1 naming another view");
        assertEquals(10, libraryGaps("dctType"), "9 without dct:type, 1 without the eira: prefix");
        assertEquals(8 + 4, libraryGaps("persistentUri"), "8 without PURI, 2 PURIs used twice");
    }

    @Test
    void everyKindOfDataGapIsRecorded() {
        Set<String> kinds = catalogue.getDataGaps().stream().map(gap -> gap.getKind().getLiteral()).collect(Collectors.toSet());
        assertEquals(Set.of("placeholder-link", "unresolved-reference", "duplicate-id", "duplicate-link", "missing-link",
                "unmatched-release-entry", "duplicate-uri", "malformed-value", "incomplete-source-element"), kinds);
    }

    @Test
    void knownDefectsOfThe2021ReleaseAreRecorded() {
        assertEquals(57, gaps(gap -> "placeholder-link".equals(gap.getKind().getLiteral())), "57 rows hold the placeholder '0'");
        assertTrue(hasGap("duplicate-id", "HABB339-2", "id"));
        assertTrue(hasGap("incomplete-source-element", "HABB211", "usedBy"));
        assertTrue(hasGap("malformed-value", "HABB19", "successors"));
        for (String service : List.of("TDPS2", "TDPS3", "TDPS4", "TDPS18")) {
            assertTrue(hasGap("missing-link", service, "uses"), service);
        }
        for (String block : List.of("TABB57", "TABB105", "TABB107", "TABB143", "TABB225")) {
            assertTrue(hasGap("missing-link", block, "usedBy"), block);
        }
        assertTrue(hasGap("missing-link", "HDPS15", "realises"));
        assertEquals(217, gaps(gap -> "unresolved-reference".equals(gap.getKind().getLiteral()) && "successors".equals(gap.getField())));
        assertEquals(74, gaps(gap -> "unresolved-reference".equals(gap.getKind().getLiteral()) && "realises".equals(gap.getField())),
                "of 106 Health capability references only 32 resolve");
        assertEquals(8, gaps(gap -> "duplicate-link".equals(gap.getKind().getLiteral()) && "usedBy".equals(gap.getField())));
    }

    @Test
    void release6QuirksAreRecorded() {
        assertTrue(hasGap("duplicate-uri", "BADPS6", "persistentUri"), "KnowledgeManagementBusinessService named eTranslation too");
        assertTrue(hasGap("malformed-value", "TDPS43", "persistentUri"), "Partrimony analysis carried the Tax calendar URI");
        assertEquals("http://data.europa.eu/dr8/egovera/TaxCalendarBusinessService", element("TDPS16").getPersistentUri());
        assertEquals("http://data.europa.eu/dr8/egovera/PartrimonyAnalysisBusinessService", element("TDPS43").getPersistentUri());
        assertEquals("http://data.europa.eu/dr8/egovera/TaxReturnsControlBusinessService", element("TDPS12").getPersistentUri());
        assertEquals("http://data.europa.eu/dr8/egovera/LoansAndMortgagesRegistryManagmenetBusinessService",
                element("TDPS7").getPersistentUri(), "matched despite the 2021 typo 'managmenet'");
        assertEquals(41, gaps(gap -> "unmatched-release-entry".equals(gap.getKind().getLiteral())));
    }

    @Test
    void persistentUrisOfTheCatalogueAreUnique() {
        Map<String, Long> uses = catalogue.getPolicyDomains().stream()
                .flatMap(domain -> java.util.stream.Stream.of(domain.getCapabilities(), domain.getServices(), domain.getBuildingBlocks()))
                .flatMap(List::stream).map(Element::getPersistentUri).filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(uri -> uri, Collectors.counting()));
        uses.forEach((uri, count) -> assertEquals(1L, count, uri));
    }

    @Test
    void everyEgoveraBlockSpecialisesAnEiraLibraryBlockAndTakesItsType() {
        Set<ArchitectureBuildingBlock> library = Set.copyOf(catalogue.getEiraLibrary());
        for (PolicyDomain domain : catalogue.getPolicyDomains()) {
            for (ArchitectureBuildingBlock block : domain.getBuildingBlocks()) {
                assertTrue(library.contains(block.getSpecialises()), block.getId());
                assertEquals(block.getSpecialises().getArchimateType(), block.getArchimateType(), block.getId());
                assertTrue(block.getDctType().matches("egovera:[A-Za-z0-9]+"), block.getDctType());
                assertEquals(AbbOrigin.EGOVERA, block.getOrigin());
            }
        }
    }

    @Test
    void legalActsCarryEliAndCelex() {
        ArchitectureBuildingBlock directive = (ArchitectureBuildingBlock) element("TABB12");
        assertEquals("http://data.europa.eu/eli/dir/2016/1164/oj", directive.getEli());
        assertEquals("32016L1164", directive.getCelex());
        assertEquals(directive.getEli(), directive.getPersistentUri());
        ArchitectureBuildingBlock regulation = (ArchitectureBuildingBlock) element("TABB229");
        assertEquals("32010R0904", regulation.getCelex());
        assertTrue(hasGap("duplicate-uri", "TABB229", "persistentUri"), "TABB33 names the same act");
    }

    @Test
    void sixTaxCapabilitiesArePriorities() {
        List<DigitalBusinessCapability> priorities = catalogue.getPolicyDomains().stream()
                .flatMap(domain -> domain.getCapabilities().stream()).filter(DigitalBusinessCapability::isPriority).toList();
        assertEquals(6, priorities.size());
        for (DigitalBusinessCapability capability : priorities) {
            assertEquals("Tax", capability.getDomain().getName());
            assertFalse(capability.getPriorityRationale() == null || capability.getPriorityRationale().isBlank(), capability.getId());
        }
    }

    @Test
    void everySourcingOptionIsShown() {
        Set<Sourcing> sourcing = catalogue.getSolutionBuildingBlocks().stream().map(SolutionBuildingBlock::getSourcing)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Sourcing.class)));
        assertEquals(EnumSet.allOf(Sourcing.class), sourcing);
        for (SolutionBuildingBlock solution : catalogue.getSolutionBuildingBlocks()) {
            assertEquals("egovera overlay", solution.getProvenance().getRelease());
            assertTrue(solution.getImplements().stream().allMatch(block -> block.eContainer() instanceof PolicyDomain domain
                    && "Tax".equals(domain.getName())), solution.getId());
        }
    }

    @Test
    void the27MemberStatesAreTrusted() {
        List<MemberState> states = catalogue.getActors().stream().filter(MemberState.class::isInstance)
                .map(MemberState.class::cast).toList();
        assertEquals(27, states.size());
        assertEquals(27, states.stream().map(MemberState::getIsoCode).filter(code -> code.matches("[A-Z]{2}")).distinct().count());
        assertTrue(states.stream().allMatch(state -> state.getTrustLevel() == TrustLevel.TRUSTED));
    }

    @Test
    void everyCapabilityServiceAndTaxBuildingBlockHasAHandWrittenDescription() throws IOException {
        Set<String> described;
        try (InputStream in = ShippedCatalogue.class.getResourceAsStream(CatalogueSources.DESCRIPTIONS)) {
            described = Arrays.stream(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n"))
                    .skip(1).map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toSet());
        }
        for (PolicyDomain domain : catalogue.getPolicyDomains()) {
            java.util.stream.Stream.concat(domain.getCapabilities().stream(), domain.getServices().stream())
                    .forEach(element -> assertTrue(described.contains(element.getId()), element.getId()));
        }
        domain("Tax").getBuildingBlocks().forEach(block -> assertTrue(described.contains(block.getId()), block.getId()));
        assertTrue(domain("Health").getBuildingBlocks().get(0).getDescription().startsWith("A building block of the Health domain in the "),
                "blocks without a hand-written line get the composed sentence");
    }

    @Test
    void savingTheLoadedCatalogueReproducesTheShippedFile() throws IOException {
        byte[] shipped;
        try (InputStream in = ShippedCatalogue.class.getResourceAsStream(ShippedCatalogue.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        CatalogueStore.write(ShippedCatalogue.load(), first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        CatalogueStore.write(ShippedCatalogue.load(), second);
        assertArrayEquals(first.toByteArray(), second.toByteArray());
        assertArrayEquals(shipped, first.toByteArray());
    }

    private static PolicyDomain domain(String name) {
        return catalogue.getPolicyDomains().stream().filter(domain -> name.equals(domain.getName())).findFirst().orElseThrow();
    }

    private static long count(List<? extends Element> elements, String release) {
        return elements.stream().filter(element -> release.equals(element.getProvenance().getRelease())).count();
    }

    private static Element element(String id) {
        return (Element) catalogue.eResource().getEObject(id);
    }

    private static long libraryGaps(String field) {
        return gaps(gap -> field.equals(gap.getField()) && catalogue.getEiraLibrary().contains(gap.getSubject()));
    }

    private static long gaps(Predicate<org.egovera.model.DataGap> filter) {
        return catalogue.getDataGaps().stream().filter(filter).count();
    }

    private static boolean hasGap(String kind, String subject, String field) {
        return catalogue.getDataGaps().stream().anyMatch(gap -> kind.equals(gap.getKind().getLiteral())
                && gap.getSubject() != null && subject.equals(gap.getSubject().getId()) && field.equals(gap.getField()));
    }
}
