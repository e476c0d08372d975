package org.egovera.mapping;

/**
 * A candidate for a task's mapping, for a person to accept or reject: the candidate's rank among those of
 * its kind for this task, its relevance score (Lucene BM25: comparable between the candidates of one task,
 * higher is closer) and the words that made it match.
 */
public record Suggestion(String process, String task, String taskName, int rank, Kind kind, String candidate,
        String candidateName, double score, String reason) {

    public enum Kind {
        SERVICE("service"), BUILDING_BLOCK("building block");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
