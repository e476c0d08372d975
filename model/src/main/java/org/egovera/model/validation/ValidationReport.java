package org.egovera.model.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The findings of one validation run, errors before warnings, each group in model order. */
public record ValidationReport(List<Finding> findings) {

    public ValidationReport {
        findings = findings.stream()
                .sorted(Comparator.comparing(finding -> !finding.isError()))
                .toList();
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warningCount() {
        return findings.size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    /** Findings counted by rule code, in code order. */
    public Map<String, Long> countsByCode() {
        Map<String, Long> counts = new TreeMap<>();
        findings.forEach(finding -> counts.merge(finding.code(), 1L, Long::sum));
        return counts;
    }
}
