package org.egovera.io.rdf;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.egovera.model.EgoveraPackage;

/**
 * Every namespace, class and property the RDF export names, each once. The {@code egov:} terms are
 * those of the ontology derived from the metamodel; the others belong to the standards we reuse
 * and to the vocabulary the eGovERA tools query.
 */
public final class Vocabulary {

    /** The ontology's IRI: the metamodel's namespace URI. */
    public static final String ONTOLOGY = EgoveraPackage.eNS_URI;
    public static final String EGOV = ONTOLOGY + "#";
    public static final String EIRA = "http://data.europa.eu/dr8/eira/";
    public static final String ARCHIMATE = "http://data.europa.eu/dr8/archimate/";
    public static final String DR8 = "http://data.europa.eu/dr8/";
    public static final String DC = "http://purl.org/dc/elements/1.1/";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String CPSV = "http://purl.org/vocab/cpsv#";
    public static final String CV = "http://data.europa.eu/m8g/";
    public static final String SH = "http://www.w3.org/ns/shacl#";
    public static final String EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/";

    /** The base IRI of subjects when neither the catalogue nor the command line names one. */
    public static final String DEFAULT_BASE = "https://w3id.org/egovera/id/";

    // --- the eGovERA tools' vocabulary (conformance README section 6) ---
    public static final Node EIRA_CONCEPT = uri(EIRA, "concept");
    public static final Node EIRA_ABB = uri(EIRA, "ArchitectureBuildingBlock");
    public static final Node EIRA_SBB = uri(EIRA, "SolutionBuildingBlock");
    public static final Node EIRA_PURI = uri(EIRA, "PURI");
    public static final Node EIRA_VIEW = uri(EIRA, "view");
    public static final Node EIRA_EIF_LAYER = uri(EIRA, "eifLayer");
    public static final Node EIRA_BUSINESS_DOMAIN = uri(EIRA, "businessDomain");
    public static final Node EIRA_IMPLEMENTED_BY = uri(EIRA, "implementedBy");
    public static final Node EIRA_APPLICATION = uri(EIRA, "application");
    public static final Node EIRA_UPSCALE = uri(EIRA, "Upscale");
    public static final Node ARCHIMATE_NAME = uri(ARCHIMATE, "name");
    public static final Node ARCHIMATE_HAS_SOURCE = uri(ARCHIMATE, "hasSource");
    public static final Node ARCHIMATE_HAS_TARGET = uri(ARCHIMATE, "hasTarget");
    /** The EIRA ABB every digital public service specialises; the tools find services by it. */
    public static final Node DIGITAL_PUBLIC_BUSINESS_SERVICE = uri(DR8, "DigitalPublicBusinessService");
    /** The tools mark capabilities with this string (not IRI) as {@code eira:implementedBy}. */
    public static final String CAPABILITY_MARK = DR8 + "DigitalBusinessCapability";

    // --- Dublin Core elements 1.1, as the eGovERA tools use them ---
    public static final Node DC_IDENTIFIER = uri(DC, "identifier");
    public static final Node DC_TITLE = uri(DC, "title");
    public static final Node DC_DESCRIPTION = uri(DC, "description");

    // --- Dublin Core terms ---
    public static final Node DCT_IDENTIFIER = uri(DCT, "identifier");
    public static final Node DCT_TITLE = uri(DCT, "title");
    public static final Node DCT_DESCRIPTION = uri(DCT, "description");
    public static final Node DCT_TYPE = uri(DCT, "type");
    public static final Node DCT_SPATIAL = uri(DCT, "spatial");
    public static final Node DCT_LOCATION = uri(DCT, "Location");
    public static final Node DCT_PUBLISHER = uri(DCT, "publisher");

    // --- SKOS ---
    public static final Node SKOS_CONCEPT = uri(SKOS, "Concept");
    public static final Node SKOS_CONCEPT_SCHEME = uri(SKOS, "ConceptScheme");
    public static final Node SKOS_IN_SCHEME = uri(SKOS, "inScheme");
    public static final Node SKOS_HAS_TOP_CONCEPT = uri(SKOS, "hasTopConcept");
    public static final Node SKOS_TOP_CONCEPT_OF = uri(SKOS, "topConceptOf");
    public static final Node SKOS_PREF_LABEL = uri(SKOS, "prefLabel");
    public static final Node SKOS_ALT_LABEL = uri(SKOS, "altLabel");
    public static final Node SKOS_DEFINITION = uri(SKOS, "definition");
    public static final Node SKOS_BROADER = uri(SKOS, "broader");
    public static final Node SKOS_EXACT_MATCH = uri(SKOS, "exactMatch");
    public static final Node SKOS_BROAD_MATCH = uri(SKOS, "broadMatch");

    // --- CPSV-AP ---
    public static final Node CPSV_PUBLIC_SERVICE = uri(CPSV, "PublicService");
    public static final Node CV_PUBLIC_ORGANISATION = uri(CV, "PublicOrganisation");
    public static final Node CV_HAS_COMPETENT_AUTHORITY = uri(CV, "hasCompetentAuthority");
    /** The European Union in the EU Publications Office country table: where a generic authority acts. */
    public static final Node EUROPEAN_UNION = uri(EU_COUNTRY, "EUR");

    // --- RDF, RDFS, OWL, XSD ---
    public static final Node RDF_TYPE = RDF.type.asNode();
    public static final Node RDFS_LABEL = RDFS.label.asNode();
    public static final Node RDFS_COMMENT = RDFS.comment.asNode();
    public static final Node XSD_STRING = XSD.xstring.asNode();
    public static final Node OWL_ONTOLOGY = OWL.Ontology.asNode();

    private Vocabulary() {
    }

    public static Node egov(String localName) {
        return uri(EGOV, localName);
    }

    public static Node eira(String localName) {
        return uri(EIRA, localName);
    }

    /** Prefixes for the writers, so that Turtle and TriG read as people write them. */
    public static Map<String, String> prefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("egov", EGOV);
        prefixes.put("eira", EIRA);
        prefixes.put("archimate", ARCHIMATE);
        prefixes.put("dr8", DR8);
        prefixes.put("dc", DC);
        prefixes.put("dct", DCT);
        prefixes.put("skos", SKOS);
        prefixes.put("cpsv", CPSV);
        prefixes.put("cv", CV);
        prefixes.put("rdf", RDF.getURI());
        prefixes.put("rdfs", RDFS.getURI());
        prefixes.put("owl", OWL.getURI());
        prefixes.put("xsd", XSD.getURI());
        return prefixes;
    }

    private static Node uri(String namespace, String localName) {
        return NodeFactory.createURI(namespace + localName);
    }
}
