package org.egovera.io.rdf;

import static org.egovera.io.rdf.Vocabulary.RDF_TYPE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.egovera.io.rdf.RdfMapping.Form;
import org.egovera.model.Catalogue;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EgoveraPackage;
import org.egovera.model.LangString;
import org.egovera.model.io.InputException;

/**
 * Reads a catalogue back from the canonical form {@link RdfMapping} defines: from the one resource
 * typed {@code egov:Catalogue}, down its containment properties, then the references between the
 * resources so found. The aliases and the eGovERA tools' statements are derived data and are not read.
 */
final class CatalogueReader {

    private static final Pattern POSITION = Pattern.compile("/(\\d+)$");

    private final Graph graph;
    private final Path origin;
    private final Map<Node, EObject> objects = new HashMap<>();
    private final List<PendingReference> pending = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String language = "en";

    private record PendingReference(Node subject, EObject owner, EReference reference, List<Node> targets) {
    }

    CatalogueReader(Graph graph, Path origin) {
        this.graph = graph;
        this.origin = origin;
    }

    Catalogue read() {
        List<Node> roots = graph.find(Node.ANY, RDF_TYPE, RdfMapping.classIri(EgoveraPackage.Literals.CATALOGUE))
                .mapWith(Triple::getSubject).toList();
        if (roots.isEmpty()) {
            throw new InputException(origin, "holds no resource typed egov:Catalogue (" + Vocabulary.EGOV
                    + "Catalogue): it is not an egovera RDF export");
        }
        if (roots.size() > 1) {
            throw new InputException(origin, "holds " + roots.size() + " catalogues (" + roots
                    + "); import them one file at a time");
        }
        graph.find(roots.get(0), RdfMapping.property(EgoveraPackage.Literals.CATALOGUE__LANGUAGE), Node.ANY)
                .mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .forEachRemaining(value -> language = value.getLiteralLexicalForm().strip());
        Catalogue catalogue = (Catalogue) build(roots.get(0), EgoveraPackage.Literals.CATALOGUE);
        pending.forEach(this::resolve);
        reportStrays();
        CanonicalOrder.apply(catalogue);
        return catalogue;
    }

    List<String> notes() {
        return notes;
    }

    private EObject build(Node node, EClass expected) {
        if (objects.containsKey(node)) {
            throw new InputException(origin, node + " is contained twice in the catalogue");
        }
        EClass eClass = concreteClass(node, expected);
        EObject object = EgoveraFactory.eINSTANCE.create(eClass);
        objects.put(node, object);
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || !RdfMapping.written(feature) || !feature.isChangeable()) {
                continue;
            }
            List<Node> values = values(node, feature);
            if (values.isEmpty()) {
                continue;
            }
            if (!feature.isMany() && values.size() > 1) {
                throw new InputException(origin, node + " has " + values.size() + " values for "
                        + RdfMapping.property(feature) + ", which takes one: " + values);
            }
            if (feature instanceof EAttribute attribute) {
                readAttribute(node, object, attribute, values);
            } else {
                readReference(node, object, (EReference) feature, values);
            }
        }
        return object;
    }

    private List<Node> values(Node node, EStructuralFeature feature) {
        List<Node> values = graph.find(node, RdfMapping.property(feature), Node.ANY).mapWith(Triple::getObject).toList();
        if (RdfMapping.form(feature) == Form.TEXT) {
            // other languages may sit beside the catalogue's under the same property; the feature holds the catalogue's
            values = values.stream().filter(value -> value.isLiteral()
                    && (value.getLiteralLanguage().isEmpty() || value.getLiteralLanguage().equalsIgnoreCase(language))).toList();
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private void readAttribute(Node node, EObject object, EAttribute attribute, List<Node> values) {
        List<Object> converted = new ArrayList<>();
        for (Node value : values) {
            try {
                converted.add(RdfValues.value(attribute.getEAttributeType(), value));
            } catch (IllegalArgumentException e) {
                throw new InputException(origin, node + " " + RdfMapping.property(attribute) + ": " + e.getMessage());
            }
        }
        if (attribute.isMany()) {
            ((EList<Object>) object.eGet(attribute)).addAll(converted);
        } else {
            object.eSet(attribute, converted.get(0));
        }
    }

    @SuppressWarnings("unchecked")
    private void readReference(Node node, EObject object, EReference reference, List<Node> values) {
        if (RdfMapping.form(reference) == Form.LANG_STRING) {
            EList<EObject> labels = (EList<EObject>) object.eGet(reference);
            for (Node value : values) {
                if (!value.isLiteral()) {
                    throw new InputException(origin, node + " " + RdfMapping.property(reference) + ": expected a literal, found " + value);
                }
                LangString label = EgoveraFactory.eINSTANCE.createLangString();
                label.setLang(value.getLiteralLanguage().isEmpty() ? null : value.getLiteralLanguage());
                label.setValue(value.getLiteralLexicalForm());
                labels.add(label);
            }
            return;
        }
        for (Node value : values) {
            if (value.isLiteral()) {
                throw new InputException(origin, node + " " + RdfMapping.property(reference)
                        + ": expected a resource, found the literal " + value);
            }
        }
        if (!reference.isContainment()) {
            pending.add(new PendingReference(node, object, reference, values));
            return;
        }
        List<Node> ordered = new ArrayList<>(values);
        ordered.sort(Comparator.comparingLong(CatalogueReader::position));
        List<EObject> children = new ArrayList<>();
        for (Node child : ordered) {
            children.add(build(child, reference.getEReferenceType()));
        }
        set(object, reference, children);
    }

    private void resolve(PendingReference reference) {
        List<EObject> targets = new ArrayList<>();
        for (Node target : reference.targets()) {
            EObject found = objects.get(target);
            if (found == null || !reference.reference().getEReferenceType().isInstance(found)) {
                throw new InputException(origin, reference.subject() + " " + RdfMapping.property(reference.reference())
                        + " refers to " + target + ", which is not a " + reference.reference().getEReferenceType().getName()
                        + " of the catalogue");
            }
            targets.add(found);
        }
        set(reference.owner(), reference.reference(), targets);
    }

    @SuppressWarnings("unchecked")
    private static void set(EObject object, EReference reference, List<EObject> values) {
        if (reference.isMany()) {
            ((Collection<EObject>) object.eGet(reference)).addAll(values);
        } else {
            object.eSet(reference, values.get(0));
        }
    }

    /** The instantiable class the resource's {@code egov:} type names, which must fit where it is contained. */
    private EClass concreteClass(Node node, EClass expected) {
        List<EClass> candidates = new ArrayList<>();
        graph.find(node, RDF_TYPE, Node.ANY).forEachRemaining(triple -> {
            Node type = triple.getObject();
            if (type.isURI() && type.getURI().startsWith(Vocabulary.EGOV)) {
                EClassifier classifier = EgoveraPackage.eINSTANCE.getEClassifier(type.getURI().substring(Vocabulary.EGOV.length()));
                if (classifier instanceof EClass eClass && !eClass.isAbstract() && expected.isSuperTypeOf(eClass)) {
                    candidates.add(eClass);
                }
            }
        });
        if (candidates.isEmpty() && !expected.isAbstract() && !expected.isInterface()) {
            return expected;
        }
        if (candidates.size() != 1) {
            throw new InputException(origin, node + " needs exactly one rdf:type among the egov: subclasses of "
                    + expected.getName() + "; it has " + candidates.stream().map(EClass::getName).toList());
        }
        return candidates.get(0);
    }

    /** Resources typed as catalogue elements that no containment reaches are reported, not silently dropped. */
    private void reportStrays() {
        Set<Node> strays = new HashSet<>();
        for (EClassifier classifier : EgoveraPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract()
                    && EgoveraPackage.Literals.ELEMENT.isSuperTypeOf(eClass)) {
                graph.find(Node.ANY, RDF_TYPE, RdfMapping.classIri(eClass)).forEachRemaining(triple -> {
                    if (!objects.containsKey(triple.getSubject())) {
                        strays.add(triple.getSubject());
                    }
                });
            }
        }
        if (!strays.isEmpty()) {
            notes.add(strays.size() + " resource(s) typed as catalogue elements are not contained in the catalogue and"
                    + " were skipped, for example " + strays.iterator().next());
        }
    }

    /** The position the export numbered into the IRI of a contained object (…/properties/3), if any. */
    private static long position(Node node) {
        if (node.isURI()) {
            Matcher matcher = POSITION.matcher(node.getURI());
            if (matcher.find() && matcher.group(1).length() < 10) {
                return Long.parseLong(matcher.group(1));
            }
        }
        return Long.MAX_VALUE;
    }
}
