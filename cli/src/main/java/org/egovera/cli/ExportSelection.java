package org.egovera.cli;

import java.util.ArrayList;
import java.util.List;

import org.egovera.io.archimate.CatalogueFilter;
import org.egovera.io.archimate.ExportOptions;
import org.egovera.io.archimate.ViewSelection;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --filter} option of the exports: which part of the catalogue to write. */
public final class ExportSelection {

    @Option(names = "--filter", paramLabel = "KIND=ID",
            description = "Export a subset: capability=ID, service=ID or domain=ID (repeatable; the union is exported).")
    private List<String> filters = new ArrayList<>();

    /** The export options with this filter; a malformed filter is a usage error. */
    ExportOptions options(ViewSelection views, CommandSpec spec) {
        ExportOptions options = new ExportOptions(views, null);
        if (filters.isEmpty()) {
            return options;
        }
        try {
            return options.withFilter(CatalogueFilter.parse(filters));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
