package org.egovera.io.rdf;

import static org.egovera.io.rdf.Vocabulary.RDF_TYPE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.egovera.model.EgoveraPackage;

/**
 * The ontology of the {@code egov:} terms, derived from the Ecore metamodel: each class an
 * {@code owl:Class} under its supertypes, each enumeration a datatype listing its literals, each
 * feature written as an {@code egov:} property an object or datatype property with domain and range,
 * inverses from the metamodel's opposites, and the GenModel documentation as {@code rdfs:comment}
 * (read by {@link MetamodelDocumentation}).
 */
final class OntologyTriples {

    private static final Node ONTOLOGY = NodeFactory.createURI(Vocabulary.ONTOLOGY);

    private final StreamRDF out;
    private long count;

    private OntologyTriples(StreamRDF out) {
        this.out = out;
    }

    /** Writes the ontology; returns the number of triples. */
    static long emit(StreamRDF out) {
        OntologyTriples ontology = new OntologyTriples(out);
        ontology.emitAll();
        return ontology.count;
    }

    private void emitAll() {
        EgoveraPackage metamodel = EgoveraPackage.eINSTANCE;
        triple(ONTOLOGY, RDF_TYPE, OWL.Ontology.asNode());
        triple(ONTOLOGY, RDFS.label.asNode(), english("eGovERA catalogue ontology"));
        describe(ONTOLOGY, metamodel);
        Map<Node, List<EStructuralFeature>> properties = new LinkedHashMap<>();
        for (EClassifier classifier : metamodel.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                emitClass(eClass);
                for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                    if (RdfMapping.ownProperty(feature) || !RdfMapping.written(feature)) {
                        properties.computeIfAbsent(ownIri(feature), iri -> new ArrayList<>()).add(feature);
                    }
                }
            } else if (classifier instanceof EEnum eEnum) {
                emitEnumeration(eEnum);
            }
        }
        properties.forEach(this::emitProperty);
    }

    private void emitClass(EClass eClass) {
        Node node = RdfMapping.classIri(eClass);
        triple(node, RDF_TYPE, OWL.Class.asNode());
        triple(node, RDFS.label.asNode(), english(words(eClass.getName())));
        triple(node, RDFS.isDefinedBy.asNode(), ONTOLOGY);
        for (EClass supertype : eClass.getESuperTypes()) {
            triple(node, RDFS.subClassOf.asNode(), RdfMapping.classIri(supertype));
        }
        describe(node, eClass);
    }

    private void emitEnumeration(EEnum eEnum) {
        Node node = Vocabulary.egov(eEnum.getName());
        triple(node, RDF_TYPE, RDFS.Datatype.asNode());
        triple(node, RDFS.label.asNode(), english(words(eEnum.getName())));
        triple(node, RDFS.isDefinedBy.asNode(), ONTOLOGY);
        describe(node, eEnum);
        Node restriction = NodeFactory.createBlankNode();
        triple(node, OWL.equivalentClass.asNode(), restriction);
        triple(restriction, RDF_TYPE, RDFS.Datatype.asNode());
        List<Node> literals = new ArrayList<>();
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            literals.add(NodeFactory.createLiteralString(literal.getLiteral()));
        }
        triple(restriction, OWL.oneOf.asNode(), list(literals));
    }

    private void emitProperty(Node node, List<EStructuralFeature> features) {
        EStructuralFeature first = features.get(0);
        boolean object = first instanceof EReference;
        triple(node, RDF_TYPE, object ? OWL.ObjectProperty.asNode() : OWL.DatatypeProperty.asNode());
        if (features.stream().noneMatch(EStructuralFeature::isMany)) {
            triple(node, RDF_TYPE, OWL.FunctionalProperty.asNode());
        }
        triple(node, RDFS.label.asNode(), english(words(node.getLocalName())));
        triple(node, RDFS.isDefinedBy.asNode(), ONTOLOGY);
        Set<Node> domains = new LinkedHashSet<>();
        features.forEach(feature -> domains.add(RdfMapping.classIri(feature.getEContainingClass())));
        triple(node, RDFS.domain.asNode(), domains.size() == 1 ? domains.iterator().next() : union(domains));
        triple(node, RDFS.range.asNode(), range(first));
        features.stream().filter(feature -> !documentation(feature).isBlank()).findFirst()
                .ifPresent(feature -> describe(node, feature));
        Set<Node> inverses = new LinkedHashSet<>();
        for (EStructuralFeature feature : features) {
            if (feature instanceof EReference reference && reference.getEOpposite() != null) {
                inverses.add(ownIri(reference.getEOpposite()));
            }
        }
        if (inverses.size() == 1 && features.size() == 1) {
            triple(node, OWL.inverseOf.asNode(), inverses.iterator().next());
        }
    }

    private static Node range(EStructuralFeature feature) {
        if (feature instanceof EAttribute attribute) {
            return attribute.getEAttributeType() instanceof EEnum eEnum ? Vocabulary.egov(eEnum.getName())
                    : NodeFactory.createURI(RdfValues.datatype(attribute.getEAttributeType()).getURI());
        }
        return RdfMapping.classIri(((EReference) feature).getEReferenceType());
    }

    /** The property's IRI in our namespace: the canonical one, or {@code egov:<name>} for an unwritten inverse. */
    private static Node ownIri(EStructuralFeature feature) {
        return RdfMapping.written(feature) ? RdfMapping.property(feature) : RdfMapping.egovProperty(feature.getName());
    }

    private Node union(Set<Node> classes) {
        Node union = NodeFactory.createBlankNode();
        triple(union, RDF_TYPE, OWL.Class.asNode());
        triple(union, OWL.unionOf.asNode(), list(new ArrayList<>(classes)));
        return union;
    }

    private Node list(List<Node> items) {
        Node head = RDF.nil.asNode();
        for (int i = items.size() - 1; i >= 0; i--) {
            Node cell = NodeFactory.createBlankNode();
            triple(cell, RDF.first.asNode(), items.get(i));
            triple(cell, RDF.rest.asNode(), head);
            head = cell;
        }
        return head;
    }

    private void describe(Node node, ENamedElement element) {
        String documentation = documentation(element);
        if (!documentation.isBlank()) {
            triple(node, RDFS.comment.asNode(), english(documentation));
        }
    }

    private static String documentation(ENamedElement element) {
        return MetamodelDocumentation.of(element);
    }

    /** {@code DigitalPublicService} as "digital public service". */
    private static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
    }

    private static Node english(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private void triple(Node subject, Node property, Node object) {
        out.triple(Triple.create(subject, property, object));
        count++;
    }
}
