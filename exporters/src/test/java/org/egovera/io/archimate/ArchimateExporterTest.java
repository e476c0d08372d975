package org.egovera.io.archimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;

class ArchimateExporterTest {

    @Test
    void sameCatalogueGivesTheSameBytes() {
        assertArrayEquals(Exchange.write(TestCatalogues.minimal(), ExportOptions.all()),
                Exchange.write(TestCatalogues.minimal(), ExportOptions.all()));
    }

    @Test
    void elementsHaveTheirArchimateTypesAndTheEiraProperties() {
        ExchangeModel model = exported(TestCatalogues.minimal(), ExportOptions.all());
        Map<String, ExchangeElement> byId = model.elementsById();
        assertEquals("Capability", byId.get("id-CAP1").type());
        assertEquals("BusinessService", byId.get("id-DPS1").type());
        assertEquals("Grouping", byId.get("id-tax").type());
        assertEquals("Node", byId.get("id-CCN2NG").type());
        ExchangeElement eira = byId.get("id-eira.DataExchange");
        assertEquals("ApplicationService", eira.type());
        assertEquals(ArchimateNames.EIRA_ABB_CONCEPT, eira.value(ArchimateNames.EIRA_CONCEPT));
        assertEquals("http://data.europa.eu/dr8/DataExchangeApplicationService", eira.value(ArchimateNames.EIRA_PURI));
        assertEquals("eira:DataExchangeApplicationService", eira.value(ArchimateNames.DCT_TYPE));
        assertEquals("Technical view - application", eira.value(ArchimateNames.EIRA_VIEW));
        assertEquals("egovera:ExchangeOfTaxInformation", byId.get("id-ABB1").value(ArchimateNames.DCT_TYPE));
        ExchangeElement solution = byId.get("id-SBB1");
        assertEquals(ArchimateNames.EIRA_SBB_CONCEPT, solution.value(ArchimateNames.EIRA_CONCEPT));
        assertEquals(List.of("egovera:ExchangeOfTaxInformation"), solution.values(ArchimateNames.EIRA_ABB));
        assertEquals(ArchimateNames.EGOVERA_MODEL_TYPE, model.value(ArchimateNames.EIRA_MODEL_TYPE));
    }

    @Test
    void referencesBecomeRelationshipsTheTableAllows() {
        ExchangeModel model = exported(TestCatalogues.minimal(), ExportOptions.all());
        Map<String, String> types = Exchange.typesById(model);
        RelationshipTable table = RelationshipTable.standard();
        for (ExchangeRelationship relationship : model.relationships()) {
            assertTrue(table.allows(types.get(relationship.source()), types.get(relationship.target()),
                    RelationshipType.ofExchangeName(relationship.type())), relationship.identifier());
        }
        Map<String, String> byIdentifier = model.relationships().stream()
                .collect(Collectors.toMap(ExchangeRelationship::identifier, ExchangeRelationship::type));
        assertEquals("Realization", byIdentifier.get("id-DPS1.realises.CAP1"));
        assertEquals("Serving", byIdentifier.get("id-DPS1.uses.ABB1"), "the block serves the service");
        assertEquals("Specialization", byIdentifier.get("id-ABB1.specialises.eira.DataExchange"));
        assertEquals("Aggregation", byIdentifier.get("id-tax.capabilities.CAP1"), "the domain groups its capabilities");
    }

    @Test
    void idsThatAreNoXmlIdentifiersAreMappedAndKept() {
        Catalogue catalogue = TestCatalogues.minimal();
        DigitalBusinessCapability capability = catalogue.getPolicyDomains().get(0).getCapabilities().get(0);
        capability.setId("TX BC/1:é");
        ExchangeModel model = exported(catalogue, ExportOptions.all());
        ExchangeElement element = model.elementsById().get("id-TX_BC_1__");
        assertEquals("TX BC/1:é", element.value(ArchimateNames.EGOVERA_ID));
        assertEquals("TX BC/1:é", new ArchimateImporter().read(model).catalogue().getPolicyDomains().get(0)
                .getCapabilities().get(0).getId());
    }

    @Test
    void allViewsGiveTheFiveEiraViewsAndFocusedViews() {
        Catalogue catalogue = TestCatalogues.minimal();
        catalogue.getPolicyDomains().get(0).getCapabilities().get(0).setPriority(true);
        ExchangeModel model = exported(catalogue, ExportOptions.all());
        List<String> names = model.views().stream().map(ExchangeView::name).toList();
        assertTrue(names.containsAll(ArchimateNames.EIRA_VIEW_NAMES), names.toString());
        assertTrue(names.contains("Capability: Tax information exchange"), names.toString());
        assertTrue(names.contains("Service: Tax information exchange service"), names.toString());
        ExchangeView service = model.views().stream().filter(view -> view.name().startsWith("Service:")).findFirst().orElseThrow();
        assertEquals(Set.of("id-CAP1", "id-DPS1", "id-ABB1", "id-eira.DataExchange", "id-SBB1"), Set.copyOf(service.elementRefs()));
        assertTrue(service.relationshipRefs().contains("id-DPS1.uses.ABB1"));
        ExchangeView application = model.views().stream().filter(view -> view.name().equals("Technical view - application"))
                .findFirst().orElseThrow();
        assertEquals(Set.of("id-ABB1", "id-eira.DataExchange"), Set.copyOf(application.elementRefs()));
    }

    @Test
    void viewSelectionLimitsTheDiagrams() {
        assertTrue(exported(TestCatalogues.minimal(), ExportOptions.all().withViews(ViewSelection.NONE)).views().isEmpty());
        List<String> eira = exported(TestCatalogues.minimal(), ExportOptions.all().withViews(ViewSelection.EIRA)).views()
                .stream().map(ExchangeView::name).toList();
        assertEquals(ArchimateNames.EIRA_VIEW_NAMES, eira);
    }

    @Test
    void everythingIsFiledInOneFolder() {
        ExchangeModel model = exported(TestCatalogues.minimal(), ExportOptions.all());
        List<String> filed = model.organizations().stream().flatMap(ArchimateExporterTest::references).toList();
        assertEquals(filed.size(), Set.copyOf(filed).size(), "nothing filed twice");
        assertEquals(model.elements().size() + model.relationships().size() + model.views().size(), filed.size());
    }

    @Test
    void filterExportsASubsetThatReadsOnItsOwn() {
        Catalogue catalogue = TestCatalogues.minimal();
        DigitalPublicService other = EgoveraFactory.eINSTANCE.createDigitalPublicService();
        other.setId("DPS2");
        other.setName("Unrelated service");
        catalogue.getPolicyDomains().get(0).getServices().add(other);
        ExchangeModel model = exported(catalogue, ExportOptions.all().withFilter(CatalogueFilter.parse(List.of("service=DPS1"))));
        Set<String> ids = model.elementsById().keySet();
        assertTrue(ids.containsAll(Set.of("id-DPS1", "id-CAP1", "id-ABB1", "id-eira.DataExchange", "id-SBB1", "id-tax", "id-CCN2NG")), ids.toString());
        assertFalse(ids.contains("id-DPS2"));
        assertFalse(ids.contains("id-TRADERS"), "no one links the traders to this service");
        assertThrows(IllegalArgumentException.class,
                () -> exported(catalogue, ExportOptions.all().withFilter(CatalogueFilter.parse(List.of("service=NOPE")))));
        assertThrows(IllegalArgumentException.class, () -> CatalogueFilter.parse(List.of("colour=red")));
    }

    private static java.util.stream.Stream<String> references(OrganizationItem item) {
        return item.isFolder() ? item.items().stream().flatMap(ArchimateExporterTest::references) : java.util.stream.Stream.of(item.identifierRef());
    }

    private static ExchangeModel exported(Catalogue catalogue, ExportOptions options) {
        return Exchange.read(Exchange.write(catalogue, options));
    }
}
