package org.egovera.io.egoverajson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EiraView;
import org.egovera.model.Element;
import org.egovera.model.PolicyDomain;

/**
 * Gives every element a description in the project's own words: the hand-written line of
 * {@code descriptions.csv} where there is one, otherwise one sentence composed from the element's
 * facts by the templates below. Nothing is taken from the sources' descriptions.
 * <ul>
 * <li>eGovERA block: "A building block of the {domain} domain in the {view}, specialising the EIRA
 *     block '{EIRA name}' (ArchiMate {type}), used by {n} digital public service(s)."</li>
 * <li>EIRA block: "An EIRA building block of the {view}, modelled as an ArchiMate {type}."</li>
 * <li>capability or service without a hand-written line: what it is, its domain and its link count.</li>
 * </ul>
 */
final class DescriptionComposer {

    /**
     * What composing did.
     *
     * @param composedForCapabilitiesAndServices capabilities and services that had no hand-written line
     * @param unusedIds                          ids of the descriptions file that name no element
     */
    record Outcome(int composedForCapabilitiesAndServices, List<String> unusedIds) {
    }

    private final HandWrittenDescriptions written;
    private final Set<String> used = new HashSet<>();
    private int composed;

    DescriptionComposer(HandWrittenDescriptions written) {
        this.written = written;
    }

    Outcome describe(Catalogue catalogue) {
        for (PolicyDomain domain : catalogue.getPolicyDomains()) {
            describe(domain, null);
            for (DigitalBusinessCapability capability : domain.getCapabilities()) {
                if (!describe(capability, null)) {
                    capability.setDescription("A digital business capability of the " + domain.getName() + " domain, realised by "
                            + count(capability.getRealisedBy().size(), "digital public service") + ".");
                    composed++;
                }
            }
            for (DigitalPublicService service : domain.getServices()) {
                if (!describe(service, null)) {
                    service.setDescription("A digital public service of the " + domain.getName() + " domain that realises "
                            + count(service.getRealises().size(), "capability", "capabilities") + " and uses "
                            + count(service.getUses().size(), "building block") + ".");
                    composed++;
                }
            }
            for (ArchitectureBuildingBlock block : domain.getBuildingBlocks()) {
                describe(block, egoveraBlock(block, domain));
            }
        }
        catalogue.getEiraLibrary().forEach(block -> describe(block, eiraBlock(block)));
        catalogue.getActors().forEach(actor -> describe(actor, null));
        catalogue.getPlatforms().forEach(platform -> describe(platform, null));
        catalogue.getCirclesOfTrust().forEach(circle -> describe(circle, null));
        catalogue.getSolutionBuildingBlocks().forEach(solution -> describe(solution, null));
        List<String> unused = new ArrayList<>(written.all().keySet());
        unused.removeAll(used);
        unused.sort(null);
        return new Outcome(composed, unused);
    }

    /** Sets the hand-written line, else the composed one where given; true if the element is described. */
    private boolean describe(Element element, String composedText) {
        String line = written.forId(element.getId());
        if (line != null) {
            used.add(element.getId());
            element.setDescription(line);
            return true;
        }
        if (composedText != null) {
            element.setDescription(composedText);
            return true;
        }
        return element.getDescription() != null;
    }

    static String egoveraBlock(ArchitectureBuildingBlock block, PolicyDomain domain) {
        StringBuilder text = new StringBuilder("A building block of the ").append(domain.getName()).append(" domain in the ")
                .append(viewName(block.getView()));
        ArchitectureBuildingBlock eira = block.getSpecialises();
        if (eira != null) {
            text.append(", specialising the EIRA block '").append(eira.getName()).append("' (ArchiMate ")
                    .append(typeName(block.getArchimateType())).append(')');
        }
        int users = block.getUsedBy().size();
        text.append(users == 0 ? ", used by no digital public service in the sources." : ", used by " + count(users, "digital public service") + ".");
        return text.toString();
    }

    static String eiraBlock(ArchitectureBuildingBlock block) {
        String view = block.getView() == null || block.getView() == EiraView.UNSPECIFIED ? "An EIRA building block that EIRA places in none of the five views"
                : "An EIRA building block of the " + viewName(block.getView());
        return view + ", modelled as an ArchiMate " + typeName(block.getArchimateType()) + ".";
    }

    private static String viewName(EiraView view) {
        return view == null || view == EiraView.UNSPECIFIED ? "no EIRA view" : view.getLiteral();
    }

    private static String typeName(ArchimateElementType type) {
        return type == null || type == ArchimateElementType.UNSPECIFIED ? "element of unknown type" : type.getLiteral();
    }

    private static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
