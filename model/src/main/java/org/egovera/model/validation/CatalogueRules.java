package org.egovera.model.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.model.AbbOrigin;
import org.egovera.model.AbbStatus;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EiraView;
import org.egovera.model.Element;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.util.EgoveraValidator;

/**
 * The bodies of the constraints declared in the Ecore: one method a rule, overriding the generated
 * placeholder, so that generated code stays untouched. A violation that the source data is known to
 * have (a recorded data gap) or that EIRA itself has (an ABB of the EIRA library) is reported as a
 * warning: visible, but not an error of ours.
 */
public class CatalogueRules extends EgoveraValidator {

    public static final CatalogueRules INSTANCE = new CatalogueRules();

    @Override
    public boolean validateCatalogue_uniqueIds(Catalogue catalogue, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Map<String, Element> seen = new HashMap<>();
        boolean valid = true;
        for (var contents = catalogue.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Element element && element.getId() != null) {
                Element earlier = seen.putIfAbsent(element.getId(), element);
                if (earlier != null) {
                    valid = false;
                    report(diagnostics, Rule.UNIQUE_ID, Rule.UNIQUE_ID.severity(), element,
                            "identifier '" + element.getId() + "' is used again (first by " + Labels.of(earlier) + ")",
                            context);
                }
            }
        }
        return valid;
    }

    @Override
    public boolean validateDigitalPublicService_realisesCapability(DigitalPublicService service, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!service.getRealises().isEmpty()) {
            return true;
        }
        return report(diagnostics, Rule.SERVICE_REALISES_CAPABILITY, severityFor(Rule.SERVICE_REALISES_CAPABILITY, service, "realises"),
                service, "realises no digital business capability", context);
    }

    @Override
    public boolean validateDigitalPublicService_usesBuildingBlock(DigitalPublicService service, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!service.getUses().isEmpty()) {
            return true;
        }
        return report(diagnostics, Rule.SERVICE_USES_BUILDING_BLOCK, severityFor(Rule.SERVICE_USES_BUILDING_BLOCK, service, "uses"),
                service, "uses no architecture building block", context);
    }

    @Override
    public boolean validateDigitalPublicService_noObsoleteBuildingBlock(DigitalPublicService service, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (ArchitectureBuildingBlock block : service.getUses()) {
            if (block.getStatus() == AbbStatus.OBSOLETE) {
                valid = false;
                report(diagnostics, Rule.SERVICE_USES_OBSOLETE_BLOCK, Rule.SERVICE_USES_OBSOLETE_BLOCK.severity(), service,
                        "uses obsolete building block " + Labels.of(block), context);
            }
        }
        return valid;
    }

    @Override
    public boolean validateDigitalPublicService_untrustedConsumersThroughSpeed(DigitalPublicService service, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return checkTrust(service, CircleOfTrust.untrustedWithoutSpeed(service), Rule.UNTRUSTED_THROUGH_SPEED,
                "untrusted consumers reach it without SPEED2(ng): ", diagnostics, context);
    }

    @Override
    public boolean validateDigitalPublicService_cdcoReachedThroughOtherPlatforms(DigitalPublicService service, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return checkTrust(service, CircleOfTrust.reachingCdcoDirectly(service), Rule.CDCO_THROUGH_PLATFORMS,
                "is exposed on CDCO alone to consumers outside the Commission: ", diagnostics, context);
    }

    @Override
    public boolean validateArchitectureBuildingBlock_hasView(ArchitectureBuildingBlock block, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (block.getView() != null && block.getView() != EiraView.UNSPECIFIED) {
            return true;
        }
        return report(diagnostics, Rule.BLOCK_HAS_VIEW, severityFor(Rule.BLOCK_HAS_VIEW, block, "view"), block,
                "has no EIRA view", context);
    }

    @Override
    public boolean validateArchitectureBuildingBlock_hasArchimateType(ArchitectureBuildingBlock block, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (block.getArchimateType() != null && block.getArchimateType() != ArchimateElementType.UNSPECIFIED) {
            return true;
        }
        return report(diagnostics, Rule.BLOCK_HAS_ARCHIMATE_TYPE, severityFor(Rule.BLOCK_HAS_ARCHIMATE_TYPE, block, "archimateType"), block,
                "has no ArchiMate element type", context);
    }

    @Override
    public boolean validateArchitectureBuildingBlock_hasDctType(ArchitectureBuildingBlock block, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String dctType = block.getDctType();
        if (dctType != null && (dctType.startsWith("eira:") || dctType.startsWith("egovera:")) && dctType.indexOf(':') < dctType.length() - 1) {
            return true;
        }
        String problem = dctType == null || dctType.isBlank() ? "has no dct:type" : "has dct:type '" + dctType + "' without the eira: or egovera: prefix";
        return report(diagnostics, Rule.BLOCK_HAS_DCT_TYPE, severityFor(Rule.BLOCK_HAS_DCT_TYPE, block, "dctType"), block, problem, context);
    }

    @Override
    public boolean validateArchitectureBuildingBlock_eiraPersistentUri(ArchitectureBuildingBlock block, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (block.getOrigin() != AbbOrigin.EIRA) {
            return true;
        }
        String uri = block.getPersistentUri();
        if (uri != null && uri.startsWith(Rule.EIRA_PURI_BASE) && uri.length() > Rule.EIRA_PURI_BASE.length()) {
            return true;
        }
        String problem = uri == null || uri.isBlank() ? "is an EIRA ABB without a persistent URI"
                : "is an EIRA ABB whose persistent URI '" + uri + "' is not under " + Rule.EIRA_PURI_BASE;
        return report(diagnostics, Rule.EIRA_BLOCK_HAS_PURI, severityFor(Rule.EIRA_BLOCK_HAS_PURI, block, "persistentUri"), block, problem, context);
    }

    @Override
    public boolean validateSolutionBuildingBlock_implementsBuildingBlock(SolutionBuildingBlock solution, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!solution.getImplements().isEmpty()) {
            return true;
        }
        return report(diagnostics, Rule.SOLUTION_IMPLEMENTS_BLOCK, Rule.SOLUTION_IMPLEMENTS_BLOCK.severity(), solution,
                "implements no architecture building block", context);
    }

    @Override
    public boolean validateSolutionBuildingBlock_matchesImplementedArchimateType(SolutionBuildingBlock solution, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (ArchitectureBuildingBlock block : solution.getImplements()) {
            if (block.getArchimateType() != solution.getArchimateType()) {
                valid = false;
                report(diagnostics, Rule.SOLUTION_MATCHES_BLOCK_TYPE, Rule.SOLUTION_MATCHES_BLOCK_TYPE.severity(), solution,
                        "is a " + solution.getArchimateType().getLiteral() + " but implements " + Labels.of(block)
                                + ", a " + block.getArchimateType().getLiteral(), context);
            }
        }
        return valid;
    }

    @Override
    public boolean validateSolutionBuildingBlock_untrustedConsumersThroughSpeed(SolutionBuildingBlock solution, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return checkTrust(solution, CircleOfTrust.untrustedWithoutSpeed(solution), Rule.UNTRUSTED_THROUGH_SPEED,
                "untrusted consumers reach it without SPEED2(ng): ", diagnostics, context);
    }

    @Override
    public boolean validateSolutionBuildingBlock_cdcoReachedThroughOtherPlatforms(SolutionBuildingBlock solution, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return checkTrust(solution, CircleOfTrust.reachingCdcoDirectly(solution), Rule.CDCO_THROUGH_PLATFORMS,
                "is exposed on CDCO alone to consumers outside the Commission: ", diagnostics, context);
    }

    private boolean checkTrust(Element subject, List<? extends Element> offenders, Rule rule, String problem,
            DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (offenders.isEmpty()) {
            return true;
        }
        return report(diagnostics, rule, rule.severity(), subject, problem + Labels.ofAll(offenders), context);
    }

    /** A rule's severity, lowered to a warning where the source data or EIRA is known to break it. */
    private static int severityFor(Rule rule, Element element, String feature) {
        if (rule.severity() == Diagnostic.ERROR
                && (KnownGaps.isRecorded(element, feature) || isEiraLibraryBlock(element))) {
            return Diagnostic.WARNING;
        }
        return rule.severity();
    }

    private static boolean isEiraLibraryBlock(Element element) {
        return element instanceof ArchitectureBuildingBlock block && block.getOrigin() == AbbOrigin.EIRA
                && block.eContainingFeature() != null && "eiraLibrary".equals(block.eContainingFeature().getName());
    }

    private boolean report(DiagnosticChain diagnostics, Rule rule, int severity, Element subject, String problem,
            Map<Object, Object> context) {
        if (diagnostics != null) {
            String message = rule.code() + ": " + Labels.of(subject) + " " + problem
                    + (severity < rule.severity() && KnownGaps.isRecorded(subject) ? " (a recorded gap of the source data)" : "");
            diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, rule.diagnosticCode(), message,
                    new Object[] { subject, rule }));
        }
        return severity < Diagnostic.ERROR;
    }

    /** The catalogue an object belongs to, or null for a detached object. */
    static Catalogue catalogueOf(EObject object) {
        return EcoreUtil.getRootContainer(object) instanceof Catalogue catalogue ? catalogue : null;
    }
}
