package org.egovera.io.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.egovera.model.Catalogue;
import org.egovera.model.Element;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.Organisation;
import org.egovera.model.io.InputException;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShaclValidationTest {

    @TempDir
    Path dir;

    @Test
    void completeCatalogueConformsToTheShippedAndDerivedShapes() {
        ShaclReport report = ShaclValidation.validate(complete(), null, List.of());
        assertTrue(report.findings().isEmpty(), () -> report.findings().stream().map(ShaclFinding::describe).toList().toString());
    }

    @Test
    void everyFeatureCatalogueConformsToTheDerivedShapes() {
        ShaclReport report = ShaclValidation.validate(EveryFeatureCatalogue.build(), null, List.of());
        // shapes derived from the metamodel are named shapes:<Class>-<feature>; the shipped ones' are blank, named after their node shape
        List<String> structural = report.findings().stream().filter(f -> f.shape() != null && f.shape().startsWith("shapes:")
                && !f.shape().contains(" ")).map(ShaclFinding::describe).toList();
        assertTrue(structural.isEmpty(), structural.toString());
    }

    @Test
    void serviceWithoutAuthorityOrGenericOrganisationViolatesCpsvAp() {
        ShaclReport report = ShaclValidation.validate(TestCatalogues.minimal(), null, List.of());
        assertFalse(report.conforms());
        assertTrue(report.findings().stream().anyMatch(f -> f.isViolation() && f.path().equals("cv:hasCompetentAuthority")
                && f.focusNode().equals("<https://example.org/egovera/DPS1>")), report.findings().toString());
    }

    @Test
    void missingDescriptionsAreWarningsAboutTheEgoveraTools() {
        Catalogue catalogue = complete();
        catalogue.getPolicyDomains().get(0).getBuildingBlocks().get(0).setDescription(null);
        ShaclReport report = ShaclValidation.validate(catalogue, null, List.of());
        assertTrue(report.conforms(), report.findings().toString());
        assertEquals(1, report.warnings(), report.findings().toString());
        assertTrue(report.findings().get(0).message().contains("eGovERA tools list building blocks with a definition"));
        assertEquals("shapes:ToolsBuildingBlock skos:definition", report.findings().get(0).shape());
    }

    @Test
    void derivedShapesCatchValuesOutsideAnEnumeration() {
        Graph data = RdfExporter.graph(complete(), ExportOptions.dataOnly());
        data.add(NodeFactory.createURI("https://example.org/egovera/SBB1"), Vocabulary.egov("sourcing"),
                NodeFactory.createLiteralString("bought on a whim"));
        ShaclReport report = ShaclValidation.validate(data, List.of());
        assertTrue(report.findings().stream().anyMatch(f -> f.isViolation() && "egov:sourcing".equals(f.path())),
                report.findings().toString());
    }

    @Test
    void extraShapesThatAreNotRdfAreAnInputError() throws Exception {
        Path shapes = dir.resolve("broken.ttl");
        Files.writeString(shapes, "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<a> <b> .\n");
        InputException failure = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> ShaclValidation.validate(complete(), null, List.of(shapes)));
        assertTrue(failure.oneLine().startsWith(shapes + ":2:"), failure.oneLine());
    }

    /** The minimal catalogue with descriptions and a generic competent authority: what CPSV-AP and the tools need. */
    static Catalogue complete() {
        Catalogue catalogue = TestCatalogues.minimal();
        Organisation administration = EgoveraFactory.eINSTANCE.createOrganisation();
        administration.setId("NTA");
        administration.setName("National tax administration");
        administration.setGeneric(true);
        catalogue.getActors().add(administration);
        catalogue.eAllContents().forEachRemaining(object -> {
            if (object instanceof Element element) {
                element.setDescription("What " + element.getId() + " is.");
            }
        });
        return catalogue;
    }
}
