package org.egovera.io.rdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.egovera.io.rdf.RdfMapping.Form;
import org.egovera.model.EgoveraPackage;

/**
 * SHACL shapes for the canonical form, derived from the metamodel as the ontology is: one node shape
 * per instantiable class, one property shape per written feature, with the feature's multiplicity,
 * datatype, enumeration literals or target class. They check a catalogue's data against the metamodel's
 * structure; the standards' expectations are in the shapes shipped beside this class.
 */
final class ShapesFromMetamodel {

    static final String SHAPES = Vocabulary.ONTOLOGY + "/shapes#";

    private final Graph shapes = GraphFactory.createDefaultGraph();

    private ShapesFromMetamodel() {
    }

    static Graph build() {
        ShapesFromMetamodel builder = new ShapesFromMetamodel();
        for (EClassifier classifier : EgoveraPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()
                    && eClass != EgoveraPackage.Literals.LANG_STRING) {
                builder.nodeShape(eClass);
            }
        }
        return builder.shapes;
    }

    private void nodeShape(EClass eClass) {
        Node shape = NodeFactory.createURI(SHAPES + eClass.getName());
        add(shape, RDF.type.asNode(), sh("NodeShape"));
        add(shape, sh("targetClass"), RdfMapping.classIri(eClass));
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || !RdfMapping.written(feature)) {
                continue;
            }
            Node property = NodeFactory.createURI(SHAPES + eClass.getName() + "-" + feature.getName());
            add(shape, sh("property"), property);
            propertyShape(property, feature);
        }
    }

    private void propertyShape(Node shape, EStructuralFeature feature) {
        add(shape, sh("path"), RdfMapping.property(feature));
        add(shape, sh("name"), NodeFactory.createLiteralString(feature.getName()));
        if (feature.getLowerBound() > 0) {
            add(shape, sh("minCount"), integer(feature.getLowerBound()));
        }
        if (!feature.isMany()) {
            add(shape, sh("maxCount"), integer(1));
        }
        Form form = RdfMapping.form(feature);
        if (form == Form.TEXT) {
            add(shape, sh("datatype"), NodeFactory.createURI(RDF.langString.getURI()));
        } else if (form == Form.LANG_STRING) {
            add(shape, sh("nodeKind"), sh("Literal"));
        } else if (feature instanceof EAttribute attribute) {
            if (attribute.getEAttributeType() instanceof EEnum eEnum) {
                List<Node> literals = new ArrayList<>();
                for (EEnumLiteral literal : eEnum.getELiterals()) {
                    literals.add(NodeFactory.createLiteralString(literal.getLiteral()));
                }
                add(shape, sh("in"), list(literals));
            } else {
                add(shape, sh("datatype"), NodeFactory.createURI(RdfValues.datatype(attribute.getEAttributeType()).getURI()));
            }
        } else {
            add(shape, sh("nodeKind"), sh("IRI"));
            add(shape, sh("class"), RdfMapping.classIri(((EReference) feature).getEReferenceType()));
        }
    }

    private Node list(List<Node> items) {
        Node head = RDF.nil.asNode();
        for (int i = items.size() - 1; i >= 0; i--) {
            Node cell = NodeFactory.createBlankNode();
            add(cell, RDF.first.asNode(), items.get(i));
            add(cell, RDF.rest.asNode(), head);
            head = cell;
        }
        return head;
    }

    private static Node integer(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
    }

    private static Node sh(String localName) {
        return NodeFactory.createURI(Vocabulary.SH + localName);
    }

    private void add(Node subject, Node property, Node object) {
        shapes.add(subject, property, object);
    }
}
