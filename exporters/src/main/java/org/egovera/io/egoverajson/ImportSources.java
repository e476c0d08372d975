package org.egovera.io.egoverajson;

import java.nio.file.Path;
import java.util.List;

import org.egovera.catalogue.CatalogueSources;
import org.egovera.io.support.InputSource;

/**
 * What the importer reads.
 *
 * @param jsonInputs   eGovERA JSON files, or directories whose {@code .json} files are all read; what
 *                     each file holds is told from its content
 * @param eiraModel    the EIRA exchange file whose building blocks form the library, or null to take
 *                     the library of the shipped catalogue
 * @param crosswalk    the Area crosswalk
 * @param overlay      the project's additions, or null for none
 * @param descriptions the hand-written descriptions
 */
public record ImportSources(List<Path> jsonInputs, Path eiraModel, InputSource crosswalk, InputSource overlay,
        InputSource descriptions) {

    public ImportSources {
        jsonInputs = List.copyOf(jsonInputs);
    }

    /** The given data with the crosswalk, overlay and descriptions that ship with the catalogue. */
    public static ImportSources withShippedFiles(List<Path> jsonInputs, Path eiraModel) {
        return new ImportSources(jsonInputs, eiraModel, shipped(CatalogueSources.AREA_CROSSWALK),
                shipped(CatalogueSources.OVERLAY), shipped(CatalogueSources.DESCRIPTIONS));
    }

    public ImportSources withCrosswalk(Path file) {
        return new ImportSources(jsonInputs, eiraModel, InputSource.of(file), overlay, descriptions);
    }

    public ImportSources withOverlay(Path file) {
        return new ImportSources(jsonInputs, eiraModel, crosswalk, InputSource.of(file), descriptions);
    }

    public ImportSources withoutOverlay() {
        return new ImportSources(jsonInputs, eiraModel, crosswalk, null, descriptions);
    }

    public ImportSources withDescriptions(Path file) {
        return new ImportSources(jsonInputs, eiraModel, crosswalk, overlay, InputSource.of(file));
    }

    private static InputSource shipped(String resource) {
        return InputSource.classpath(CatalogueSources.class, resource);
    }
}
