package org.egovera.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.egovera.model.Catalogue;
import org.egovera.model.EgoveraPackage;
import org.egovera.model.Element;

/** Runs every rule, and EMF's structural checks, over a catalogue and returns the findings. */
public final class CatalogueValidation {

    private static final Diagnostician DIAGNOSTICIAN = new Diagnostician(rulesRegistry());

    private CatalogueValidation() {
    }

    public static ValidationReport validate(Catalogue catalogue) {
        Diagnostic root = DIAGNOSTICIAN.validate(catalogue);
        List<Finding> findings = new ArrayList<>();
        collect(root, findings);
        return new ValidationReport(findings);
    }

    private static EValidator.Registry rulesRegistry() {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(EgoveraPackage.eINSTANCE, CatalogueRules.INSTANCE);
        return registry;
    }

    private static void collect(Diagnostic diagnostic, List<Finding> findings) {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() >= Diagnostic.WARNING && !coveredByOurRules(child)) {
                findings.add(Finding.of(child));
            }
            collect(child, findings);
        }
    }

    /** EMF's own duplicate-id check says what {@link Rule#UNIQUE_ID} says, less clearly. */
    private static boolean coveredByOurRules(Diagnostic diagnostic) {
        return EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
                && diagnostic.getCode() == EObjectValidator.EOBJECT__UNIQUE_ID;
    }

    /** The element a diagnostic is about, if it names one. */
    static Element subjectOf(Diagnostic diagnostic) {
        for (Object datum : diagnostic.getData()) {
            if (datum instanceof Element element) {
                return element;
            }
        }
        return null;
    }
}
