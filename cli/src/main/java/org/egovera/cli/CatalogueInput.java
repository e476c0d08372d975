package org.egovera.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.io.Progress;

import picocli.CommandLine.Parameters;

/** The optional catalogue file a command works on; the shipped catalogue when none is given. */
public final class CatalogueInput {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Catalogue file (.egovera); default: the shipped eGovERA catalogue.")
    private Path file;

    /** Files from this size on show a progress bar while they load (on a terminal). */
    static final long PROGRESS_FROM_BYTES = 8L << 20;

    public Catalogue load() {
        if (file == null) {
            return ShippedCatalogue.load();
        }
        return CatalogueStore.load(file, isLarge(file) ? TerminalProgress.forThisProcess() : Progress.NONE);
    }

    private static boolean isLarge(Path file) {
        try {
            return Files.size(file) >= PROGRESS_FROM_BYTES;
        } catch (IOException e) {
            return false;
        }
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
