package org.egovera.io.rdf;

/**
 * What an RDF export holds and under which base IRI.
 *
 * @param content what to write
 * @param base    the base IRI of subjects without a persistent URI; null for the catalogue's own
 *                ({@code baseIri}), or {@link Vocabulary#DEFAULT_BASE} when it has none
 */
public record ExportOptions(Content content, String base) {

    /** The data, the ontology of the {@code egov:} terms, or both. */
    public enum Content {
        DATA_AND_ONTOLOGY, DATA, ONTOLOGY;

        boolean data() {
            return this != ONTOLOGY;
        }

        boolean ontology() {
            return this != DATA;
        }
    }

    /** The data and the ontology, under the catalogue's base IRI. */
    public static ExportOptions defaults() {
        return new ExportOptions(Content.DATA_AND_ONTOLOGY, null);
    }

    public static ExportOptions dataOnly() {
        return new ExportOptions(Content.DATA, null);
    }

    public ExportOptions withBase(String newBase) {
        return new ExportOptions(content, newBase);
    }

    public ExportOptions withContent(Content newContent) {
        return new ExportOptions(newContent, base);
    }
}
