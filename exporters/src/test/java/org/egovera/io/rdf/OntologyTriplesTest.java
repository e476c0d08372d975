package org.egovera.io.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.egovera.io.rdf.ExportOptions.Content;
import org.egovera.model.EgoveraPackage;
import org.junit.jupiter.api.Test;

/** The ontology follows from the Ecore metamodel and declares every egov: term the data uses. */
class OntologyTriplesTest {

    private final Graph ontology = RdfExporter.graph(EveryFeatureCatalogue.build(), ExportOptions.defaults().withContent(Content.ONTOLOGY));

    @Test
    void everyMetamodelClassIsAnOwlClassUnderItsSupertypes() {
        for (EClassifier classifier : EgoveraPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                Node node = RdfMapping.classIri(eClass);
                assertTrue(ontology.contains(node, RDF.type.asNode(), OWL.Class.asNode()), eClass.getName());
                for (EClass supertype : eClass.getESuperTypes()) {
                    assertTrue(ontology.contains(node, RDFS.subClassOf.asNode(), RdfMapping.classIri(supertype)), eClass.getName());
                }
            }
        }
    }

    @Test
    void enumerationsAreDatatypesListingTheirLiterals() {
        for (EClassifier classifier : EgoveraPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum eEnum) {
                Node node = Vocabulary.egov(eEnum.getName());
                assertTrue(ontology.contains(node, RDF.type.asNode(), RDFS.Datatype.asNode()), eEnum.getName());
                Set<String> listed = ontology.find(Node.ANY, RDF.first.asNode(), Node.ANY).mapWith(Triple::getObject)
                        .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).toSet();
                eEnum.getELiterals().forEach(literal -> assertTrue(listed.contains(literal.getLiteral()), literal.getLiteral()));
            }
        }
    }

    @Test
    void everyEgovTermTheDataUsesIsDeclared() {
        Graph data = RdfExporter.graph(EveryFeatureCatalogue.build(), ExportOptions.dataOnly());
        Set<Node> predicates = data.find().mapWith(Triple::getPredicate).filterKeep(RdfMapping::isOwnTerm).toSet();
        Set<Node> types = data.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(RdfMapping::isOwnTerm).toSet();
        assertFalse(predicates.isEmpty());
        for (Node predicate : predicates) {
            assertTrue(ontology.contains(predicate, RDF.type.asNode(), OWL.ObjectProperty.asNode())
                    || ontology.contains(predicate, RDF.type.asNode(), OWL.DatatypeProperty.asNode()), predicate + " is not declared");
            assertTrue(ontology.contains(predicate, RDFS.domain.asNode(), Node.ANY), predicate + " has no domain");
            assertTrue(ontology.contains(predicate, RDFS.range.asNode(), Node.ANY), predicate + " has no range");
        }
        for (Node type : types) {
            assertTrue(ontology.contains(type, RDF.type.asNode(), OWL.Class.asNode()), type + " is not declared");
        }
    }

    @Test
    void genModelDocumentationBecomesComments() {
        List<String> comments = ontology.find(Vocabulary.egov("persistentUri"), RDFS.comment.asNode(), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
        assertEquals(1, comments.size());
        assertTrue(comments.get(0).contains("persistent URI"), comments.get(0));
        assertTrue(ontology.contains(NodeFactory.createURI(Vocabulary.ONTOLOGY), RDFS.comment.asNode(), Node.ANY));
    }

    @Test
    void oppositesAreInverseProperties() {
        assertTrue(ontology.contains(Vocabulary.egov("uses"), OWL.inverseOf.asNode(), Vocabulary.egov("usedBy")));
        assertTrue(ontology.contains(Vocabulary.egov("broader"), OWL.inverseOf.asNode(), Vocabulary.egov("narrower")));
        assertTrue(ontology.contains(Vocabulary.egov("supportingServices"), RDF.type.asNode(), OWL.ObjectProperty.asNode()));
    }

    @Test
    void sharedPropertiesHaveAUnionDomainAndSingleValuedOnesAreFunctional() {
        Node domain = ontology.find(Vocabulary.egov("sourceFile"), RDFS.domain.asNode(), Node.ANY).next().getObject();
        assertTrue(domain.isBlank(), "egov:sourceFile belongs to several classes");
        assertTrue(ontology.contains(domain, OWL.unionOf.asNode(), Node.ANY));
        assertTrue(ontology.contains(Vocabulary.egov("priority"), RDF.type.asNode(), OWL.FunctionalProperty.asNode()));
        assertFalse(ontology.contains(Vocabulary.egov("uses"), RDF.type.asNode(), OWL.FunctionalProperty.asNode()));
    }

    @Test
    void ontologyAloneHoldsNoCatalogueData() {
        Set<Node> subjects = ontology.find().mapWith(Triple::getSubject).filterKeep(Node::isURI).toSet();
        assertTrue(subjects.stream().allMatch(s -> s.getURI().startsWith(Vocabulary.ONTOLOGY)),
                subjects.stream().filter(s -> !s.getURI().startsWith(Vocabulary.ONTOLOGY)).collect(Collectors.toList()).toString());
    }
}
