package org.egovera.io.rdf;

/**
 * One result of a SHACL validation, in the shape reports and JSON output use.
 *
 * @param severity  {@code violation}, {@code warning} or {@code info}
 * @param focusNode the resource the result is about, prefixed where a known prefix fits
 * @param path      the property concerned, if any
 * @param value     the offending value, if any
 * @param message   what is wrong
 * @param shape     the shape that says so
 */
public record ShaclFinding(String severity, String focusNode, String path, String value, String message, String shape) {

    public boolean isViolation() {
        return "violation".equals(severity);
    }

    /** One line a user reads: {@code violation: :DPS1 cv:hasCompetentAuthority: message}. */
    public String describe() {
        return severity + ": " + focusNode + (path == null ? "" : " " + path) + (value == null ? "" : " (" + value + ")")
                + ": " + message;
    }
}
