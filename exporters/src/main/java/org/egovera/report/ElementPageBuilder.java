package org.egovera.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.Element;
import org.egovera.model.LangString;
import org.egovera.model.Property;
import org.egovera.model.Provenance;
import org.egovera.model.Relationship;
import org.egovera.model.Task;
import org.egovera.model.validation.Finding;

/** Builds the content of an element's page from the page table, the inverse references and the findings. */
final class ElementPageBuilder {

    /** A list too long for the element's page, written as a page of its own (site-relative path). */
    record OverflowList(String path, String title, String heading, List<Link> links) {
    }

    /** A page's content and the overflow lists it links to. */
    record Built(ElementPage page, List<OverflowList> overflow) {
    }

    private static final String ROOT = "../";

    private final SiteContext context;

    ElementPageBuilder(SiteContext context) {
        this.context = context;
    }

    Built build(Element element, PageKind kind, String diagram) {
        String pagePath = context.paths().pathOf(element);
        List<Fact> facts = new ArrayList<>();
        Map<String, List<Link>> groups = new LinkedHashMap<>();
        for (PageSections.Section section : PageSections.of(element.eClass())) {
            switch (section.kind()) {
                case FACT -> fact(element, section, facts);
                case OUT -> add(groups, section.heading(), targetsOf(element, section.feature()), null);
                case CONTAINER -> {
                    EObject container = element.eContainer();
                    if (container != null && !(container instanceof Catalogue)) {
                        add(groups, section.heading(), List.of(container), null);
                    }
                }
                case IN -> add(groups, section.heading(), context.inverse().of(element).stream()
                        .filter(referrer -> referrer.reference() == section.feature()
                                && section.sourceClass().isSuperTypeOf(referrer.source().eClass()))
                        .map(InverseReferences.Referrer::source).toList(), null);
            }
        }
        otherReferrers(element, groups);
        List<OverflowList> overflow = new ArrayList<>();
        List<RelationGroup> relations = new ArrayList<>();
        groups.forEach((heading, links) -> relations.add(group(element, pagePath, heading, links, overflow)));
        ElementPage page = new ElementPage(kind.singular(), ROOT + kind.listPath(1), displayName(element),
                element.getId(), element.getDescription(), facts, relations, context.findingsOf(element),
                context.gapsOf(element), properties(element), labels(element), provenance(element.getProvenance()),
                element instanceof BusinessProcess process ? tasks(process) : List.of(), diagram);
        return new Built(page, overflow);
    }

    static String displayName(Element element) {
        return element.getName() == null || element.getName().isBlank() ? element.getId() : element.getName();
    }

    private void fact(Element element, PageSections.Section section, List<Fact> facts) {
        if (!element.eIsSet(section.feature())) {
            return;
        }
        Object value = element.eGet(section.feature());
        String text;
        if (value instanceof Collection<?> values) {
            text = String.join(", ", values.stream().map(Headings::valueText).toList());
        } else {
            text = Headings.valueText(value);
        }
        if (!text.isBlank()) {
            boolean uri = text.startsWith("http://") || text.startsWith("https://");
            facts.add(new Fact(section.heading(), text, uri ? text : null));
        }
    }

    private static List<EObject> targetsOf(Element element, org.eclipse.emf.ecore.EStructuralFeature feature) {
        if (!element.eIsSet(feature)) {
            return List.of();
        }
        Object value = element.eGet(feature);
        if (value instanceof Collection<?> values) {
            return values.stream().map(EObject.class::cast).toList();
        }
        return List.of((EObject) value);
    }

    private void add(Map<String, List<Link>> groups, String heading, List<EObject> targets, String note) {
        if (targets.isEmpty()) {
            return;
        }
        List<Link> links = groups.computeIfAbsent(heading, key -> new ArrayList<>());
        targets.forEach(target -> links.add(context.link(target, ROOT, note)));
    }

    /** Relationships the element takes part in, and referrers the page table does not name. */
    private void otherReferrers(Element element, Map<String, List<Link>> groups) {
        for (InverseReferences.Referrer referrer : context.inverse().of(element)) {
            EObject source = referrer.source();
            EReference reference = referrer.reference();
            if (source instanceof Relationship relationship) {
                boolean outgoing = "source".equals(reference.getName());
                EObject other = outgoing ? relationship.getTarget() : relationship.getSource();
                if (other != null) {
                    groups.computeIfAbsent(outgoing ? "Relationships to" : "Relationships from", key -> new ArrayList<>())
                            .add(context.link(other, ROOT, relationship.getType()));
                }
            } else if (source instanceof Element
                    && !PageSections.listsIncoming(element.eClass(), source.eClass(), reference)) {
                String heading = "Referred to by: " + source.eClass().getName() + " "
                        + Headings.humanise(reference.getName()).toLowerCase(Locale.ROOT);
                groups.computeIfAbsent(heading, key -> new ArrayList<>()).add(context.link(source, ROOT, null));
            }
        }
    }

    private RelationGroup group(Element element, String pagePath, String heading, List<Link> links,
            List<OverflowList> overflow) {
        String anchor = anchor(heading);
        if (links.size() <= SiteContext.LINKS_PER_SECTION) {
            return new RelationGroup(heading, anchor, links, links.size(), null);
        }
        String base = pagePath.substring(0, pagePath.length() - ".html".length());
        String path = base + "~~" + anchor + ".html";
        overflow.add(new OverflowList(path, heading + ": " + displayName(element), heading, links));
        return new RelationGroup(heading, anchor, links.subList(0, SiteContext.LINKS_PER_SECTION), links.size(),
                ROOT + path);
    }

    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private List<TaskRow> tasks(BusinessProcess process) {
        List<TaskRow> rows = new ArrayList<>();
        for (Task task : process.getTasks()) {
            List<FindingLine> findings = new ArrayList<>(context.findingsOf(task));
            findings.addAll(context.gapsOf(task));
            rows.add(new TaskRow(SitePaths.anchorOf(task), displayName(task), task.getId(),
                    task.getKind() == null ? null : task.getKind().getLiteral(), task.getPerformer(),
                    task.getPerformedBy() == null ? null : context.link(task.getPerformedBy(), ROOT, null),
                    task.getSupportingServices().stream().map(service -> context.link(service, ROOT, null)).toList(),
                    task.getSupportingBuildingBlocks().stream().map(block -> context.link(block, ROOT, null)).toList(),
                    task.getMappingNote(), findings));
        }
        return rows;
    }

    private static List<Fact> properties(Element element) {
        return element.getProperties().stream().map((Property property) -> new Fact(property.getKey(),
                property.getValue(), null)).toList();
    }

    private static List<Fact> labels(Element element) {
        return element.getLabels().stream().map((LangString label) -> new Fact(label.getLang(), label.getValue(), null))
                .toList();
    }

    private static List<Fact> provenance(Provenance provenance) {
        if (provenance == null) {
            return List.of();
        }
        List<Fact> facts = new ArrayList<>();
        if (provenance.getRelease() != null) {
            facts.add(new Fact("Release", provenance.getRelease(), null));
        }
        if (provenance.getSourceFile() != null) {
            facts.add(new Fact("Source file", provenance.getSourceFile(), null));
        }
        if (provenance.getSourceId() != null) {
            facts.add(new Fact("Identifier there", provenance.getSourceId(), null));
        }
        return facts;
    }

    /** Findings without an element, for the findings page; here so all finding text goes one way. */
    static FindingLine line(Finding finding) {
        return new FindingLine(finding.severity(), finding.code(), finding.message());
    }
}
