package org.egovera.io.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.io.Progress;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Export, parse and import in every registered syntax: the parsed graph is isomorphic to the exported
 * one, and the imported catalogue equals the original (lists in {@link CanonicalOrder}).
 */
class RdfRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void everyFeatureOfTheMetamodelSurvivesTheRoundTrip(RdfSyntax syntax) throws IOException {
        assertRoundTrip("every-feature", EveryFeatureCatalogue.build(), syntax);
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void minimalCatalogueSurvivesTheRoundTrip(RdfSyntax syntax) throws IOException {
        assertRoundTrip("minimal", TestCatalogues.minimal(), syntax);
    }

    static void assertRoundTrip(String name, Catalogue original, RdfSyntax syntax, Path dir) throws IOException {
        Path file = dir.resolve(name + "." + syntax.extensions().get(0));
        RdfExporter.export(original, syntax, ExportOptions.defaults(), file, Progress.NONE);

        Graph expected = RdfExporter.graph(original, ExportOptions.defaults());
        Graph parsed = RdfParsing.graph(file);
        if (!expected.isIsomorphicWith(parsed)) {
            fail(name + " in " + syntax.title() + " (" + file + "): the parsed graph is not isomorphic to the exported one; "
                    + GraphDifference.describe(expected, parsed));
        }

        Catalogue imported = RdfImporter.read(file).catalogue();
        Catalogue ordered = EcoreUtil.copy(original);
        CanonicalOrder.apply(ordered);
        if (!EcoreUtil.equals(ordered, imported)) {
            fail(name + " in " + syntax.title() + " (" + file + "): the imported catalogue differs from the original; "
                    + firstDifference(ordered, imported));
        }
    }

    private void assertRoundTrip(String name, Catalogue original, RdfSyntax syntax) throws IOException {
        assertRoundTrip(name, original, syntax, dir);
    }

    /** The first line where the two catalogues' XMI differ: enough to see which element and feature. */
    static String firstDifference(Catalogue expected, Catalogue actual) throws IOException {
        String[] left = xmi(expected).split("\n");
        String[] right = xmi(actual).split("\n");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            if (!left[i].equals(right[i])) {
                return "line " + (i + 1) + "\n  expected: " + left[i].strip() + "\n  actual:   " + right[i].strip();
            }
        }
        assertEquals(left.length, right.length, "XMI line counts");
        return "the XMI is the same; the difference is in something XMI does not show";
    }

    private static String xmi(Catalogue catalogue) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueStore.write(EcoreUtil.copy(catalogue), out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
