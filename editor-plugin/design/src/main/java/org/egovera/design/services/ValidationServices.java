package org.egovera.design.services;

import org.eclipse.emf.ecore.EObject;
import org.egovera.model.Element;
import org.egovera.model.validation.Finding;
import org.egovera.model.validation.Rule;

/**
 * The viewpoint's validation rules ask the model's own validator ({@code CatalogueValidation}, which runs
 * {@code CatalogueRules}); no rule is implemented twice. Each error rule of the viewpoint names a rule
 * code; warnings (including errors the validator lowers for recorded gaps of the source data) are reported
 * by one warning rule. EMF's structural checks are left to Sirius, which runs them itself when it
 * validates a diagram.
 */
public class ValidationServices {

    /**
     * True when the validator reports no error of this rule code ({@code DPS-USES}...) about the element.
     * Rules may target an interface of the metamodel ({@code ServiceProvision}), hence any model object.
     */
    public boolean passes(EObject object, String ruleCode) {
        String code = checkedCode(ruleCode);
        return !(object instanceof Element element) || FindingIndex.of(element).about(element, error(code)).isEmpty();
    }

    /** The validator's error messages of this rule code about the element. */
    public String errorMessages(EObject object, String ruleCode) {
        String code = checkedCode(ruleCode);
        return object instanceof Element element ? FindingIndex.of(element).messages(element, error(code)) : "";
    }

    /** True when the validator reports no warning about the element. */
    public boolean hasNoWarnings(Element element) {
        return FindingIndex.of(element).about(element, finding -> !finding.isError()).isEmpty();
    }

    /** The validator's warning messages about the element. */
    public String warningMessages(Element element) {
        return FindingIndex.of(element).messages(element, finding -> !finding.isError());
    }

    private static java.util.function.Predicate<Finding> error(String code) {
        return finding -> finding.isError() && code.equals(finding.code());
    }

    /** Refuses codes the validator does not know, so a typo in the description cannot silence a rule. */
    private static String checkedCode(String code) {
        for (Rule rule : Rule.values()) {
            if (rule.code().equals(code)) {
                return code;
            }
        }
        throw new IllegalArgumentException("unknown rule code '" + code + "'");
    }
}
