package org.egovera.io.egoverajson;

/** What the records of an eGovERA JSON file describe. */
public enum TableKind {
    CAPABILITIES("digital business capabilities"),
    SERVICES("digital public services"),
    BUILDING_BLOCKS("architecture building blocks");

    private final String label;

    TableKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
