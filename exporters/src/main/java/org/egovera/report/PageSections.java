package org.egovera.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.egovera.model.EgoveraPackage;

/**
 * The table of {@code page-sections.tsv}: the facts and relation sections of each class's page, in page
 * order, followed by every other feature the class has, so that nothing the model holds goes unseen.
 */
final class PageSections {

    enum Kind { FACT, OUT, IN, CONTAINER }

    /**
     * One section of a page.
     *
     * @param feature     the attribute (facts) or reference (out, in) shown; null for the container
     * @param sourceClass for incoming references, the class whose objects refer to the page's element
     */
    record Section(Kind kind, EStructuralFeature feature, EClass sourceClass, String heading) {
    }

    private record Row(EClass pageClass, Section section) {
    }

    /** Shown in every page's header, not as sections. */
    private static final Set<String> HEADER_FEATURES = Set.of("id", "name", "description", "labels",
            "provenance", "properties");

    private static final List<Row> ROWS = load();
    private static final Map<EClass, List<Section>> BY_CLASS = new ConcurrentHashMap<>();

    private PageSections() {
    }

    /** The sections of a page showing an object of {@code pageClass}, in order. */
    static List<Section> of(EClass pageClass) {
        return BY_CLASS.computeIfAbsent(pageClass, PageSections::sectionsOf);
    }

    private static List<Section> sectionsOf(EClass pageClass) {
        List<Section> sections = new ArrayList<>();
        for (Row row : ROWS) {
            if (row.pageClass().isSuperTypeOf(pageClass)) {
                sections.add(row.section());
            }
        }
        for (EAttribute attribute : pageClass.getEAllAttributes()) {
            if (!HEADER_FEATURES.contains(attribute.getName()) && !listed(sections, attribute)) {
                sections.add(new Section(Kind.FACT, attribute, null, Headings.humanise(attribute.getName())));
            }
        }
        for (EReference reference : pageClass.getEAllReferences()) {
            if (!HEADER_FEATURES.contains(reference.getName()) && !reference.isContainer()
                    && !reference.isContainment() && !listed(sections, reference)) {
                sections.add(new Section(Kind.OUT, reference, null, Headings.humanise(reference.getName())));
            }
        }
        return List.copyOf(sections);
    }

    /** Whether an incoming reference from {@code source} is given a heading by the table. */
    static boolean listsIncoming(EClass pageClass, EClass source, EReference reference) {
        return of(pageClass).stream().anyMatch(section -> section.kind() == Kind.IN
                && section.feature() == reference && section.sourceClass().isSuperTypeOf(source));
    }

    private static boolean listed(List<Section> sections, EStructuralFeature feature) {
        return sections.stream().anyMatch(section -> section.kind() != Kind.IN && section.feature() == feature);
    }

    private static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        for (String[] cells : TsvTable.read("page-sections.tsv", 4)) {
            EClass pageClass = eClass(cells[0]);
            Section section = switch (cells[1]) {
                case "fact" -> new Section(Kind.FACT, feature(pageClass, cells[2], EAttribute.class), null, cells[3]);
                case "out" -> new Section(Kind.OUT, feature(pageClass, cells[2], EReference.class), null, cells[3]);
                case "in" -> {
                    String[] parts = cells[2].split("\\.", 2);
                    EClass source = eClass(parts[0]);
                    yield new Section(Kind.IN, feature(source, parts[1], EReference.class), source, cells[3]);
                }
                case "container" -> new Section(Kind.CONTAINER, null, null, cells[3]);
                default -> throw new IllegalStateException("page-sections.tsv: unknown section " + cells[1]);
            };
            rows.add(new Row(pageClass, section));
        }
        return List.copyOf(rows);
    }

    private static EClass eClass(String name) {
        EClassifier classifier = EgoveraPackage.eINSTANCE.getEClassifier(name);
        if (classifier instanceof EClass eClass) {
            return eClass;
        }
        throw new IllegalStateException("page-sections.tsv names " + name + ", not a class of the metamodel");
    }

    private static <T extends EStructuralFeature> T feature(EClass owner, String name, Class<T> type) {
        EStructuralFeature feature = owner.getEStructuralFeature(name);
        if (!type.isInstance(feature)) {
            throw new IllegalStateException("page-sections.tsv: " + owner.getName() + " has no "
                    + type.getSimpleName().substring(1).toLowerCase() + " " + name);
        }
        return type.cast(feature);
    }
}
