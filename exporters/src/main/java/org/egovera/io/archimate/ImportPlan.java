package org.egovera.io.archimate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.egovera.io.archimate.ArchimateTypeMapper.Candidate;
import org.egovera.io.archimate.ArchimateTypeMapper.ElementMapping;
import org.egovera.io.archimate.ArchimateTypeMapper.ReferenceMapping;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.EgoveraPackage;

/**
 * Decides, on the exchange model alone, what each element and relationship becomes: the class
 * of each element (by its marker property, demoted to a plain ArchiMate element when its type
 * does not fit the class or it lacks the container its class needs), and which relationships are
 * references of the metamodel. A relationship becomes a reference only when it is exactly what
 * the exporter writes for one (its identifier, type, name and nothing more) and no kept view or
 * folder shows it; everything else stays a relationship, so nothing is lost.
 */
final class ImportPlan {

    private static final EgoveraPackage P = EgoveraPackage.eINSTANCE;

    /** A relationship that carries a reference. */
    record Link(ReferenceMapping mapping, String owner, String referenced) {
    }

    final Map<String, EClass> classes = new HashMap<>();
    final Map<String, Link> links = new HashMap<>();
    /** The container of each element held by a containment reference, and that reference. */
    final Map<String, String> containers = new HashMap<>();
    final Set<String> derivedViews = new HashSet<>();

    private final ExchangeModel model;
    private final ImportReport.Builder report;

    ImportPlan(ExchangeModel model, ImportReport.Builder report) {
        this.model = model;
        this.report = report;
    }

    ImportPlan decide() {
        Map<String, ExchangeElement> elements = new HashMap<>();
        for (ExchangeElement element : model.elements()) {
            elements.put(element.identifier(), element);
            classes.put(element.identifier(), classOf(element));
        }
        for (ExchangeView view : model.views()) {
            if (view.identifier().startsWith(ArchimateNames.DERIVED_VIEW_PREFIX)) {
                derivedViews.add(view.identifier());
            }
        }
        Set<String> shown = shownOrFiled();
        Set<String> singleValued = new HashSet<>();
        for (ExchangeRelationship relationship : model.relationships()) {
            Link link = shown.contains(relationship.identifier()) ? null : link(relationship);
            if (link == null) {
                continue;
            }
            EReference reference = link.mapping().reference();
            // a second container, or a second value of a single-valued reference, stays a relationship
            if (reference.isContainment() && containers.containsKey(link.referenced())
                    || !reference.isMany() && !singleValued.add(link.owner() + " " + reference.getName())) {
                continue;
            }
            links.put(relationship.identifier(), link);
            if (reference.isContainment()) {
                containers.put(link.referenced(), link.owner());
            }
        }
        demoteOrphans(elements);
        return this;
    }

    /** The class an element's marker names, if its type fits; a plain ArchiMate element otherwise. */
    private EClass classOf(ExchangeElement element) {
        for (ExchangeProperty property : element.properties()) {
            ElementMapping mapping = ArchimateTypeMapper.byMarker(property.name(), PropertyCodec.rawValue(property));
            if (mapping != null) {
                if (mapping.type() != null && !mapping.type().getLiteral().equals(element.type())) {
                    report.warn("element '" + element.identifier() + "' is marked " + mapping.markerValue() + " but is a "
                            + element.type() + ": kept as a plain " + element.type());
                    return P.getArchimateElement();
                }
                return mapping.eClass();
            }
        }
        return P.getArchimateElement();
    }

    /** Capabilities, services and tasks exist only inside their container; without one they stay plain elements. */
    private void demoteOrphans(Map<String, ExchangeElement> elements) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var entry : classes.entrySet()) {
                EClass eClass = entry.getValue();
                boolean needsContainer = eClass == P.getDigitalBusinessCapability() || eClass == P.getDigitalPublicService()
                        || eClass == P.getTask();
                String container = containers.get(entry.getKey());
                boolean containerKept = container != null && classes.get(container) != P.getArchimateElement();
                if (needsContainer && !containerKept) {
                    report.warn(eClass.getName() + " '" + entry.getKey() + "' has no " + (eClass == P.getTask() ? "process" : "policy domain")
                            + ": kept as a plain " + elements.get(entry.getKey()).type());
                    entry.setValue(P.getArchimateElement());
                    changed = true;
                }
            }
            if (changed) {
                links.values().removeIf(link -> !fits(link));
                containers.clear();
                for (Link link : links.values()) {
                    if (link.mapping().reference().isContainment()) {
                        containers.put(link.referenced(), link.owner());
                    }
                }
            }
        }
    }

    private boolean fits(Link link) {
        EReference reference = link.mapping().reference();
        return reference.getEContainingClass().isSuperTypeOf(classes.get(link.owner()))
                && reference.getEReferenceType().isSuperTypeOf(classes.get(link.referenced()));
    }

    /** The reference a relationship carries, if it is exactly what the exporter writes for one. */
    private Link link(ExchangeRelationship relationship) {
        if (!relationship.documentation().isEmpty() || !relationship.properties().isEmpty()) {
            return null;
        }
        RelationshipType type = RelationshipType.ofExchangeName(relationship.type());
        EClass sourceClass = classes.get(relationship.source());
        EClass targetClass = classes.get(relationship.target());
        if (type == null || sourceClass == null || targetClass == null) {
            return null;
        }
        for (ReferenceMapping mapping : ArchimateTypeMapper.referenceMappings()) {
            for (Candidate candidate : mapping.candidates()) {
                if (candidate.type() != type || !sameName(candidate.name(), relationship.name())) {
                    continue;
                }
                String owner = candidate.reversed() ? relationship.target() : relationship.source();
                String referenced = candidate.reversed() ? relationship.source() : relationship.target();
                Link link = new Link(mapping, owner, referenced);
                if (fits(link) && isCanonical(relationship.identifier(), owner, mapping.reference(), referenced)
                        && (type != RelationshipType.ACCESS || isPlainAccess(relationship))) {
                    return link;
                }
            }
        }
        return null;
    }

    private static boolean sameName(String expected, String actual) {
        return expected == null ? actual == null || actual.isEmpty() : expected.equals(actual);
    }

    private static boolean isPlainAccess(ExchangeRelationship relationship) {
        String accessType = relationship.attributes().get(ArchimateNames.ACCESS_TYPE);
        return accessType == null;
    }

    /** The identifier the exporter gives the relationship of this reference, or that with a collision suffix. */
    private static boolean isCanonical(String identifier, String owner, EReference reference, String referenced) {
        String canonical = ExchangeIdentifiers.ofReference(owner, reference, referenced);
        if (identifier.equals(canonical)) {
            return true;
        }
        return identifier.startsWith(canonical + "-") && identifier.substring(canonical.length() + 1).chars().allMatch(Character::isDigit);
    }

    /** Relationships that a kept (not derived) view shows or a kept folder files: they must stay relationships. */
    private Set<String> shownOrFiled() {
        Set<String> kept = new HashSet<>();
        for (ExchangeView view : model.views()) {
            if (!derivedViews.contains(view.identifier())) {
                kept.addAll(view.relationshipRefs());
            }
        }
        for (OrganizationItem item : model.organizations()) {
            filed(item, false, kept);
        }
        return kept;
    }

    private static void filed(OrganizationItem item, boolean inKeptFolder, Set<String> kept) {
        if (!item.isFolder()) {
            if (inKeptFolder) {
                kept.add(item.identifierRef());
            }
            return;
        }
        boolean keptFolder = item.identifier() == null || !item.identifier().startsWith(ArchimateNames.DERIVED_FOLDER_PREFIX);
        for (OrganizationItem child : item.items()) {
            filed(child, keptFolder, kept);
        }
    }

    /** Whether a type literal names an ArchiMate element type the catalogue knows. */
    static ArchimateElementType typeOf(String literal) {
        ArchimateElementType type = ArchimateElementType.get(literal);
        return type == null ? ArchimateElementType.UNSPECIFIED : type;
    }
}
