package org.egovera.io.rdf;

import static org.egovera.model.EgoveraPackage.Literals.ARCHITECTURE_BUILDING_BLOCK;
import static org.egovera.model.EgoveraPackage.Literals.ARCHITECTURE_BUILDING_BLOCK__DCT_TYPE;
import static org.egovera.model.EgoveraPackage.Literals.ARCHITECTURE_BUILDING_BLOCK__IMPLEMENTED_BY;
import static org.egovera.model.EgoveraPackage.Literals.ARCHITECTURE_BUILDING_BLOCK__SPECIALISES;
import static org.egovera.model.EgoveraPackage.Literals.ARCHITECTURE_BUILDING_BLOCK__USED_BY;
import static org.egovera.model.EgoveraPackage.Literals.ARCHITECTURE_BUILDING_BLOCK__VIEW;
import static org.egovera.model.EgoveraPackage.Literals.DATA_GAP__KIND;
import static org.egovera.model.EgoveraPackage.Literals.DIGITAL_BUSINESS_CAPABILITY;
import static org.egovera.model.EgoveraPackage.Literals.DIGITAL_BUSINESS_CAPABILITY__BROADER;
import static org.egovera.model.EgoveraPackage.Literals.DIGITAL_BUSINESS_CAPABILITY__DOMAIN;
import static org.egovera.model.EgoveraPackage.Literals.DIGITAL_BUSINESS_CAPABILITY__NARROWER;
import static org.egovera.model.EgoveraPackage.Literals.DIGITAL_BUSINESS_CAPABILITY__REALISED_BY;
import static org.egovera.model.EgoveraPackage.Literals.DIGITAL_PUBLIC_SERVICE;
import static org.egovera.model.EgoveraPackage.Literals.DIGITAL_PUBLIC_SERVICE__DOMAIN;
import static org.egovera.model.EgoveraPackage.Literals.DIGITAL_PUBLIC_SERVICE__REALISES;
import static org.egovera.model.EgoveraPackage.Literals.DIGITAL_PUBLIC_SERVICE__USES;
import static org.egovera.model.EgoveraPackage.Literals.ELEMENT__DESCRIPTION;
import static org.egovera.model.EgoveraPackage.Literals.ELEMENT__ID;
import static org.egovera.model.EgoveraPackage.Literals.ELEMENT__LABELS;
import static org.egovera.model.EgoveraPackage.Literals.ELEMENT__NAME;
import static org.egovera.model.EgoveraPackage.Literals.PLATFORM__KIND;
import static org.egovera.model.EgoveraPackage.Literals.RELATIONSHIP;
import static org.egovera.model.EgoveraPackage.Literals.RELATIONSHIP__SOURCE;
import static org.egovera.model.EgoveraPackage.Literals.RELATIONSHIP__TARGET;
import static org.egovera.model.EgoveraPackage.Literals.SOLUTION_BUILDING_BLOCK;
import static org.egovera.model.EgoveraPackage.Literals.SOLUTION_BUILDING_BLOCK__IMPLEMENTS;
import static org.egovera.model.EgoveraPackage.Literals.SOLUTION_BUILDING_BLOCK__PROVIDER;
import static org.egovera.model.EgoveraPackage.Literals.SOLUTION_BUILDING_BLOCK__USED_BY;
import static org.egovera.model.EgoveraPackage.Literals.TASK__KIND;
import static org.egovera.model.EgoveraPackage.Literals.TASK__PROCESS;
import static org.egovera.model.EgoveraPackage.Literals.VIEW_CONNECTION__SOURCE;
import static org.egovera.model.EgoveraPackage.Literals.VIEW_CONNECTION__TARGET;
import static org.egovera.io.rdf.Vocabulary.ARCHIMATE_HAS_SOURCE;
import static org.egovera.io.rdf.Vocabulary.ARCHIMATE_HAS_TARGET;
import static org.egovera.io.rdf.Vocabulary.ARCHIMATE_NAME;
import static org.egovera.io.rdf.Vocabulary.CPSV_PUBLIC_SERVICE;
import static org.egovera.io.rdf.Vocabulary.DCT_DESCRIPTION;
import static org.egovera.io.rdf.Vocabulary.DCT_IDENTIFIER;
import static org.egovera.io.rdf.Vocabulary.DCT_PUBLISHER;
import static org.egovera.io.rdf.Vocabulary.DCT_TITLE;
import static org.egovera.io.rdf.Vocabulary.DCT_TYPE;
import static org.egovera.io.rdf.Vocabulary.DC_DESCRIPTION;
import static org.egovera.io.rdf.Vocabulary.DC_IDENTIFIER;
import static org.egovera.io.rdf.Vocabulary.DC_TITLE;
import static org.egovera.io.rdf.Vocabulary.CAPABILITY_MARK;
import static org.egovera.io.rdf.Vocabulary.DIGITAL_PUBLIC_BUSINESS_SERVICE;
import static org.egovera.io.rdf.Vocabulary.EIRA_ABB;
import static org.egovera.io.rdf.Vocabulary.EIRA_CONCEPT;
import static org.egovera.io.rdf.Vocabulary.EIRA_EIF_LAYER;
import static org.egovera.io.rdf.Vocabulary.EIRA_IMPLEMENTED_BY;
import static org.egovera.io.rdf.Vocabulary.EIRA_PURI;
import static org.egovera.io.rdf.Vocabulary.EIRA_SBB;
import static org.egovera.io.rdf.Vocabulary.EIRA_VIEW;
import static org.egovera.io.rdf.Vocabulary.SKOS_ALT_LABEL;
import static org.egovera.io.rdf.Vocabulary.SKOS_BROADER;
import static org.egovera.io.rdf.Vocabulary.SKOS_BROAD_MATCH;
import static org.egovera.io.rdf.Vocabulary.SKOS_CONCEPT;
import static org.egovera.io.rdf.Vocabulary.SKOS_DEFINITION;
import static org.egovera.io.rdf.Vocabulary.SKOS_PREF_LABEL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.egovera.model.EiraView;

/**
 * The one table from the metamodel to RDF. Every class becomes {@code egov:<ClassName>} and every
 * feature {@code egov:<featureName>} (the ontology derived from the Ecore file) unless a row below says
 * otherwise. On top of that canonical form, which the importer reads back, the table lists what the
 * standards and the eGovERA tools expect to find: extra types, constant statements, and the same values
 * again under their properties. Processes, tasks and their mappings to services need no row: their
 * features are written as {@code egov:} properties like every other.
 */
public final class RdfMapping {

    /** How a value is written. */
    public enum Form {
        /** As the canonical form writes it: typed literal, or the target's IRI. */
        SAME,
        /** A plain string (xsd:string), as Dublin Core elements 1.1 and the eGovERA tools use them. */
        PLAIN,
        /** A string tagged with the catalogue's language ({@code language}, English unless it says otherwise). */
        TEXT,
        /** Language strings ({@code LangString} objects) as tagged literals. */
        LANG_STRING,
        /** An enumeration literal replaced by the IRI {@link #EIF_LAYERS} gives it. */
        EIF_LAYER
    }

    /** A feature written under a property other than {@code egov:<featureName>}, or not at all. */
    public record FeatureRow(EStructuralFeature feature, Node property, Form form, String inverseOf) {
        public boolean written() {
            return inverseOf == null;
        }
    }

    /** The same value again, under another property, for the standards and the eGovERA tools. */
    public record Alias(EClass owner, EStructuralFeature feature, Node property, Form form) {
    }

    /**
     * Extras for the instances of a class: further types, constant statements, properties whose value is
     * the subject's own IRI as a string (the eGovERA tools match elements by it), whether the element
     * states its policy domain as {@code eira:businessDomain}, and the SKOS concept scheme it belongs to.
     */
    public record ClassRow(EClass eClass, List<Node> types, Map<Node, Node> constants, List<Node> subjectAsLiteral,
            boolean businessDomain, String scheme) {
    }

    /**
     * A reference restated as a relationship resource, as the eGovERA tools keep them:
     * {@code archimate:hasSource}, {@code archimate:hasTarget}, {@code eira:application eira:Upscale}.
     * {@code reversed} when the tools see the reference's target as the relationship's source.
     */
    public record Link(EReference reference, String name, boolean reversed) {
    }

    private static final Map<EStructuralFeature, FeatureRow> FEATURES = features(
            //        feature                                     property          form
            standard(ELEMENT__ID,                                 DCT_IDENTIFIER,   Form.PLAIN),
            standard(ELEMENT__NAME,                               SKOS_PREF_LABEL,  Form.TEXT),
            standard(ELEMENT__DESCRIPTION,                        DCT_DESCRIPTION,  Form.TEXT),
            standard(ELEMENT__LABELS,                             SKOS_ALT_LABEL,   Form.LANG_STRING),
            // features whose name other classes use with another meaning
            renamed(PLATFORM__KIND,                               "platformKind"),
            renamed(TASK__KIND,                                   "taskKind"),
            renamed(DATA_GAP__KIND,                               "gapKind"),
            renamed(SOLUTION_BUILDING_BLOCK__USED_BY,             "usedByMemberState"),
            renamed(VIEW_CONNECTION__SOURCE,                      "connectionSource"),
            renamed(VIEW_CONNECTION__TARGET,                      "connectionTarget"),
            // one side of each bidirectional reference is enough; the ontology states the inverse
            inverse(DIGITAL_BUSINESS_CAPABILITY__DOMAIN,          "capabilities"),
            inverse(DIGITAL_PUBLIC_SERVICE__DOMAIN,               "services"),
            inverse(DIGITAL_BUSINESS_CAPABILITY__NARROWER,        "broader"),
            inverse(DIGITAL_BUSINESS_CAPABILITY__REALISED_BY,     "realises"),
            inverse(ARCHITECTURE_BUILDING_BLOCK__USED_BY,         "uses"),
            inverse(ARCHITECTURE_BUILDING_BLOCK__IMPLEMENTED_BY,  "implements"),
            inverse(TASK__PROCESS,                                "tasks"));

    private static final List<Alias> ALIASES = List.of(
            //     owner                        feature                                   property            form
            alias(DIGITAL_BUSINESS_CAPABILITY,  ELEMENT__NAME,                            DC_TITLE,           Form.PLAIN),
            alias(DIGITAL_BUSINESS_CAPABILITY,  ELEMENT__DESCRIPTION,                     DC_DESCRIPTION,     Form.PLAIN),
            alias(DIGITAL_BUSINESS_CAPABILITY,  DIGITAL_BUSINESS_CAPABILITY__BROADER,     SKOS_BROADER,       Form.SAME),
            alias(DIGITAL_PUBLIC_SERVICE,       ELEMENT__NAME,                            DCT_TITLE,          Form.TEXT),
            alias(DIGITAL_PUBLIC_SERVICE,       ELEMENT__NAME,                            DC_TITLE,           Form.PLAIN),
            alias(DIGITAL_PUBLIC_SERVICE,       ELEMENT__DESCRIPTION,                     SKOS_DEFINITION,    Form.TEXT),
            alias(ARCHITECTURE_BUILDING_BLOCK,  ELEMENT__NAME,                            ARCHIMATE_NAME,     Form.PLAIN),
            alias(ARCHITECTURE_BUILDING_BLOCK,  ELEMENT__DESCRIPTION,                     SKOS_DEFINITION,    Form.TEXT),
            alias(ARCHITECTURE_BUILDING_BLOCK,  ARCHITECTURE_BUILDING_BLOCK__VIEW,        EIRA_VIEW,          Form.PLAIN),
            alias(ARCHITECTURE_BUILDING_BLOCK,  ARCHITECTURE_BUILDING_BLOCK__VIEW,        EIRA_EIF_LAYER,     Form.EIF_LAYER),
            alias(ARCHITECTURE_BUILDING_BLOCK,  ARCHITECTURE_BUILDING_BLOCK__DCT_TYPE,    DCT_TYPE,           Form.PLAIN),
            alias(ARCHITECTURE_BUILDING_BLOCK,  ARCHITECTURE_BUILDING_BLOCK__SPECIALISES, SKOS_BROAD_MATCH,   Form.SAME),
            alias(SOLUTION_BUILDING_BLOCK,      SOLUTION_BUILDING_BLOCK__PROVIDER,        DCT_PUBLISHER,      Form.SAME),
            alias(RELATIONSHIP,                 RELATIONSHIP__SOURCE,                     ARCHIMATE_HAS_SOURCE, Form.SAME),
            alias(RELATIONSHIP,                 RELATIONSHIP__TARGET,                     ARCHIMATE_HAS_TARGET, Form.SAME));

    private static final Map<EClass, ClassRow> CLASSES = classes(
            new ClassRow(DIGITAL_BUSINESS_CAPABILITY, List.of(SKOS_CONCEPT),
                    constants(EIRA_IMPLEMENTED_BY, NodeFactory.createLiteralLang(CAPABILITY_MARK, "en"),
                              EIRA_EIF_LAYER, Vocabulary.eira("Organisational")),
                    List.of(DC_IDENTIFIER), true, "capabilities"),
            new ClassRow(DIGITAL_PUBLIC_SERVICE, List.of(CPSV_PUBLIC_SERVICE),
                    constants(SKOS_BROADER, DIGITAL_PUBLIC_BUSINESS_SERVICE,
                              EIRA_EIF_LAYER, Vocabulary.eira("Organisational")),
                    List.of(DC_IDENTIFIER), true, null),
            new ClassRow(ARCHITECTURE_BUILDING_BLOCK, List.of(SKOS_CONCEPT),
                    constants(EIRA_CONCEPT, EIRA_ABB),
                    List.of(EIRA_PURI), true, "building-blocks"),
            new ClassRow(SOLUTION_BUILDING_BLOCK, List.of(),
                    constants(EIRA_CONCEPT, EIRA_SBB),
                    List.of(EIRA_PURI), false, null));

    private static final List<Link> LINKS = List.of(
            // the tools read "ABB serves DPS" (the block is the source) and "DPS realises capability"
            new Link(DIGITAL_PUBLIC_SERVICE__USES, "uses", true),
            new Link(DIGITAL_PUBLIC_SERVICE__REALISES, "realises", false),
            new Link(SOLUTION_BUILDING_BLOCK__IMPLEMENTS, "implements", false));

    /** EIRA views as the EIF layers the eGovERA tools read (they look for these names in the IRI). */
    public static final Map<EiraView, Node> EIF_LAYERS = Map.of(
            EiraView.LEGAL, Vocabulary.eira("Legal"),
            EiraView.ORGANISATIONAL, Vocabulary.eira("Organisational"),
            EiraView.SEMANTIC, Vocabulary.eira("Semantic"),
            EiraView.TECHNICAL_APPLICATION, Vocabulary.eira("Technicalapplication"),
            EiraView.TECHNICAL_INFRASTRUCTURE, Vocabulary.eira("Technicalinfrastructure"));

    /** Policy domains, by name or identifier in lower case, as the eGovERA tools' business domains. */
    private static final Map<String, Node> BUSINESS_DOMAINS = Map.of(
            "tax", Vocabulary.eira("Taxes"),
            "taxes", Vocabulary.eira("Taxes"),
            "taxation", Vocabulary.eira("Taxes"),
            "customs", Vocabulary.eira("Customs"),
            "health", Vocabulary.eira("Health"));

    private RdfMapping() {
    }

    /** The row of a feature, if the table has one; otherwise it is written as {@link #egovProperty}. */
    public static Optional<FeatureRow> row(EStructuralFeature feature) {
        return Optional.ofNullable(FEATURES.get(feature));
    }

    public static boolean written(EStructuralFeature feature) {
        FeatureRow row = FEATURES.get(feature);
        return row == null || row.written();
    }

    /** The property that carries the feature in the canonical form. */
    public static Node property(EStructuralFeature feature) {
        FeatureRow row = FEATURES.get(feature);
        return row == null || row.property() == null ? egovProperty(feature.getName()) : row.property();
    }

    public static Form form(EStructuralFeature feature) {
        FeatureRow row = FEATURES.get(feature);
        return row == null ? Form.SAME : row.form();
    }

    /** Whether the canonical property is one of ours (and so described by the ontology). */
    public static boolean ownProperty(EStructuralFeature feature) {
        return property(feature).getURI().startsWith(Vocabulary.EGOV);
    }

    /** Whether a node is one of the ontology's own terms. */
    public static boolean isOwnTerm(Node node) {
        return node.isURI() && node.getURI().startsWith(Vocabulary.EGOV);
    }

    public static Node classIri(EClass eClass) {
        return Vocabulary.egov(eClass.getName());
    }

    public static List<Alias> aliases(EClass eClass) {
        List<Alias> found = new ArrayList<>();
        for (Alias alias : ALIASES) {
            if (alias.owner().isSuperTypeOf(eClass)) {
                found.add(alias);
            }
        }
        return found;
    }

    public static List<Alias> aliases() {
        return ALIASES;
    }

    public static Optional<ClassRow> classRow(EClass eClass) {
        for (EClass type = eClass; type != null; type = type.getESuperTypes().isEmpty() ? null : type.getESuperTypes().get(0)) {
            ClassRow row = CLASSES.get(type);
            if (row != null) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    public static Map<EClass, ClassRow> classRows() {
        return CLASSES;
    }

    public static List<Link> links() {
        return LINKS;
    }

    /** The opposite named by an inverse row: the written side of the pair. */
    public static Optional<String> inverseOf(EStructuralFeature feature) {
        FeatureRow row = FEATURES.get(feature);
        return row == null ? Optional.empty() : Optional.ofNullable(row.inverseOf());
    }

    /** The eGovERA tools' business domain of a policy domain, matched on its name or identifier. */
    public static Optional<Node> businessDomain(String nameOrId) {
        return nameOrId == null ? Optional.empty()
                : Optional.ofNullable(BUSINESS_DOMAINS.get(nameOrId.strip().toLowerCase(Locale.ROOT)));
    }

    static Node egovProperty(String localName) {
        return Vocabulary.egov(localName);
    }

    private static FeatureRow standard(EStructuralFeature feature, Node property, Form form) {
        return new FeatureRow(feature, property, form, null);
    }

    private static FeatureRow renamed(EStructuralFeature feature, String localName) {
        return new FeatureRow(feature, egovProperty(localName), Form.SAME, null);
    }

    private static FeatureRow inverse(EStructuralFeature feature, String writtenSide) {
        return new FeatureRow(feature, null, Form.SAME, writtenSide);
    }

    private static Alias alias(EClass owner, EStructuralFeature feature, Node property, Form form) {
        return new Alias(owner, feature, property, form);
    }

    private static Map<Node, Node> constants(Node... propertyValuePairs) {
        Map<Node, Node> constants = new LinkedHashMap<>();
        for (int i = 0; i < propertyValuePairs.length; i += 2) {
            constants.put(propertyValuePairs[i], propertyValuePairs[i + 1]);
        }
        return Collections.unmodifiableMap(constants);
    }

    private static Map<EStructuralFeature, FeatureRow> features(FeatureRow... rows) {
        Map<EStructuralFeature, FeatureRow> map = new LinkedHashMap<>();
        for (FeatureRow row : rows) {
            map.put(row.feature(), row);
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<EClass, ClassRow> classes(ClassRow... rows) {
        Map<EClass, ClassRow> map = new LinkedHashMap<>();
        for (ClassRow row : rows) {
            map.put(row.eClass(), row);
        }
        return Collections.unmodifiableMap(map);
    }
}
