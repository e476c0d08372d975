package org.egovera.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.egovera.analysis.CatalogueStatistics;
import org.egovera.io.archimate.ViewSelection;
import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.validation.CatalogueValidation;

/**
 * Everything the tool does with one catalogue, in one JVM, holding the catalogue throughout: load,
 * validate, count, save as XMI, export to the ArchiMate exchange format with the EIRA views, save as
 * EMF binary (last: it moves the catalogue into a binary resource). {@link HeapBisection} runs it at smaller and smaller
 * heaps to find the least it needs. Exits 0 when every step succeeds.
 */
public final class WholeRun {

    private WholeRun() {
    }

    public static void main(String[] args) throws IOException {
        Catalogue catalogue = CatalogueStore.load(Path.of(args[0]));
        if (CatalogueValidation.validate(catalogue).hasErrors()) {
            System.exit(1);
        }
        CatalogueStatistics.of(catalogue);
        CatalogueStore.write(catalogue, OutputStream.nullOutputStream());
        ArchimateExchangeBench.exporter(ViewSelection.EIRA).export(catalogue, OutputStream.nullOutputStream());
        Fixtures.saveBinary(catalogue, OutputStream.nullOutputStream());
        System.out.println("done");
    }
}
