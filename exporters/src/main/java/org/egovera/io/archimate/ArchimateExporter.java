package org.egovera.io.archimate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.egovera.model.Catalogue;
import org.egovera.model.io.AtomicFiles;
import org.egovera.model.io.Progress;

/**
 * Exports a catalogue as an ArchiMate 3.1 Open Exchange Format file: elements with the EIRA
 * properties, a relationship for each reference (each allowed by the ArchiMate relationship
 * table), folders, and views with layout. See {@link ArchimateTypeMapper} for the mapping.
 */
public final class ArchimateExporter {

    private final ExportOptions options;
    private final Progress progress;

    public ArchimateExporter(ExportOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    public ArchimateExporter() {
        this(ExportOptions.all(), Progress.NONE);
    }

    /** The exchange model of a catalogue, before it is written. */
    public ExchangeModel toExchange(Catalogue catalogue) {
        return new CatalogueExport(catalogue, options, progress).build();
    }

    public void export(Catalogue catalogue, OutputStream out) throws IOException {
        new ArchimateExchangeWriter(progress).write(toExchange(catalogue), out);
    }

    /** Writes the file atomically: on any failure the target is left as it was. */
    public void export(Catalogue catalogue, Path file) throws IOException {
        ExchangeModel model = toExchange(catalogue);
        AtomicFiles.write(file, out -> new ArchimateExchangeWriter(progress).write(model, out));
    }
}
