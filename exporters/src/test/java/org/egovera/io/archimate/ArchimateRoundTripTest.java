package org.egovera.io.archimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


/** catalogue -> ArchiMate -> catalogue loses nothing the format can carry. */
class ArchimateRoundTripTest {

    @Test
    void minimalCatalogueComesBackEqual() throws IOException {
        Catalogue original = TestCatalogues.minimal();
        Catalogue back = Exchange.importBytes(Exchange.write(original, ExportOptions.all())).catalogue();
        assertTrue(CatalogueEquality.same(original, back), () -> difference(original, back));
    }

    @Test
    void exportImportExportIsStable() {
        byte[] first = Exchange.write(TestCatalogues.minimal(), ExportOptions.all());
        byte[] second = Exchange.write(Exchange.importBytes(first).catalogue(), ExportOptions.all());
        assertArrayEquals(first, second);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("manySeeds")
    void randomCataloguesComeBackEqual(long seed) throws IOException {
        Catalogue original = RandomCatalogues.generate(seed);
        Catalogue back = Exchange.importBytes(Exchange.write(original, ExportOptions.all())).catalogue();
        assertTrue(CatalogueEquality.same(original, back), () -> "seed " + seed + "\n" + difference(original, back));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("someSeeds")
    void randomCataloguesExportStably(long seed) {
        byte[] first = Exchange.write(RandomCatalogues.generate(seed), ExportOptions.all());
        byte[] second = Exchange.write(Exchange.importBytes(first).catalogue(), ExportOptions.all());
        assertArrayEquals(first, second, "seed " + seed);
    }

    /** Random but fixed seeds, so that a failure names the seed that reproduces it. */
    static LongStream manySeeds() {
        return new SplittableRandom(0x5EED_A4C1L).longs(150);
    }

    static LongStream someSeeds() {
        return new SplittableRandom(0x5EED_57ABL).longs(50);
    }

    /** Both catalogues as XMI, for a failure message one can diff. */
    private static String difference(Catalogue original, Catalogue back) {
        try {
            ByteArrayOutputStream a = new ByteArrayOutputStream();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            CatalogueStore.write(org.eclipse.emf.ecore.util.EcoreUtil.copy(original), a);
            CatalogueStore.write(org.eclipse.emf.ecore.util.EcoreUtil.copy(back), b);
            return "original:\n" + a + "\nafter the round trip:\n" + b;
        } catch (IOException e) {
            return "(cannot show the catalogues: " + e + ")";
        }
    }
}
