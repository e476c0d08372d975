package org.egovera.io.archimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

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

    @Property(tries = 150)
    void randomCataloguesComeBackEqual(@ForAll long seed) throws IOException {
        Catalogue original = RandomCatalogues.generate(seed);
        Catalogue back = Exchange.importBytes(Exchange.write(original, ExportOptions.all())).catalogue();
        assertTrue(CatalogueEquality.same(original, back), () -> "seed " + seed + "\n" + difference(original, back));
    }

    @Property(tries = 50)
    void randomCataloguesExportStably(@ForAll long seed) {
        byte[] first = Exchange.write(RandomCatalogues.generate(seed), ExportOptions.all());
        byte[] second = Exchange.write(Exchange.importBytes(first).catalogue(), ExportOptions.all());
        assertArrayEquals(first, second, "seed " + seed);
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
