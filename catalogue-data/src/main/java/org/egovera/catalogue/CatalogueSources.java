package org.egovera.catalogue;

/**
 * The reviewed files, shipped beside the catalogue, from which the importer builds it together with
 * the public eGovERA and EIRA data: where they are on the classpath.
 */
public final class CatalogueSources {

    /** Area of an eGovERA building block to the EIRA 6.0.0 block it specialises. */
    public static final String AREA_CROSSWALK = "/org/egovera/catalogue/area-crosswalk.csv";

    /** The project's own additions: Member States, actors, platforms, circles of trust, SBBs, priorities. */
    public static final String OVERLAY = "/org/egovera/catalogue/overlay.yaml";

    /** The project's own one-line descriptions, by element id. */
    public static final String DESCRIPTIONS = "/org/egovera/catalogue/descriptions.csv";

    private CatalogueSources() {
    }
}
