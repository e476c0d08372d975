package org.egovera.io.rdf;

import java.util.List;

/**
 * What an RDF export wrote.
 *
 * @param triples   the number of statements (the ontology's included)
 * @param base      the base IRI used for subjects without a persistent URI
 * @param dataGraph the IRI of the catalogue, which names its graph in TriG and N-Quads
 * @param notes     the decisions the export took on the user's behalf: duplicate persistent URIs,
 *                  unusable ones, competent authorities supplied by the generic organisation
 */
public record ExportReport(long triples, String base, String dataGraph, List<String> notes) {
}
