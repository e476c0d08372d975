package org.egovera.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The catalogue's domain rules: a stable code for reports and scripts, the default severity, and
 * the constraint of the metamodel that implements it.
 */
public enum Rule {
    UNIQUE_ID("CAT-UNIQUE-ID", Diagnostic.ERROR, "every element identifier is unique in the catalogue"),
    SERVICE_REALISES_CAPABILITY("DPS-REALISES", Diagnostic.ERROR, "every digital public service realises at least one capability"),
    SERVICE_USES_BUILDING_BLOCK("DPS-USES", Diagnostic.ERROR, "every digital public service uses at least one ABB"),
    SERVICE_USES_OBSOLETE_BLOCK("DPS-OBSOLETE-ABB", Diagnostic.WARNING, "no obsolete ABB is used by a digital public service"),
    BLOCK_HAS_VIEW("ABB-VIEW", Diagnostic.ERROR, "every ABB belongs to one of the five EIRA views"),
    BLOCK_HAS_ARCHIMATE_TYPE("ABB-ARCHIMATE-TYPE", Diagnostic.ERROR, "every ABB has an ArchiMate element type"),
    BLOCK_HAS_DCT_TYPE("ABB-DCT-TYPE", Diagnostic.ERROR, "every ABB has a dct:type"),
    EIRA_BLOCK_HAS_PURI("ABB-EIRA-PURI", Diagnostic.ERROR, "every EIRA ABB has a persistent URI under http://data.europa.eu/dr8/"),
    SOLUTION_IMPLEMENTS_BLOCK("SBB-IMPLEMENTS", Diagnostic.ERROR, "every SBB implements at least one ABB"),
    SOLUTION_MATCHES_BLOCK_TYPE("SBB-ARCHIMATE-TYPE", Diagnostic.ERROR, "an SBB has the ArchiMate type of the ABBs it implements"),
    UNTRUSTED_THROUGH_SPEED("TRUST-SPEED2", Diagnostic.ERROR, "an untrusted consumer reaches a service only through SPEED2(ng)"),
    CDCO_THROUGH_PLATFORMS("TRUST-CDCO", Diagnostic.ERROR, "a CDCO application is reached through another platform, Commission users excepted");

    /** Where EIRA publishes the persistent URIs of its building blocks. */
    public static final String EIRA_PURI_BASE = "http://data.europa.eu/dr8/";

    private final String code;
    private final int severity;
    private final String statement;

    Rule(String code, int severity, String statement) {
        this.code = code;
        this.severity = severity;
        this.statement = statement;
    }

    public String code() {
        return code;
    }

    /** The severity of a violation, a {@link Diagnostic} constant. */
    public int severity() {
        return severity;
    }

    /** The rule in one sentence, as documentation and reports show it. */
    public String statement() {
        return statement;
    }

    /** The diagnostic code: the rule's position, so EMF tools can tell rules apart. */
    public int diagnosticCode() {
        return ordinal() + 1;
    }

    public static Rule ofDiagnosticCode(int code) {
        Rule[] rules = values();
        return code >= 1 && code <= rules.length ? rules[code - 1] : null;
    }
}
