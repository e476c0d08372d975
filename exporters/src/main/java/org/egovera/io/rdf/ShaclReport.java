package org.egovera.io.rdf;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The outcome of validating RDF against shapes: conforms when no result is a violation. */
public record ShaclReport(List<ShaclFinding> findings, long triples) {

    public long violations() {
        return findings.stream().filter(ShaclFinding::isViolation).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> "warning".equals(f.severity())).count();
    }

    public boolean conforms() {
        return violations() == 0;
    }

    /** How many results each shape produced, for summaries. */
    public Map<String, Integer> countsByShape() {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.shape(), 1, Integer::sum));
        return counts;
    }
}
