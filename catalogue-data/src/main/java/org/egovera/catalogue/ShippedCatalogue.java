package org.egovera.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;

/** The eGovERA catalogue that ships inside the tool: what every command works on when given no file. */
public final class ShippedCatalogue {

    /** The classpath location of the catalogue XMI. */
    public static final String RESOURCE = "/org/egovera/catalogue/egovera-catalogue.egovera";

    /** How errors and reports name the shipped catalogue. */
    public static final Path DISPLAY_PATH = Path.of("<shipped>/egovera-catalogue.egovera");

    private ShippedCatalogue() {
    }

    /** Loads a fresh copy, which the caller may change freely. */
    public static Catalogue load() {
        try (InputStream in = ShippedCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the shipped catalogue " + RESOURCE + " is missing from the classpath");
            }
            return CatalogueStore.read(in, DISPLAY_PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
