package org.egovera.report;

/** A validation finding or a recorded data gap, as an element's page lists it. */
public record FindingLine(String severity, String code, String message) {

    public boolean error() {
        return "error".equals(severity);
    }
}
