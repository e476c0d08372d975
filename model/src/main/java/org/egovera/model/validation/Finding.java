package org.egovera.model.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.egovera.model.Element;

/**
 * One validation finding, in the shape reports and JSON output use.
 *
 * @param code     the rule code ({@code DPS-USES}), or {@code EMF} for EMF's structural checks
 * @param severity {@code error} or {@code warning}
 * @param elementId the identifier of the element concerned, if any
 * @param elementType the metamodel class of that element, if any
 * @param message  the message a user reads
 */
public record Finding(String code, String severity, String elementId, String elementType, String message) {

    static Finding of(Diagnostic diagnostic) {
        Rule rule = CatalogueRules.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
                ? Rule.ofDiagnosticCode(diagnostic.getCode()) : null;
        Element subject = CatalogueValidation.subjectOf(diagnostic);
        return new Finding(rule == null ? "EMF" : rule.code(),
                diagnostic.getSeverity() >= Diagnostic.ERROR ? "error" : "warning",
                subject == null ? null : subject.getId(),
                subject == null ? null : subject.eClass().getName(),
                diagnostic.getMessage());
    }

    public boolean isError() {
        return "error".equals(severity);
    }
}
