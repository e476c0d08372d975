package org.egovera.cli;

import java.nio.file.Path;

import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;

import picocli.CommandLine.Parameters;

/** The optional catalogue file a command works on; the shipped catalogue when none is given. */
public final class CatalogueInput {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Catalogue file (.egovera); default: the shipped eGovERA catalogue.")
    private Path file;

    public Catalogue load() {
        return file == null ? ShippedCatalogue.load() : CatalogueStore.load(file);
    }

    /** The file given, or null for the shipped catalogue. */
    public Path file() {
        return file;
    }

    /** How reports name the input. */
    public String displayName() {
        return displayPath().toString();
    }

    /** The input's path, or the shipped catalogue's display path, for error messages. */
    public Path displayPath() {
        return file == null ? ShippedCatalogue.DISPLAY_PATH : file;
    }
}
