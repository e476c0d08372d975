package org.egovera.io.egoverajson;

/** The two layouts the eGovERA tools publish their data in. */
public enum SourceLayout {

    /** The portal release of 2021: codes as identifiers, links as {@code ;}-joined strings. */
    PORTAL_2021("eGovERA 2021"),

    /** Release 6.0: persistent URIs as identifiers, links as arrays. */
    RELEASE_6_0("eGovERA 6.0");

    private final String release;

    SourceLayout(String release) {
        this.release = release;
    }

    /** The release name provenance records. */
    public String release() {
        return release;
    }
}
