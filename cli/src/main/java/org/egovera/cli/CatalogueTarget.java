package org.egovera.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.io.InputException;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The catalogue a command changes: {@code --into CATALOGUE} reads it and writes it back, {@code -o OUT}
 * writes the result elsewhere (starting from {@code --into}, or from the shipped catalogue). Writes are
 * atomic, and happen only after everything was read and checked.
 */
public final class CatalogueTarget {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--into", paramLabel = "CATALOGUE", description = "Catalogue (.egovera) to change; written back unless -o is given.")
    private Path into;

    @Option(names = { "-o", "--output" }, paramLabel = "OUT.egovera",
            description = "Where to write the result; starts from --into, or from the shipped catalogue.")
    private Path output;

    public Catalogue load() {
        if (into == null && output == null) {
            throw new ParameterException(spec.commandLine(), "name the catalogue to change (--into CATALOGUE) or where to write (-o OUT.egovera)");
        }
        return into == null ? ShippedCatalogue.load() : CatalogueStore.load(into);
    }

    public Path destination() {
        return output != null ? output : into;
    }

    public void save(Catalogue catalogue) {
        Path destination = destination();
        try {
            CatalogueStore.save(catalogue, destination);
        } catch (IOException e) {
            throw new InputException(destination, "cannot write: " + e.getMessage(), e);
        }
    }
}
