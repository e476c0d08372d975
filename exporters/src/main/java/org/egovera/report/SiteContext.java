package org.egovera.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.egovera.analysis.GapLine;
import org.egovera.model.Catalogue;
import org.egovera.model.DataGap;
import org.egovera.model.Element;
import org.egovera.model.validation.CatalogueValidation;
import org.egovera.model.validation.Finding;
import org.egovera.model.validation.ValidationReport;

/**
 * What every page of one report looks things up in: the page addresses, the inverse references, the
 * validation findings and data gaps by element. Built once per report.
 */
final class SiteContext {

    /** Links a page section shows before it sends the reader to a page with all of them. */
    static final int LINKS_PER_SECTION = 200;

    private final Catalogue catalogue;
    private final SitePaths paths;
    private final InverseReferences inverse;
    private final ValidationReport validation;
    private final Map<String, List<FindingLine>> findingsById = new HashMap<>();
    private final Map<EObject, List<FindingLine>> gapsBySubject = new HashMap<>();
    private final Map<String, Element> byId = new HashMap<>();

    SiteContext(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.paths = SitePaths.of(catalogue);
        this.inverse = InverseReferences.of(catalogue);
        this.validation = CatalogueValidation.validate(catalogue);
        for (var contents = catalogue.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Element element && element.getId() != null) {
                byId.putIfAbsent(element.getId(), element);
            }
        }
        for (Finding finding : validation.findings()) {
            if (finding.elementId() != null) {
                findingsById.computeIfAbsent(finding.elementId(), id -> new ArrayList<>())
                        .add(new FindingLine(finding.severity(), finding.code(), finding.message()));
            }
        }
        for (DataGap gap : catalogue.getDataGaps()) {
            if (gap.getSubject() != null) {
                gapsBySubject.computeIfAbsent(gap.getSubject(), subject -> new ArrayList<>())
                        .add(new FindingLine("gap", gap.getKind().getLiteral(), GapLine.of(gap).describe()));
            }
        }
    }

    Catalogue catalogue() {
        return catalogue;
    }

    SitePaths paths() {
        return paths;
    }

    InverseReferences inverse() {
        return inverse;
    }

    ValidationReport validation() {
        return validation;
    }

    /** The first element with this id, in model order (ids should be unique; validation says when not). */
    Element elementById(String id) {
        return byId.get(id);
    }

    List<FindingLine> findingsOf(Element element) {
        return findingsById.getOrDefault(element.getId(), List.of());
    }

    List<FindingLine> gapsOf(EObject element) {
        return gapsBySubject.getOrDefault(element, List.of());
    }

    /** A link to {@code target} from a page whose way back to the root is {@code root}. */
    Link link(EObject target, String root, String note) {
        String path = paths.pathOf(target);
        String id = target instanceof Element element ? element.getId() : null;
        String name = target instanceof Element element ? element.getName() : null;
        return new Link(path == null ? null : root + path, name == null || name.isBlank() ? id : name, id, note);
    }
}
