package org.egovera.io.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EiraView;
import org.egovera.sparql.CatalogueContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped catalogue as RDF: round trip in every syntax, and the eGovERA tools' queries find all of it. */
class ShippedCatalogueRdfTest {

    private static final Catalogue SHIPPED = ShippedCatalogue.load();
    private static final Graph EXPORT = RdfExporter.graph(SHIPPED, ExportOptions.defaults());

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void shippedCatalogueSurvivesTheRoundTrip(RdfSyntax syntax) throws IOException {
        RdfRoundTripTest.assertRoundTrip("shipped", ShippedCatalogue.load(), syntax, dir);
    }

    @Test
    void shapesFindOnlyTheMissingCompetentAuthoritiesAndTheBlocksWithoutView() {
        ShaclReport report = ShaclValidation.validate(SHIPPED, null, List.of());
        long servicesWithoutAuthority = CatalogueContents.all(SHIPPED, DigitalPublicService.class).stream()
                .filter(s -> s.getCompetentAuthority() == null).count();
        assertEquals(servicesWithoutAuthority, report.violations(), report.countsByShape().toString());
        assertTrue(report.findings().stream().filter(ShaclFinding::isViolation)
                .allMatch(f -> "shapes:PublicService cv:hasCompetentAuthority".equals(f.shape())), report.countsByShape().toString());
        long blocksWithoutView = CatalogueContents.all(SHIPPED, ArchitectureBuildingBlock.class).stream()
                .filter(b -> b.getView() == EiraView.UNSPECIFIED).count();
        assertEquals(blocksWithoutView, report.warnings(), report.countsByShape().toString());
    }

    @Test
    void toolsFindEveryCapabilityAndService() {
        List<DigitalBusinessCapability> capabilities = CatalogueContents.all(SHIPPED, DigitalBusinessCapability.class);
        List<DigitalPublicService> services = CatalogueContents.all(SHIPPED, DigitalPublicService.class);
        assertEquals(38, capabilities.size());
        assertEquals(94, services.size());
        assertEquals(capabilities.size(), ToolQueries.run(ToolQueries.CAPABILITIES, EXPORT).size());
        assertEquals(services.size(), ToolQueries.run(ToolQueries.SERVICES, EXPORT).size());
    }

    /** Blocks without an EIRA view (EIRA's own 37, and any other) have no EIF layer, which the tools' query requires. */
    @Test
    void toolsFindEveryBuildingBlockWithAView() {
        List<ArchitectureBuildingBlock> blocks = CatalogueContents.all(SHIPPED, ArchitectureBuildingBlock.class);
        long withView = blocks.stream().filter(b -> b.getView() != EiraView.UNSPECIFIED).count();
        assertEquals(1036, blocks.size());
        List<QuerySolution> found = ToolQueries.run(ToolQueries.BUILDING_BLOCKS, EXPORT);
        assertEquals(withView, found.size());
        assertEquals(blocks.size() - 38, found.size(), "38 blocks have no view; the export's SHACL warnings name them");
        long taxes = found.stream().filter(row -> row.contains("domain") && row.getResource("domain").getURI().endsWith("Taxes")).count();
        assertEquals(SHIPPED.getPolicyDomains().stream().filter(d -> d.getName().equals("Tax")).findFirst().orElseThrow()
                .getBuildingBlocks().stream().filter(b -> b.getView() != EiraView.UNSPECIFIED).count(), taxes);
    }

    @Test
    void toolsFindEveryLinkFromBlockToServiceAndFromServiceToCapability() {
        Set<String> uses = new HashSet<>();
        Set<String> realises = new HashSet<>();
        for (DigitalPublicService service : CatalogueContents.all(SHIPPED, DigitalPublicService.class)) {
            service.getUses().forEach(block -> uses.add(block.getId() + ">" + service.getId()));
            service.getRealises().forEach(capability -> realises.add(service.getId() + ">" + capability.getId()));
        }
        List<QuerySolution> blockToService = ToolQueries.run(ToolQueries.BLOCK_TO_SERVICE, EXPORT);
        List<QuerySolution> serviceToCapability = ToolQueries.run(ToolQueries.SERVICE_TO_CAPABILITY, EXPORT);
        assertTrue(uses.size() > 1000, "uses links: " + uses.size());
        assertEquals(uses.size(), blockToService.size());
        assertEquals(realises.size(), serviceToCapability.size());
    }
}
