package org.egovera.io.archimate;

import java.nio.file.Path;

import org.egovera.model.io.Progress;

/**
 * Imports an ArchiMate Open Exchange Format file as a catalogue. Tolerant of other tools' output
 * (any language, missing views, unknown properties, nested folders, relationships the table
 * forbids, which are kept with a warning); strict about what cannot be read: malformed or hostile
 * XML, unknown types, dangling references and duplicate identifiers are an
 * {@link org.egovera.model.io.InputException} with file, line and column. Elements carrying the
 * EIRA properties become building blocks; every other element is kept with its type and
 * properties.
 */
public final class ArchimateImporter {

    private final Progress progress;

    public ArchimateImporter(Progress progress) {
        this.progress = progress;
    }

    public ArchimateImporter() {
        this(Progress.NONE);
    }

    public ImportReport read(Path file) {
        progress.start("Parsing " + file.getFileName(), 0);
        ExchangeModel model = new ArchimateExchangeReader().read(file);
        progress.done();
        return read(model);
    }

    public ImportReport read(ExchangeModel model) {
        return new CatalogueImport(model, progress).run();
    }
}
