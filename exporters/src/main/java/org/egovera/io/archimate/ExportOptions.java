package org.egovera.io.archimate;

/**
 * What an ArchiMate export writes.
 *
 * @param views  which views
 * @param filter the subset to export, or null for the whole catalogue
 */
public record ExportOptions(ViewSelection views, CatalogueFilter filter) {

    public static ExportOptions all() {
        return new ExportOptions(ViewSelection.ALL, null);
    }

    public ExportOptions withViews(ViewSelection selection) {
        return new ExportOptions(selection, filter);
    }

    public ExportOptions withFilter(CatalogueFilter subset) {
        return new ExportOptions(views, subset);
    }
}
