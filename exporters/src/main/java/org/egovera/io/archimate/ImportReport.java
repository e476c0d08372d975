package org.egovera.io.archimate;

import java.util.ArrayList;
import java.util.List;

import org.egovera.model.Catalogue;

/**
 * The outcome of an import: the catalogue and what happened on the way.
 *
 * @param catalogue     the imported catalogue
 * @param elements      elements read
 * @param links         relationships that became references of the metamodel
 * @param relationships relationships kept as relationships
 * @param views         views kept (derived views are not counted: the exporter draws them anew)
 * @param folders       folders kept
 * @param warnings      what was kept but deserves a look (forbidden relationships, demoted elements...)
 */
public record ImportReport(Catalogue catalogue, int elements, int links, int relationships, int views, int folders,
        List<String> warnings) {

    public ImportReport {
        warnings = List.copyOf(warnings);
    }

    /** Collects counts and warnings while importing. */
    static final class Builder {
        int elements;
        int links;
        int relationships;
        int views;
        int folders;
        final List<String> warnings = new ArrayList<>();

        void warn(String warning) {
            warnings.add(warning);
        }

        ImportReport build(Catalogue catalogue) {
            return new ImportReport(catalogue, elements, links, relationships, views, folders, warnings);
        }
    }
}
