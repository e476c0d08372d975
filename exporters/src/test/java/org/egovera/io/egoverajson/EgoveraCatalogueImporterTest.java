package org.egovera.io.egoverajson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.egovera.io.support.InputSource;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DataGap;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EiraView;
import org.egovera.model.Element;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.io.InputException;
import org.egovera.model.validation.CatalogueValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import rules on a small set of files written to show each of them: placeholders, duplicates,
 * unresolved and malformed references, the matching of release 6.0 and its URI rules.
 */
class EgoveraCatalogueImporterTest {

    private static ImportResult result;
    private static Catalogue catalogue;

    @BeforeAll
    static void importSmallData() {
        result = EgoveraCatalogueImporter.importCatalogue(sources());
        catalogue = result.catalogue();
    }

    static ImportSources sources() {
        return new ImportSources(List.of(Fixtures.path("small/json")), Fixtures.path("small/eira-small.xml"),
                InputSource.of(Fixtures.path("small/crosswalk-small.csv")), null,
                InputSource.of(Fixtures.path("small/descriptions-small.csv")));
    }

    @Test
    void sourceIdentifiersNamesAndDomainsAreKept() {
        assertEquals(List.of("Tax", "Business Agnostic"), catalogue.getPolicyDomains().stream().map(Element::getName).toList());
        assertEquals("Tax risk management", element("TXBC2").getName(), "names are trimmed");
        assertEquals(List.of("TABB1", "TABB2", "TABB2-2", "TABB3", "v6.ProfileBusinessObject"),
                catalogue.getPolicyDomains().get(0).getBuildingBlocks().stream().map(Element::getId).toList());
        assertEquals(EiraView.SEMANTIC, block("TABB3").getView(), "'Semantic ' is read as the Semantic view");
    }

    @Test
    void placeholdersDuplicatesAndUnknownIdsAreRecordedNotLinked() {
        assertEquals(List.of("TDPS1", "TDPS2"), ids(block("TABB1").getUsedBy().subList(0, 2)));
        assertTrue(hasGap("placeholder-link", "TABB1", "usedBy", "0"));
        assertTrue(gap("placeholder-link", "TABB1", "usedBy", "0").getNote().contains("2 times"));
        assertTrue(hasGap("duplicate-link", "TABB1", "usedBy", "TDPS2"));
        assertTrue(hasGap("duplicate-link", "TDPS2", "realises", "TXBC2"));
        assertTrue(hasGap("unresolved-reference", "TDPS1", "realises", "TXBC9"));
        assertTrue(hasGap("unresolved-reference", "TABB1", "successors", "TABB9"));
        assertTrue(hasGap("malformed-value", "TABB1", "successors", "TABB2:TABB3"));
        assertEquals(List.of("TABB2"), ids(block("TABB1").getSuccessors()));
        assertTrue(hasGap("incomplete-source-element", "TABB3", "usedBy", null));
    }

    @Test
    void aRepeatedIdentifierGetsADistinctOneAndIsRecorded() {
        assertEquals("SPEED 2", element("TABB2-2").getName());
        assertTrue(hasGap("duplicate-id", "TABB2-2", "id", "TABB2"));
        assertEquals(List.of("TDPS1"), ids(block("TABB2-2").getUsedBy()));
    }

    @Test
    void missingLinksOfThe2021ReleaseAreRecordedEvenWhereRelease6SuppliesThem() {
        assertTrue(hasGap("missing-link", "TDPS3", "realises", null));
        assertTrue(hasGap("missing-link", "TDPS3", "uses", null));
        assertEquals(List.of("TXBC1"), ids(service("TDPS3").getRealises()), "release 6.0 links it");
        assertTrue(hasGap("missing-link", "v6.EInvoicingBusinessService-2", "uses", null), "still unlinked at the end");
    }

    @Test
    void release6EntriesMatchByNormalisedName() {
        assertEquals("http://data.europa.eu/dr8/egovera/TaxPlanningCapability", element("TXBC1").getPersistentUri());
        assertEquals("http://data.europa.eu/dr8/egovera/LoansRegistryManagmenetBusinessService", element("TDPS2").getPersistentUri(),
                "the suffix is dropped and the 2021 typo read");
        assertNull(element("TXBC2").getPersistentUri(), "not in release 6.0");
        assertEquals(List.of("TXBC2", "TXBC1"), ids(service("TDPS2").getRealises()), "links of both releases");
    }

    @Test
    void wrongRelease6IdentifiersAreCorrectedByTheCapabilitiesFile() {
        assertEquals("http://data.europa.eu/dr8/egovera/PartrimonyAnalysisBusinessService", element("TDPS3").getPersistentUri());
        assertTrue(hasGap("malformed-value", "TDPS3", "persistentUri", "http://data.europa.eu/dr8/egovera/TaxCalendarBusinessService"));
        assertEquals("http://data.europa.eu/dr8/egovera/TaxReturnsControlBusinessService", element("TDPS4").getPersistentUri());
        assertTrue(hasGap("malformed-value", "TDPS4", "persistentUri",
                "http://data.europa.eu/dr8/egovera/Anti-TaxReturnsControlBusinessService"));
        assertEquals("http://data.europa.eu/dr8/egovera/TaxCalendarBusinessService", element("TDPS1").getPersistentUri(),
                "the URI freed from the wrong record goes to the service the capabilities file names");
        assertEquals(1, result.summary().release6().servicesNamedByCapabilities());
        assertTrue(hasGap("unresolved-reference", "TXBC1", "realisedBy", "http://data.europa.eu/dr8/egovera/GhostBusinessService"));
    }

    @Test
    void aUriGivenToTwoServicesGoesToTheOneWhoseNameItSpells() {
        assertEquals("http://data.europa.eu/dr8/egovera/EInvoicingBusinessService", element("v6.EInvoicingBusinessService").getPersistentUri());
        assertNull(element("v6.EInvoicingBusinessService-2").getPersistentUri());
        assertTrue(hasGap("duplicate-uri", "v6.EInvoicingBusinessService-2", "persistentUri",
                "http://data.europa.eu/dr8/egovera/EInvoicingBusinessService"));
        assertTrue(hasGap("unresolved-reference", "v6.EInvoicingBusinessService-2", "realises",
                "http://data.europa.eu/dr8/egovera/NoSuchCapability"));
    }

    @Test
    void unmatchedRelease6EntriesAreKeptAndListed() {
        assertEquals("eGovERA 6.0", element("v6.DigitalInvoicingCapability").getProvenance().getRelease());
        assertTrue(hasGap("unmatched-release-entry", "v6.DigitalInvoicingCapability", "name", "Digital Invoicing"));
        assertTrue(hasGap("unmatched-release-entry", "v6.ProfileBusinessObject", "name", "Profile"));
        ReleaseMergeTally tally = result.summary().release6();
        assertEquals(1, tally.capabilitiesMatched());
        assertEquals(1, tally.capabilitiesAdded());
        assertEquals(3, tally.servicesMatched());
        assertEquals(2, tally.servicesAdded());
        assertEquals(1, tally.blocksReusingEira());
        assertEquals(1, tally.blocksMatchedByAct());
        assertEquals(1, tally.blocksAdded());
    }

    @Test
    void release6BuildingBlocksReuseEiraOrMatchByTheActTheyName() {
        ArchitectureBuildingBlock trust = block("eira.TrustEnablersGrouping");
        assertEquals(List.of("v6.EInvoicingBusinessService"), ids(trust.getUsedBy()));
        assertEquals(List.of("TABB1"), ids(trust.getSuccessors()));
        ArchitectureBuildingBlock directive = block("TABB1");
        assertEquals("http://data.europa.eu/eli/dir/2016/1164/oj", directive.getPersistentUri());
        assertTrue(service("TDPS3").getUses().contains(directive));
        ArchitectureBuildingBlock profile = block("v6.ProfileBusinessObject");
        assertEquals(List.of("eira.TrustEnablersGrouping"), ids(profile.getSuccessors()));
        assertTrue(hasGap("unresolved-reference", "v6.ProfileBusinessObject", "successors", "http://data.europa.eu/dr8/egovera/Missing"));
        assertTrue(hasGap("unresolved-reference", "v6.ProfileBusinessObject", "usedBy", "http://data.europa.eu/dr8/egovera/GhostBusinessService"));
        assertTrue(hasGap("malformed-value", "v6.ProfileBusinessObject", "properties", "Text"));
        assertEquals("Credential <http://data.europa.eu/dr8/egovera/CredentialBusinessObject>", Elements.property(profile, "egovera6:groups"));
    }

    @Test
    void blocksSpecialiseTheEiraBlockTheirAreaNames() {
        ArchitectureBuildingBlock vat = block("TABB2");
        assertEquals("eira.InformationBusinessObject", vat.getSpecialises().getId(), "'Business information ' matches the row");
        assertEquals(ArchimateElementType.BUSINESS_OBJECT, vat.getArchimateType());
        assertEquals("egovera:VAT", vat.getDctType());
        assertEquals(ArchimateElementType.APPLICATION_SERVICE, block("TABB2-2").getArchimateType());
        assertEquals("egovera:SPEED2", block("TABB2-2").getDctType());
        ArchitectureBuildingBlock directive = block("TABB1");
        assertEquals("32016L1164", directive.getCelex());
        assertEquals("http://data.europa.eu/eli/dir/2016/1164/oj", directive.getEli());
    }

    @Test
    void eirasOwnGapsAreRecordedOnTheLibrary() {
        assertEquals(5, catalogue.getEiraLibrary().size(), "the grouping without eira:concept is no block");
        assertEquals("eira.ResponseTransformerandValidationApplicationFunction".toLowerCase(),
                catalogue.getEiraLibrary().get(4).getId().toLowerCase(), "no PURI: an identifier from name and type");
        String noPuri = catalogue.getEiraLibrary().get(4).getId();
        assertTrue(hasGap("incomplete-source-element", noPuri, "persistentUri", null));
        assertTrue(hasGap("incomplete-source-element", noPuri, "view", null));
        assertTrue(hasGap("incomplete-source-element", noPuri, "dctType", null));
        assertTrue(hasGap("incomplete-source-element", "eira.TrustEnablersGrouping", "view",
                "Technical view - application; Technical view - infrastructure"));
        assertEquals(EiraView.TECHNICAL_APPLICATION, block("eira.TrustEnablersGrouping").getView());
    }

    @Test
    void descriptionsAreHandWrittenOrComposedNeverCopied() {
        assertEquals("Plan what is due and when.", element("TXBC1").getDescription());
        assertEquals("A digital business capability of the Tax domain, realised by 2 digital public services.",
                element("TXBC2").getDescription());
        assertEquals("A building block of the Tax domain in the Organisational view, specialising the EIRA block 'Information'"
                + " (ArchiMate BusinessObject), used by 1 digital public service.", element("TABB2").getDescription());
        assertEquals("An EIRA building block of the Legal view, modelled as an ArchiMate Requirement.",
                element("eira.EuropeanLegalActRequirement").getDescription());
        assertEquals(List.of("NOPE"), result.summary().unusedDescriptionIds());
        catalogue.eAllContents().forEachRemaining(object -> {
            if (object instanceof Element element && !(object instanceof Catalogue)) {
                assertTrue(element.getDescription() == null || !element.getDescription().equals("x"), element.getId());
            }
        });
    }

    @Test
    void ruleViolationsOfTheSourceAreWarningsNotErrors() {
        var report = CatalogueValidation.validate(catalogue);
        assertEquals(0, report.errorCount(), () -> report.findings().stream().map(f -> f.message()).collect(Collectors.joining("\n")));
        assertTrue(report.warningCount() > 0);
    }

    @Test
    void theSameInputGivesTheSameBytes(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first.egovera");
        CatalogueStore.save(catalogue, first);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        CatalogueStore.write(EgoveraCatalogueImporter.importCatalogue(sources()).catalogue(), again);
        assertArrayEquals(Files.readAllBytes(first), again.toByteArray());
    }

    @Test
    void fileOrderDoesNotMatter() throws IOException {
        Path json = Fixtures.path("small/json");
        List<Path> reversed = List.of(json.resolve("services-6.0.json"), json.resolve("blocks-2021.json"), json.resolve("capabilities-6.0.json"),
                json.resolve("services-2021.json"), json.resolve("blocks-6.0.json"), json.resolve("capabilities-2021.json"));
        ImportSources sources = sources();
        ImportSources shuffled = new ImportSources(reversed, sources.eiraModel(), sources.crosswalk(), null, sources.descriptions());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        CatalogueStore.write(EgoveraCatalogueImporter.importCatalogue(sources).catalogue(), expected);
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        CatalogueStore.write(EgoveraCatalogueImporter.importCatalogue(shuffled).catalogue(), actual);
        assertArrayEquals(expected.toByteArray(), actual.toByteArray());
    }

    @Test
    void anAreaWithoutCrosswalkRowIsRefused(@TempDir Path dir) throws IOException {
        Path crosswalk = dir.resolve("crosswalk.csv");
        Files.writeString(crosswalk, Files.readString(Fixtures.path("small/crosswalk-small.csv")).replaceAll("(?m)^Tax Consumed Service.*$", ""));
        InputException failure = assertThrows(InputException.class,
                () -> EgoveraCatalogueImporter.importCatalogue(sources().withCrosswalk(crosswalk)));
        assertTrue(failure.getMessage().startsWith("no row for the Area 'Tax Consumed Service' of building block TABB2-2"), failure.getMessage());
    }

    @Test
    void aCrosswalkRowMustNameItsPuriCorrectly(@TempDir Path dir) throws IOException {
        Path crosswalk = dir.resolve("crosswalk.csv");
        Files.writeString(crosswalk, Files.readString(Fixtures.path("small/crosswalk-small.csv")).replace(",Information,", ",Data,"));
        InputException failure = assertThrows(InputException.class,
                () -> EgoveraCatalogueImporter.importCatalogue(sources().withCrosswalk(crosswalk)));
        assertEquals(3, failure.line());
        assertTrue(failure.getMessage().contains("names 'Information'"), failure.getMessage());
    }

    @Test
    void thePortalTablesAreRequired() {
        InputException failure = assertThrows(InputException.class, () -> EgoveraCatalogueImporter.importCatalogue(
                new ImportSources(List.of(Fixtures.path("small/json/capabilities-2021.json")), sources().eiraModel(),
                        sources().crosswalk(), null, sources().descriptions())));
        assertTrue(failure.getMessage().startsWith("no file holds the digital public services of the 2021 release"), failure.getMessage());
    }

    @Test
    void twoFilesOfOneKindAreRefused() {
        Path json = Fixtures.path("small/json");
        InputException failure = assertThrows(InputException.class, () -> EgoveraCatalogueImporter.importCatalogue(
                new ImportSources(List.of(json, json.resolve("services-2021.json")), sources().eiraModel(),
                        sources().crosswalk(), null, sources().descriptions())));
        assertTrue(failure.getMessage().contains("give one file of each kind"), failure.getMessage());
    }

    private static Element element(String id) {
        Element found = null;
        for (var contents = catalogue.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Element element && id.equals(element.getId())) {
                found = element;
            }
        }
        if (found == null) {
            throw new AssertionError("no element " + id);
        }
        return found;
    }

    private static ArchitectureBuildingBlock block(String id) {
        return (ArchitectureBuildingBlock) element(id);
    }

    private static DigitalPublicService service(String id) {
        return (DigitalPublicService) element(id);
    }

    private static List<String> ids(List<? extends Element> elements) {
        return elements.stream().map(Element::getId).toList();
    }

    private static boolean hasGap(String kind, String subject, String field, String value) {
        return catalogue.getDataGaps().stream().anyMatch(gap -> matches(gap, kind, subject, field, value));
    }

    private static DataGap gap(String kind, String subject, String field, String value) {
        return catalogue.getDataGaps().stream().filter(gap -> matches(gap, kind, subject, field, value)).findFirst().orElseThrow();
    }

    private static boolean matches(DataGap gap, String kind, String subject, String field, String value) {
        return kind.equals(gap.getKind().getLiteral()) && gap.getSubject() != null && subject.equals(gap.getSubject().getId())
                && field.equals(gap.getField()) && java.util.Objects.equals(value, gap.getValue());
    }
}
