package org.egovera.io.rdf;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/** Says how two graphs differ, for failure messages: the statements without blank nodes found in one only. */
final class GraphDifference {

    private static final int SHOWN = 5;

    private GraphDifference() {
    }

    static String describe(Graph expected, Graph actual) {
        List<Triple> missing = groundOnlyIn(expected, actual);
        List<Triple> extra = groundOnlyIn(actual, expected);
        return expected.size() + " vs " + actual.size() + " triples; missing " + missing.size() + " " + sample(missing)
                + "; unexpected " + extra.size() + " " + sample(extra);
    }

    private static List<Triple> groundOnlyIn(Graph graph, Graph other) {
        return graph.find().toList().stream()
                .filter(t -> !t.getSubject().isBlank() && !t.getObject().isBlank())
                .filter(t -> !other.contains(t))
                .collect(Collectors.toList());
    }

    private static String sample(List<Triple> triples) {
        return triples.stream().limit(SHOWN).map(Triple::toString).collect(Collectors.joining("\n    ", "[\n    ", "]"));
    }
}
