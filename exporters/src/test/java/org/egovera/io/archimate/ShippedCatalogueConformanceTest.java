package org.egovera.io.archimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.model.Catalogue;
import org.egovera.model.validation.ValidationReport;
import org.egovera.testing.ConformanceData;
import org.egovera.testing.ConformanceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export of the shipped catalogue is a complete eGovERA model: valid against the Open Group's
 * schemas, every relationship allowed by Archi's table, and each convention of DESIGN.md section 2
 * checked against EIRA's own model.
 */
@ConformanceTest
class ShippedCatalogueConformanceTest {

    private static Catalogue catalogue;
    private static byte[] exported;
    private static ExchangeModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void export() {
        catalogue = ShippedCatalogue.load();
        exported = Exchange.write(catalogue, ExportOptions.all());
        model = Exchange.read(exported);
    }

    @Test
    void validatesAgainstTheDiagramSchemaWithDublinCore() throws Exception {
        Path file = dir.resolve("shipped.xml");
        Files.write(file, exported);
        ArchimateSchemaValidator schemas = ArchimateSchemaValidator.fromFolder(ConformanceData.resolve("archimate-xsd/3.1"));
        List<ArchimateSchemaValidator.Problem> problems = schemas.validate(file);
        assertTrue(problems.isEmpty(), problems.size() + " problems, first: " + problems.stream().limit(5).toList());
        Path withoutViews = dir.resolve("none.xml");
        Files.write(withoutViews, Exchange.write(catalogue, ExportOptions.all().withViews(ViewSelection.NONE)));
        assertTrue(schemas.validate(withoutViews).isEmpty());
    }

    @Test
    void everyRelationshipIsOneArchiAccepts() throws Exception {
        RelationshipTableConformanceTest.readArchisTable();
        RelationshipTableConformanceTest.check(model, false);
    }

    @Test
    void modelTypeAndTheFiveViews() {
        assertEquals(ArchimateNames.EGOVERA_MODEL_TYPE, model.value(ArchimateNames.EIRA_MODEL_TYPE));
        Set<String> names = new HashSet<>();
        model.views().forEach(view -> names.add(view.name()));
        assertTrue(names.containsAll(ArchimateNames.EIRA_VIEW_NAMES), names.toString());
        ExchangeView legal = model.views().stream().filter(view -> view.name().equals("Legal view")).findFirst().orElseThrow();
        assertTrue(legal.elementRefs().size() > 50, "the Legal view shows the legal blocks: " + legal.elementRefs().size());
    }

    /** Every EIRA block keeps EIRA's PURI and ArchiMate type, compared with EIRA's own model. */
    @Test
    void eiraBlocksHaveEirasPuriAndType() {
        ExchangeModel eira = new ArchimateExchangeReader().read(ConformanceData.resolve("eira/EIRA-6.0.0.xml"));
        Map<String, String> eiraTypes = new HashMap<>();
        for (ExchangeElement element : eira.elements()) {
            String puri = element.value(ArchimateNames.EIRA_PURI);
            if (ArchimateNames.EIRA_ABB_CONCEPT.equals(element.value(ArchimateNames.EIRA_CONCEPT)) && puri != null) {
                eiraTypes.putIfAbsent(puri, element.type());
            }
        }
        Map<String, String> exportedTypes = new HashMap<>();
        for (ExchangeElement element : model.elements()) {
            if (ArchimateNames.EIRA_ABB_CONCEPT.equals(element.value(ArchimateNames.EIRA_CONCEPT))
                    && element.value(ArchimateNames.EIRA_PURI) != null) {
                exportedTypes.putIfAbsent(element.value(ArchimateNames.EIRA_PURI), element.type());
            }
        }
        List<String> wrong = new ArrayList<>();
        eiraTypes.forEach((puri, type) -> {
            if (!type.equals(exportedTypes.get(puri))) {
                wrong.add(puri + ": EIRA " + type + ", export " + exportedTypes.get(puri));
            }
        });
        assertTrue(wrong.isEmpty(), wrong.size() + " EIRA blocks missing or retyped: " + wrong);
        for (ExchangeElement element : model.elements()) {
            String dctType = element.value(ArchimateNames.DCT_TYPE);
            String puri = element.value(ArchimateNames.EIRA_PURI);
            if (dctType != null && dctType.startsWith(ArchimateNames.EIRA_TYPE_PREFIX) && puri != null) {
                assertEquals(eiraTypes.get(puri), element.type(), "a block typed " + dctType + " keeps EIRA's type");
            }
        }
    }

    @Test
    void egoveraBlocksAreTypedEgoveraAndSolutionsNameDeclaredBlocks() {
        Set<String> declared = new HashSet<>();
        int egovera = 0;
        for (ExchangeElement element : model.elements()) {
            if (ArchimateNames.EIRA_ABB_CONCEPT.equals(element.value(ArchimateNames.EIRA_CONCEPT))) {
                String dctType = element.value(ArchimateNames.DCT_TYPE);
                declared.add(dctType);
                if ("eGovERA".equals(element.value("egovera:origin"))) {
                    egovera++;
                    assertNotNull(dctType, element.identifier());
                    assertTrue(dctType.startsWith(ArchimateNames.EGOVERA_TYPE_PREFIX)
                            || dctType.startsWith(ArchimateNames.EIRA_TYPE_PREFIX) && element.value(ArchimateNames.EIRA_PURI) != null,
                            element.identifier() + " " + dctType);
                }
            }
        }
        assertTrue(egovera > 500, "the eGovERA blocks of the three domains: " + egovera);
        int solutions = 0;
        for (ExchangeElement element : model.elements()) {
            if (ArchimateNames.EIRA_SBB_CONCEPT.equals(element.value(ArchimateNames.EIRA_CONCEPT))) {
                solutions++;
                List<String> implemented = element.values(ArchimateNames.EIRA_ABB);
                assertTrue(!implemented.isEmpty() && declared.containsAll(implemented), element.identifier() + " " + implemented);
            }
        }
        assertTrue(solutions > 0);
    }

    @Test
    void theProfileFindsNoErrors() {
        ValidationReport report = EgoveraProfile.withLibraryOf(catalogue).check(model);
        assertEquals(0, report.errorCount(), report.findings().stream().filter(f -> f.isError()).limit(10).toList().toString());
    }

    /** The round trip keeps everything but the record of source-data defects, which the format does not carry. */
    @Test
    void roundTripGivesTheCatalogueBack() {
        Catalogue original = EcoreUtil.copy(catalogue);
        original.getDataGaps().clear();
        Catalogue back = new ArchimateImporter().read(model).catalogue();
        assertTrue(CatalogueEquality.same(original, back), "the shipped catalogue changed on its way through ArchiMate");
        assertArrayEquals(exported, Exchange.write(back, ExportOptions.all()), "export -> import -> export is stable");
    }
}
