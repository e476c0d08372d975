package org.egovera.io.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.validation.ReportEntry;
import org.egovera.model.Catalogue;
import org.egovera.testing.ConformanceData;
import org.egovera.testing.ConformanceTest;
import org.junit.jupiter.api.Test;

/** The EU's CPSV-AP 3.2.0 shapes accept the digital public services of our export. */
@ConformanceTest
class CpsvApConformanceTest {

    /** The services, their competent authorities and the places those cover: the CPSV-AP part of the export. */
    static final String DPS_PART = """
            PREFIX cpsv: <http://purl.org/vocab/cpsv#>
            PREFIX cv:   <http://data.europa.eu/m8g/>
            PREFIX dct:  <http://purl.org/dc/terms/>
            CONSTRUCT { ?s ?p ?o } WHERE {
              { ?s a cpsv:PublicService }
              UNION { ?service a cpsv:PublicService ; cv:hasCompetentAuthority ?s }
              UNION { ?service a cpsv:PublicService ; cv:hasCompetentAuthority/dct:spatial ?s }
              ?s ?p ?o
            }""";

    /**
     * The standard's own example checks the validator's setup. It links to code lists published elsewhere
     * (frequencies, channel types, the administrative units table) without stating their types, so
     * {@code sh:class} results on such external values are expected; anything else would be our setup's fault.
     */
    @Test
    void exampleServiceFromTheStandardConformsUpToExternalCodeLists() {
        Graph example = RdfParsing.graph(ConformanceData.resolve("shacl/cpsv-ap-3.2.0-example-public-service.ttl"));
        ValidationReport report = validate(example);
        assertTrue(report.getEntries().size() > 0, "the example links to external code lists");
        for (ReportEntry entry : report.getEntries()) {
            boolean externalValue = entry.value() != null && !example.contains(entry.value(), Node.ANY, Node.ANY);
            assertTrue(entry.constraint() instanceof ClassConstraint && externalValue, entry::toString);
        }
    }

    @Test
    void digitalPublicServicesOfTheExportConform() {
        assertConforms("the minimal catalogue's services", dpsPart(ShaclValidationTest.complete()));
    }

    @Test
    void serviceWithoutCompetentAuthorityIsRejected() {
        ValidationReport report = validate(dpsPart(org.egovera.testing.TestCatalogues.minimal()));
        assertTrue(report.getEntries().stream().anyMatch(entry -> entry.resultPath().toString().contains("hasCompetentAuthority")),
                "the shapes are really applied: " + report.getEntries());
    }

    /**
     * The shipped catalogue names a competent authority (its generic national tax administration) for the
     * Tax services only; the Business Agnostic and Health services have none, and the export does not invent
     * one. Everything else the CPSV-AP shapes require, every service has.
     */
    @Test
    void shippedTaxServicesConformAndTheOthersLackOnlyTheirCompetentAuthority() {
        Catalogue shipped = org.egovera.catalogue.ShippedCatalogue.load();
        java.util.Set<String> withoutAuthority = new java.util.HashSet<>();
        shipped.getPolicyDomains().forEach(domain -> domain.getServices().stream().filter(s -> s.getCompetentAuthority() == null)
                .forEach(s -> withoutAuthority.add(s.getId())));
        assertTrue(shipped.getPolicyDomains().stream().filter(d -> d.getName().equals("Tax"))
                .allMatch(d -> d.getServices().stream().allMatch(s -> s.getCompetentAuthority() != null)));
        Graph services = dpsPart(shipped);
        ValidationReport report = validate(services);
        java.util.Set<String> flagged = new java.util.HashSet<>();
        for (ReportEntry entry : report.getEntries()) {
            assertTrue(entry.resultPath().toString().contains("hasCompetentAuthority"), entry::toString);
            services.find(entry.focusNode(), Vocabulary.DCT_IDENTIFIER, Node.ANY)
                    .forEachRemaining(t -> flagged.add(t.getObject().getLiteralLexicalForm()));
        }
        org.junit.jupiter.api.Assertions.assertEquals(withoutAuthority, flagged);
    }

    static Graph dpsPart(Catalogue catalogue) {
        Graph export = RdfExporter.graph(catalogue, ExportOptions.dataOnly());
        try (QueryExecution execution = QueryExecution.create(DPS_PART, ModelFactory.createModelForGraph(export))) {
            return execution.execConstruct().getGraph();
        }
    }

    static void assertConforms(String what, Graph data) {
        assertTrue(data.size() > 0, what + ": nothing to validate");
        ValidationReport report = validate(data);
        assertTrue(report.conforms(), () -> what + " does not conform to CPSV-AP 3.2.0:\n"
                + report.getEntries().stream().map(ReportEntry::toString).limit(20).reduce("", (a, b) -> a + b + "\n"));
    }

    private static ValidationReport validate(Graph data) {
        Shapes shapes = Shapes.parse(RdfParsing.graph(ConformanceData.resolve("shacl/cpsv-ap-3.2.0-SHACL.ttl")));
        return ShaclValidator.get().validate(shapes, data);
    }
}
