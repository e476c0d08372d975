package org.egovera.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.egovera.analysis.GapLine;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.DataGap;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.EiraView;
import org.egovera.model.Element;
import org.egovera.model.validation.Finding;

/**
 * The site's lists: every element of each kind, the building blocks of each EIRA view, the priority
 * capabilities, the validation findings and the data gaps, each paginated.
 */
final class CatalogueLists {

    static final String FINDINGS = "findings";
    static final String GAPS = "data-gaps";
    static final String PRIORITY = "list/priority-capabilities";
    private static final String ROOT = "../";

    private final Site site;
    private final SiteContext context;
    private final Map<PageKind, List<Element>> byKind = new LinkedHashMap<>();
    private final Map<EiraView, List<ArchitectureBuildingBlock>> byView = new EnumMap<>(EiraView.class);
    private final List<DigitalBusinessCapability> priority = new ArrayList<>();

    CatalogueLists(Site site, SiteContext context) {
        this.site = site;
        this.context = context;
        PageKinds.all().forEach(kind -> byKind.put(kind, new ArrayList<>()));
        for (EiraViews.View view : EiraViews.all()) {
            byView.put(view.view(), new ArrayList<>());
        }
        for (var contents = context.catalogue().eAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            PageKind kind = PageKinds.of(object.eClass());
            if (kind != null) {
                byKind.get(kind).add((Element) object);
            }
            if (object instanceof ArchitectureBuildingBlock block && byView.containsKey(block.getView())) {
                byView.get(block.getView()).add(block);
            }
            if (object instanceof DigitalBusinessCapability capability && capability.isPriority()) {
                priority.add(capability);
            }
        }
    }

    Map<PageKind, List<Element>> byKind() {
        return byKind;
    }

    int viewSize(EiraView view) {
        return byView.getOrDefault(view, List.of()).size();
    }

    List<DigitalBusinessCapability> priority() {
        return priority;
    }

    void writeAll() {
        byKind.forEach((kind, elements) -> ListPages.write(site, "list/" + kind.folder(), kind.folder(),
                kind.plural(), null, "Name", headings(kind.listColumns()), rows(elements, kind.listColumns())));
        PageKind abbs = PageKinds.of(org.egovera.model.EgoveraPackage.Literals.ARCHITECTURE_BUILDING_BLOCK);
        boolean drawable = byView.values().stream()
                .anyMatch(blocks -> !blocks.isEmpty() && blocks.size() <= EiraViewDiagrams.MAX_BLOCKS);
        EiraViewDiagrams diagrams = drawable ? new EiraViewDiagrams(context) : EiraViewDiagrams.NONE;
        for (EiraViews.View view : EiraViews.all()) {
            String diagram = diagrams.figureOf(view.view());
            if (diagram != null) {
                site.countDiagram();
            }
            ListPages.write(site, "view/" + view.slug(), abbs.folder(), view.view().getLiteral(), view.about(),
                    diagram, "Building block", headings(abbs.listColumns()), rows(byView.get(view.view()), abbs.listColumns()));
        }
        PageKind capabilities = PageKinds.of(org.egovera.model.EgoveraPackage.Literals.DIGITAL_BUSINESS_CAPABILITY);
        ListPages.write(site, PRIORITY, capabilities.folder(), "Priority capabilities",
                "The capabilities flagged as priorities, with their policy domain.", "Capability",
                headings(capabilities.listColumns()), rows(priority, capabilities.listColumns()));
        writeFindings();
        writeGaps();
    }

    private void writeFindings() {
        List<ListPage.Row> rows = new ArrayList<>();
        for (Finding finding : context.validation().findings()) {
            Element element = finding.elementId() == null ? null : elementById(finding.elementId());
            Link link = element == null ? new Link(null, "(the catalogue)", finding.elementId(), null)
                    : context.link(element, "", null);
            rows.add(new ListPage.Row(link, List.of(finding.severity(), finding.code(), finding.message())));
        }
        ListPages.write(site, FINDINGS, FINDINGS, "Validation findings",
                "What the catalogue's rules report, errors first. Each element's page lists its own findings.",
                "Element", List.of("Severity", "Rule", "Message"), rows);
    }

    private void writeGaps() {
        List<ListPage.Row> rows = new ArrayList<>();
        for (DataGap gap : context.catalogue().getDataGaps()) {
            Link link = gap.getSubject() == null ? new Link(null, gap.getRecordId() == null ? "" : gap.getRecordId(),
                    null, null) : context.link(gap.getSubject(), "", null);
            rows.add(new ListPage.Row(link, List.of(gap.getKind().getLiteral(), GapLine.of(gap).describe())));
        }
        ListPages.write(site, GAPS, FINDINGS, "Recorded data gaps",
                "Defects of the source data, kept in the open: placeholder links, unresolved identifiers,"
                        + " duplicates, unmatched release entries.",
                "Element", List.of("Kind", "Gap"), rows);
    }

    private Element elementById(String id) {
        return context.elementById(id);
    }

    private static List<String> headings(List<EStructuralFeature> columns) {
        return columns.stream().map(feature -> Headings.humanise(feature.getName())).toList();
    }

    private List<ListPage.Row> rows(List<? extends Element> elements, List<EStructuralFeature> columns) {
        List<ListPage.Row> rows = new ArrayList<>(elements.size());
        for (Element element : elements) {
            List<String> cells = new ArrayList<>(columns.size());
            for (EStructuralFeature column : columns) {
                cells.add(cell(element, column));
            }
            rows.add(new ListPage.Row(context.link(element, ROOT, null), cells));
        }
        return rows;
    }

    private static String cell(Element element, EStructuralFeature feature) {
        if (!element.eIsSet(feature)) {
            return "";
        }
        Object value = element.eGet(feature);
        List<?> values = value instanceof Collection<?> many ? List.copyOf(many) : List.of(value);
        return String.join(", ", values.stream()
                .map(item -> feature instanceof EReference && item instanceof Element target
                        ? ElementPageBuilder.displayName(target) : Headings.valueText(item))
                .toList());
    }
}
