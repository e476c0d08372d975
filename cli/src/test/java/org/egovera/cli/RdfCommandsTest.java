package org.egovera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.io.rdf.CanonicalOrder;
import org.egovera.io.rdf.RdfSyntax;
import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** export rdf, import rdf and validate --shacl as a user runs them. */
class RdfCommandsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void exportThenImportGivesTheSameCatalogue(RdfSyntax syntax) throws IOException {
        Path catalogue = saved(TestCatalogues.minimal());
        Path rdf = dir.resolve("out." + syntax.extensions().get(0));
        CommandRun export = CommandRun.of("export", "rdf", catalogue.toString(), "--format", syntax.formatName(), "-o", rdf.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.out().contains("triples in " + syntax.title() + " to " + rdf), export.out());

        Path back = dir.resolve("back.egovera");
        CommandRun imported = CommandRun.of("import", "rdf", rdf.toString(), "-o", back.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        Catalogue expected = TestCatalogues.minimal();
        CanonicalOrder.apply(expected);
        assertTrue(EcoreUtil.equals(expected, CatalogueStore.load(back)), syntax.formatName());
    }

    @Test
    void formatFollowsTheOutputExtensionAndStandardOutputIsTurtle() throws IOException {
        Path catalogue = saved(TestCatalogues.minimal());
        Path nt = dir.resolve("out.nt");
        assertEquals(0, CommandRun.of("export", "rdf", catalogue.toString(), "-o", nt.toString()).exitCode());
        assertTrue(Files.readAllLines(nt).stream().allMatch(line -> line.endsWith(" .")), "N-Triples lines");
        CommandRun toStdout = CommandRun.of("export", "rdf", catalogue.toString(), "--no-ontology");
        assertEquals(0, toStdout.exitCode(), toStdout.err());
        assertTrue(toStdout.out().contains("PREFIX egov:") && toStdout.out().matches("(?s).*dct:identifier +\"DPS1\".*"), toStdout.out());
        assertFalse(toStdout.out().contains("owl:Class"));
    }

    @Test
    void ontologyAloneIsAvailable() throws IOException {
        CommandRun run = CommandRun.of("export", "rdf", saved(TestCatalogues.minimal()).toString(), "--ontology", "--format", "nt");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("<https://w3id.org/egovera/model/1.0#DigitalPublicService> "
                + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Class>"), run.out());
        assertFalse(run.out().contains("\"DPS1\""));
    }

    @Test
    void notesGoToStandardError() throws IOException {
        CommandRun run = CommandRun.of("export", "rdf", saved(TestCatalogues.minimal()).toString(), "-o", dir.resolve("x.ttl").toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.err().contains("note: 1 service(s) of Tax name no competent authority and none can be inferred"), run.err());
    }

    @Test
    void helpListsEveryRegisteredFormat() {
        CommandRun run = CommandRun.of("export", "rdf", "--help");
        for (RdfSyntax syntax : RdfSyntax.values()) {
            assertTrue(run.out().contains(syntax.formatName()), syntax.formatName() + " missing from\n" + run.out());
        }
    }

    @Test
    void unknownFormatOrBadBaseIsAUsageError() throws IOException {
        Path catalogue = saved(TestCatalogues.minimal());
        CommandRun format = CommandRun.of("export", "rdf", catalogue.toString(), "--format", "n3");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("unknown RDF format 'n3'; expected one of: ttl, nt, rdfxml, jsonld, trig, nq"), format.err());
        CommandRun base = CommandRun.of("export", "rdf", catalogue.toString(), "--base", "relative/");
        assertEquals(2, base.exitCode());
        assertTrue(base.err().contains("--base: the base IRI relative/ is not an absolute IRI"), base.err());
    }

    @Test
    void unparseableRdfIsOneLineWithPositionAndNothingIsWritten() throws IOException {
        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, "@prefix ex: <http://example.org/> .\nex:a ex:b \"open\n");
        Path out = dir.resolve("never.egovera");
        CommandRun run = CommandRun.of("import", "rdf", broken.toString(), "-o", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().matches("(?s)egovera: .*broken\\.ttl:\\d+:\\d+: .*"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void rdfThatIsNoCatalogueIsRefused() throws IOException {
        Path other = dir.resolve("other.ttl");
        Files.writeString(other, "<http://example.org/a> <http://example.org/b> \"c\" .\n");
        CommandRun run = CommandRun.of("import", "rdf", other.toString(), "-o", dir.resolve("x.egovera").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("holds no resource typed egov:Catalogue"), run.err());
    }

    @Test
    void shaclValidationReportsViolationsAndExitsOne() throws IOException {
        Path catalogue = saved(TestCatalogues.minimal());
        CommandRun run = CommandRun.of("validate", "--shacl", catalogue.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("violation: <https://example.org/egovera/DPS1> cv:hasCompetentAuthority: CPSV-AP"), run.out());
        assertTrue(run.out().contains("violation: <https://example.org/egovera/DPS1> dct:description: CPSV-AP"), run.out());
        assertTrue(run.out().matches("(?s).*: 2 SHACL violation\\(s\\), 4 warning\\(s\\) in \\d+ triples\\s*"), run.out());
    }

    @Test
    void shaclValidationOfAnRdfFileAsJson() throws IOException {
        Path rdf = dir.resolve("export.ttl");
        assertEquals(0, CommandRun.of("export", "rdf", saved(TestCatalogues.minimal()).toString(), "-o", rdf.toString()).exitCode());
        CommandRun run = CommandRun.of("validate", "--shacl", "--json", rdf.toString());
        assertEquals(1, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(2, report.get("violations").asInt());
        assertEquals("cv:hasCompetentAuthority", report.at("/findings").findValuesAsText("path").stream()
                .filter(p -> p.startsWith("cv:")).findFirst().orElseThrow());
    }

    @Test
    void shapesWithoutShaclIsAUsageError() throws IOException {
        CommandRun run = CommandRun.of("validate", saved(TestCatalogues.minimal()).toString(), "--shapes", "x.ttl");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--shapes and --base go with --shacl"), run.err());
    }

    private Path saved(Catalogue catalogue) throws IOException {
        Path file = dir.resolve("catalogue.egovera");
        CatalogueStore.save(catalogue, file);
        return file;
    }
}
