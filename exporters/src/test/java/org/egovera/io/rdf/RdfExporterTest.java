package org.egovera.io.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.Organisation;
import org.egovera.model.io.Progress;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdfExporterTest {

    private static final String BASE = "https://example.org/egovera/";
    private static final String EIRA_PURI = "http://data.europa.eu/dr8/DataExchangeApplicationService";

    @TempDir
    Path dir;

    @Test
    void subjectsArePersistentUrisOrBaseIris() {
        Graph graph = RdfExporter.graph(TestCatalogues.minimal(), ExportOptions.dataOnly());
        assertTrue(graph.contains(uri(EIRA_PURI), Vocabulary.DCT_IDENTIFIER, NodeFactory.createLiteralString("eira.DataExchange")));
        assertTrue(graph.contains(uri(BASE + "DPS1"), Vocabulary.DCT_IDENTIFIER, NodeFactory.createLiteralString("DPS1")));
    }

    @Test
    void baseOptionOverridesTheCataloguesBaseIri() {
        Graph graph = RdfExporter.graph(TestCatalogues.minimal(), ExportOptions.dataOnly().withBase("urn:example:"));
        assertFalse(graph.contains(uri(BASE + "DPS1"), Node.ANY, Node.ANY));
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> RdfExporter.graph(TestCatalogues.minimal(), ExportOptions.dataOnly().withBase("not an iri/")));
        assertTrue(failure.getMessage().contains("not an absolute IRI"), failure.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RdfExporter.checkBase("https://example.org/no-separator"));
        RdfExporter.checkBase("urn:example:");
    }

    @Test
    void secondHolderOfAPersistentUriGetsItsBaseIriAndSaysExactMatch() {
        Catalogue catalogue = TestCatalogues.minimal();
        ArchitectureBuildingBlock block = catalogue.getPolicyDomains().get(0).getBuildingBlocks().get(0);
        block.setPersistentUri(EIRA_PURI);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportReport report = RdfExporter.write(catalogue, RdfSyntax.TURTLE, ExportOptions.dataOnly(), out, Progress.NONE);

        Graph graph = RdfExporter.graph(catalogue, ExportOptions.dataOnly());
        assertTrue(graph.contains(uri(EIRA_PURI), Vocabulary.DCT_IDENTIFIER, NodeFactory.createLiteralString("eira.DataExchange")),
                "the EIRA library block keeps its PURI");
        assertTrue(graph.contains(uri(BASE + "ABB1"), Vocabulary.SKOS_EXACT_MATCH, uri(EIRA_PURI)));
        assertTrue(graph.contains(uri(BASE + "ABB1"), Vocabulary.egov("persistentUri"), NodeFactory.createLiteralString(EIRA_PURI)));
        List<String> uriNotes = report.notes().stream().filter(note -> note.startsWith("persistent URI")).toList();
        assertEquals(1, uriNotes.size(), report.notes().toString());
        assertTrue(uriNotes.get(0).contains("is held by ArchitectureBuildingBlock eira.DataExchange"), uriNotes.get(0));
        assertTrue(uriNotes.get(0).contains("ABB1 is exported as " + BASE + "ABB1"), uriNotes.get(0));
    }

    @Test
    void unusablePersistentUriFallsBackToTheBaseIriWithANote() {
        Catalogue catalogue = TestCatalogues.minimal();
        catalogue.getSolutionBuildingBlocks().get(0).setPersistentUri("not a uri");
        ExportReport report = RdfExporter.write(catalogue, RdfSyntax.NTRIPLES, ExportOptions.dataOnly(), new ByteArrayOutputStream(), Progress.NONE);
        assertTrue(report.notes().stream().anyMatch(note -> note.contains("'not a uri' is not an absolute IRI")), report.notes().toString());
    }

    @Test
    void genericOrganisationStandsInAsCompetentAuthority() {
        Catalogue catalogue = TestCatalogues.minimal();
        Organisation administration = EgoveraFactory.eINSTANCE.createOrganisation();
        administration.setId("NTA");
        administration.setName("National tax administration");
        administration.setGeneric(true);
        catalogue.getActors().add(administration);
        ExportReport report = RdfExporter.write(catalogue, RdfSyntax.TURTLE, ExportOptions.dataOnly(), new ByteArrayOutputStream(), Progress.NONE);

        Graph graph = RdfExporter.graph(catalogue, ExportOptions.dataOnly());
        assertTrue(graph.contains(uri(BASE + "DPS1"), Vocabulary.CV_HAS_COMPETENT_AUTHORITY, uri(BASE + "NTA")));
        assertTrue(graph.contains(uri(BASE + "NTA"), Vocabulary.RDF_TYPE, Vocabulary.CV_PUBLIC_ORGANISATION));
        assertTrue(graph.contains(uri(BASE + "NTA"), Vocabulary.DCT_SPATIAL, Vocabulary.EUROPEAN_UNION));
        assertFalse(graph.contains(uri(BASE + "DPS1"), Vocabulary.egov("competentAuthority"), Node.ANY),
                "the catalogue itself is not changed: the stand-in is written only for CPSV-AP");
        assertEquals(List.of("1 service(s) name no competent authority; the generic organisation 'National tax administration'"
                + " (NTA) is given as cv:hasCompetentAuthority"), report.notes());
    }

    @Test
    void authorityOfADomainIsGivenToItsOtherServicesButNeverCrossesDomains() {
        Catalogue catalogue = TestCatalogues.minimal();
        Organisation administration = EgoveraFactory.eINSTANCE.createOrganisation();
        administration.setId("NTA");
        administration.setGeneric(true);
        catalogue.getActors().add(administration);
        org.egovera.model.PolicyDomain tax = catalogue.getPolicyDomains().get(0);
        tax.getServices().get(0).setCompetentAuthority(administration);
        DigitalPublicService second = EgoveraFactory.eINSTANCE.createDigitalPublicService();
        second.setId("DPS2");
        tax.getServices().add(second);
        org.egovera.model.PolicyDomain health = EgoveraFactory.eINSTANCE.createPolicyDomain();
        health.setId("health");
        health.setName("Health");
        catalogue.getPolicyDomains().add(health);
        DigitalPublicService patient = EgoveraFactory.eINSTANCE.createDigitalPublicService();
        patient.setId("HDPS1");
        health.getServices().add(patient);

        ExportReport report = RdfExporter.write(catalogue, RdfSyntax.TURTLE, ExportOptions.dataOnly(), new ByteArrayOutputStream(), Progress.NONE);
        Graph graph = RdfExporter.graph(catalogue, ExportOptions.dataOnly());
        assertTrue(graph.contains(uri(BASE + "DPS2"), Vocabulary.CV_HAS_COMPETENT_AUTHORITY, uri(BASE + "NTA")));
        assertFalse(graph.contains(uri(BASE + "HDPS1"), Vocabulary.CV_HAS_COMPETENT_AUTHORITY, Node.ANY));
        assertEquals(List.of("1 service(s) name no competent authority; they are given the one the other services of their policy"
                + " domain name, as cv:hasCompetentAuthority", "1 service(s) of Health name no competent authority and none can be"
                + " inferred for their domain: they lack the cv:hasCompetentAuthority CPSV-AP requires"), report.notes());
    }

    @Test
    void namedAuthorityIsWrittenAsIs() {
        Catalogue catalogue = TestCatalogues.minimal();
        Organisation agency = EgoveraFactory.eINSTANCE.createOrganisation();
        agency.setId("AGENCY");
        catalogue.getActors().add(agency);
        DigitalPublicService service = catalogue.getPolicyDomains().get(0).getServices().get(0);
        service.setCompetentAuthority(agency);
        ExportReport report = RdfExporter.write(catalogue, RdfSyntax.TURTLE, ExportOptions.dataOnly(), new ByteArrayOutputStream(), Progress.NONE);
        assertTrue(report.notes().isEmpty(), report.notes().toString());
        Graph graph = RdfExporter.graph(catalogue, ExportOptions.dataOnly());
        assertTrue(graph.contains(uri(BASE + "DPS1"), Vocabulary.CV_HAS_COMPETENT_AUTHORITY, uri(BASE + "AGENCY")));
    }

    @Test
    void trigKeepsDataAndOntologyInGraphsOfTheirOwn() {
        Path file = dir.resolve("catalogue.trig");
        ExportReport report = export(TestCatalogues.minimal(), RdfSyntax.TRIG, file);
        DatasetGraph dataset = RdfParsing.dataset(file);
        assertEquals(BASE + "test-catalogue", report.dataGraph());
        Set<String> graphs = java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(dataset.listGraphNodes(), 0), false)
                .map(Node::getURI).collect(Collectors.toSet());
        assertEquals(Set.of(report.dataGraph(), Vocabulary.ONTOLOGY), graphs);
        assertTrue(dataset.getDefaultGraph().isEmpty());
    }

    @Test
    void namesCarryTheCataloguesLanguageAndBadTagsAreNamed() {
        Catalogue catalogue = TestCatalogues.minimal();
        catalogue.setLanguage("fr");
        Graph graph = RdfExporter.graph(catalogue, ExportOptions.dataOnly());
        assertTrue(graph.contains(uri(BASE + "DPS1"), Vocabulary.SKOS_PREF_LABEL,
                NodeFactory.createLiteralLang("Tax information exchange service", "fr")));
        catalogue.setLanguage("not a tag");
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> RdfExporter.graph(catalogue, ExportOptions.dataOnly()));
        assertEquals("the catalogue's language 'not a tag' is not a BCP 47 language tag (such as en or fr-BE)", failure.getMessage());
    }

    @Test
    void failedExportLeavesNoFile() {
        Catalogue catalogue = TestCatalogues.minimal();
        ArchitectureBuildingBlock outside = EgoveraFactory.eINSTANCE.createArchitectureBuildingBlock();
        outside.setId("OUTSIDE");
        catalogue.getPolicyDomains().get(0).getServices().get(0).getUses().add(outside);
        Path file = dir.resolve("broken.ttl");
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> export(catalogue, RdfSyntax.TURTLE, file));
        assertTrue(failure.getMessage().contains("OUTSIDE, which is not part of the catalogue"), failure.getMessage());
        assertFalse(Files.exists(file));
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(0, files.count(), "no temporary file is left behind");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void queriesInTheEgoveraToolsStyleFindEveryElement() {
        Catalogue catalogue = TestCatalogues.minimal();
        catalogue.eAllContents().forEachRemaining(object -> {
            if (object instanceof org.egovera.model.Element element) {
                element.setDescription("Description of " + element.getId());
            }
        });
        Graph graph = RdfExporter.graph(catalogue, ExportOptions.defaults());
        List<QuerySolution> blocks = ToolQueries.run(ToolQueries.BUILDING_BLOCKS, graph);
        assertEquals(2, blocks.size(), "the domain ABB and the EIRA library ABB");
        assertEquals(1, ToolQueries.run(ToolQueries.CAPABILITIES, graph).size());
        List<QuerySolution> services = ToolQueries.run(ToolQueries.SERVICES, graph);
        assertEquals(1, services.size());
        assertEquals(BASE + "DPS1", services.get(0).getLiteral("id").getString(), "dc:identifier is the subject, as the tools match on it");
        assertEquals("http://data.europa.eu/dr8/eira/Taxes", services.get(0).getResource("domain").getURI());
        List<QuerySolution> uses = ToolQueries.run(ToolQueries.BLOCK_TO_SERVICE, graph);
        assertEquals(1, uses.size());
        assertEquals(BASE + "ABB1", uses.get(0).getResource("block").getURI());
        assertEquals(1, ToolQueries.run(ToolQueries.SERVICE_TO_CAPABILITY, graph).size());
    }

    private static ExportReport export(Catalogue catalogue, RdfSyntax syntax, Path file) {
        try {
            return RdfExporter.export(catalogue, syntax, ExportOptions.defaults(), file, Progress.NONE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
