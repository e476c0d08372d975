package org.egovera.io.rdf;

import static org.egovera.io.rdf.Vocabulary.RDF_TYPE;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.egovera.io.rdf.RdfMapping.Alias;
import org.egovera.io.rdf.RdfMapping.ClassRow;
import org.egovera.io.rdf.RdfMapping.Form;
import org.egovera.io.rdf.RdfMapping.Link;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.Element;
import org.egovera.model.EiraView;
import org.egovera.model.LangString;
import org.egovera.model.Organisation;
import org.egovera.model.PolicyDomain;
import org.egovera.model.io.Progress;

/**
 * Writes a catalogue's statements to a stream, one element at a time, as {@link RdfMapping} says:
 * the canonical {@code egov:} form, then the aliases, types and statements the standards and the
 * eGovERA tools expect. Nothing is kept in memory beyond the subjects' IRIs.
 */
final class CatalogueTriples {

    private static final java.util.regex.Pattern LANGUAGE_TAG = java.util.regex.Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final Catalogue catalogue;
    private final SubjectIris iris;
    private final StreamRDF out;
    private final CompetentAuthorities authorities;
    private final String language;
    private long count;

    CatalogueTriples(Catalogue catalogue, SubjectIris iris, StreamRDF out) {
        this.catalogue = catalogue;
        this.iris = iris;
        this.out = out;
        this.authorities = new CompetentAuthorities(catalogue);
        this.language = languageOf(catalogue);
    }

    /** The language of the catalogue's names and descriptions: its {@code language}, English by default. */
    static String languageOf(Catalogue catalogue) {
        String language = catalogue.getLanguage();
        return language == null || language.isBlank() ? "en" : checkedTag(language.strip(), "the catalogue's language");
    }

    /** RDF takes BCP 47 language tags only; anything else is named, not passed to Jena to fail obscurely. */
    private static String checkedTag(String tag, String where) {
        if (!LANGUAGE_TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException(where + " '" + tag + "' is not a BCP 47 language tag (such as en or fr-BE)");
        }
        return tag;
    }

    /** Writes everything; returns the number of triples written. */
    long emit(Progress progress) {
        long total = 1;
        for (Iterator<EObject> it = catalogue.eAllContents(); it.hasNext(); it.next()) {
            total++;
        }
        progress.start("Writing RDF", total);
        emitObject(catalogue);
        progress.advance(1);
        for (Iterator<EObject> it = catalogue.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (!(object instanceof LangString)) {
                emitObject(object);
            }
            progress.advance(1);
        }
        emitSchemes();
        authorities.used().forEach(this::emitAuthority);
        if (authorities.usesGeneric()) {
            triple(Vocabulary.EUROPEAN_UNION, RDF_TYPE, Vocabulary.DCT_LOCATION);
        }
        progress.done();
        return count;
    }

    /** What the writer had to decide on the user's behalf, for the report. */
    List<String> notes() {
        return authorities.notes();
    }

    private void emitObject(EObject object) {
        EClass eClass = object.eClass();
        Node subject = iris.subject(object);
        triple(subject, RDF_TYPE, RdfMapping.classIri(eClass));
        List<Alias> aliases = RdfMapping.aliases(eClass);
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || !RdfMapping.written(feature)) {
                continue;
            }
            boolean set = object.eIsSet(feature);
            if (!set && !alwaysHasAValue(feature)) {
                continue;
            }
            Node property = RdfMapping.property(feature);
            Form form = RdfMapping.form(feature);
            for (Object value : values(object, feature)) {
                triple(subject, property, node(feature, value, form));
                for (Alias alias : aliases) {
                    if (set && alias.feature() == feature) {
                        Node aliased = node(feature, value, alias.form());
                        if (aliased != null) {
                            triple(subject, alias.property(), aliased);
                        }
                    }
                }
            }
        }
        if (object instanceof Element element) {
            emitStandardViews(element, subject);
        }
    }

    private void emitStandardViews(Element element, Node subject) {
        RdfMapping.classRow(element.eClass()).ifPresent(row -> emitClassRow(element, subject, row));
        iris.displacedUri(element).ifPresent(uri -> triple(subject, Vocabulary.SKOS_EXACT_MATCH, NodeFactory.createURI(uri)));
        for (Link link : RdfMapping.links()) {
            if (link.reference().getEContainingClass().isSuperTypeOf(element.eClass())) {
                emitLinks(element, subject, link);
            }
        }
        if (element instanceof DigitalPublicService service) {
            Organisation authority = authorities.of(service);
            if (authority != null) {
                triple(subject, Vocabulary.CV_HAS_COMPETENT_AUTHORITY, iris.subject(authority));
            }
        }
    }

    private void emitClassRow(Element element, Node subject, ClassRow row) {
        row.types().forEach(type -> triple(subject, RDF_TYPE, type));
        row.constants().forEach((property, value) -> triple(subject, property, value));
        row.subjectAsLiteral().forEach(property ->
                triple(subject, property, NodeFactory.createLiteralString(subject.getURI())));
        if (row.businessDomain()) {
            PolicyDomain domain = domainOf(element);
            if (domain != null) {
                RdfMapping.businessDomain(domain.getName())
                        .or(() -> RdfMapping.businessDomain(domain.getId()))
                        .ifPresent(node -> triple(subject, Vocabulary.EIRA_BUSINESS_DOMAIN, node));
            }
        }
        if (row.scheme() != null) {
            Node scheme = iris.mint(catalogue.getId(), row.scheme());
            triple(subject, Vocabulary.SKOS_IN_SCHEME, scheme);
            if (element instanceof DigitalBusinessCapability capability && capability.getBroader() == null) {
                triple(subject, Vocabulary.SKOS_TOP_CONCEPT_OF, scheme);
            }
        }
    }

    private void emitLinks(Element element, Node subject, Link link) {
        for (Object target : values(element, link.reference())) {
            Element other = (Element) target;
            Node node = iris.mint("link", element.getId(), link.name(), other.getId());
            Node otherSubject = iris.subject(other);
            triple(node, Vocabulary.ARCHIMATE_HAS_SOURCE, link.reversed() ? otherSubject : subject);
            triple(node, Vocabulary.ARCHIMATE_HAS_TARGET, link.reversed() ? subject : otherSubject);
            triple(node, Vocabulary.EIRA_APPLICATION, Vocabulary.EIRA_UPSCALE);
        }
    }

    private void emitSchemes() {
        Set<String> schemes = new LinkedHashSet<>();
        RdfMapping.classRows().values().stream().filter(row -> row.scheme() != null).forEach(row -> schemes.add(row.scheme()));
        String title = catalogue.getName() == null ? catalogue.getId() : catalogue.getName();
        for (String scheme : schemes) {
            Node node = iris.mint(catalogue.getId(), scheme);
            triple(node, RDF_TYPE, Vocabulary.SKOS_CONCEPT_SCHEME);
            triple(node, Vocabulary.SKOS_PREF_LABEL, NodeFactory.createLiteralLang(title + ": " + scheme.replace('-', ' '), language));
        }
    }

    private void emitAuthority(Organisation organisation) {
        Node subject = iris.subject(organisation);
        triple(subject, RDF_TYPE, Vocabulary.CV_PUBLIC_ORGANISATION);
        if (organisation.isGeneric()) {
            triple(subject, Vocabulary.DCT_SPATIAL, Vocabulary.EUROPEAN_UNION);
        }
    }

    private Node node(EStructuralFeature feature, Object value, Form form) {
        if (feature instanceof EAttribute attribute) {
            return switch (form) {
                case SAME -> RdfValues.literal(attribute.getEAttributeType(), value);
                case PLAIN -> NodeFactory.createLiteralString(RdfValues.literal(attribute.getEAttributeType(), value)
                        .getLiteralLexicalForm());
                case TEXT -> NodeFactory.createLiteralLang((String) value, language);
                case EIF_LAYER -> RdfMapping.EIF_LAYERS.get((EiraView) value);
                case LANG_STRING -> throw new IllegalStateException(feature.getName() + " is not a reference to language strings");
            };
        }
        if (form == Form.LANG_STRING) {
            LangString text = (LangString) value;
            String label = text.getValue() == null ? "" : text.getValue();
            if (text.getLang() == null || text.getLang().isBlank()) {
                return NodeFactory.createLiteralString(label);
            }
            String owner = text.eContainer() instanceof Element element ? element.getId() : "a label";
            return NodeFactory.createLiteralLang(label, checkedTag(text.getLang().strip(), "the language of a label of " + owner));
        }
        return iris.subject((EObject) value);
    }

    /**
     * A single enumeration attribute always has a value, its first literal by default, which EMF does
     * not count as set; the canonical form states it anyway ({@code egov:sourcing "central"}) so that
     * queries need not know the defaults. Aliases restate only values that were set.
     */
    private static boolean alwaysHasAValue(EStructuralFeature feature) {
        return feature instanceof EAttribute attribute && !attribute.isMany() && attribute.getEAttributeType() instanceof EEnum;
    }

    private static Collection<?> values(EObject object, EStructuralFeature feature) {
        Object value = object.eGet(feature);
        return feature.isMany() ? (Collection<?>) value : value == null ? List.of() : List.of(value);
    }

    private static PolicyDomain domainOf(EObject object) {
        for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof PolicyDomain domain) {
                return domain;
            }
        }
        return null;
    }

    private void triple(Node subject, Node property, Node object) {
        out.triple(Triple.create(subject, property, object));
        count++;
    }
}
