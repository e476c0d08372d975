package org.egovera.io.rdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.egovera.model.Catalogue;
import org.egovera.model.Element;

/**
 * The IRI of every element: its persistent URI where it has one, otherwise {@code <base><id>}. A
 * persistent URI that another element already holds (the real data has such pairs) is not used twice:
 * the later element gets its base IRI, and {@link #displacedUri} keeps the URI it could not take so
 * the export can say {@code skos:exactMatch} and the report can name both. EIRA library blocks claim
 * their PURIs first, since the PURIs are EIRA's. Objects that are not elements (provenance, properties,
 * data gaps) get IRIs under their owner's base IRI, numbered by position.
 */
final class SubjectIris {

    private final String base;
    private final Map<EObject, Node> subjects = new IdentityHashMap<>();
    private final Map<Element, String> displaced = new IdentityHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private SubjectIris(String base) {
        this.base = base;
    }

    /**
     * Allocates the subjects of every element of the catalogue.
     *
     * @throws IllegalArgumentException if {@code base} is not an absolute IRI ending in {@code /}, {@code #} or {@code :}
     */
    static SubjectIris allocate(Catalogue catalogue, String base) {
        checkBase(base);
        SubjectIris iris = new SubjectIris(base);
        List<Element> withUri = new ArrayList<>();
        List<Element> all = new ArrayList<>();
        all.add(catalogue);
        for (Iterator<EObject> contents = catalogue.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Element element) {
                all.add(element);
            }
        }
        for (Element element : all) {
            if (usable(element.getPersistentUri())) {
                withUri.add(element);
            } else {
                if (element.getPersistentUri() != null && !element.getPersistentUri().isBlank()) {
                    iris.notes.add(describe(element) + ": persistent URI '" + element.getPersistentUri()
                            + "' is not an absolute IRI; exported as " + iris.baseIri(element));
                }
                iris.subjects.put(element, NodeFactory.createURI(iris.baseIri(element)));
            }
        }
        withUri.sort((a, b) -> Boolean.compare(!inEiraLibrary(a, catalogue), !inEiraLibrary(b, catalogue)));
        Map<String, Element> holders = new HashMap<>();
        iris.subjects.forEach((object, node) -> holders.put(node.getURI(), (Element) object));
        for (Element element : withUri) {
            String uri = element.getPersistentUri().strip();
            Element holder = holders.get(uri);
            if (holder == null) {
                holders.put(uri, element);
                iris.subjects.put(element, NodeFactory.createURI(uri));
                continue;
            }
            String fallback = iris.baseIri(element);
            if (holders.containsKey(fallback)) {
                throw new IllegalArgumentException(describe(element) + " cannot be given an IRI: both its persistent URI "
                        + uri + " and " + fallback + " are taken");
            }
            holders.put(fallback, element);
            iris.subjects.put(element, NodeFactory.createURI(fallback));
            iris.displaced.put(element, uri);
            iris.notes.add("persistent URI " + uri + " is held by " + describe(holder) + "; " + describe(element)
                    + " is exported as " + fallback + " (skos:exactMatch " + uri + ")");
        }
        return iris;
    }

    /** The checks a base IRI must pass; the message says what is wrong. */
    static void checkBase(String base) {
        if (base == null || base.isBlank()) {
            throw new IllegalArgumentException("the base IRI is empty");
        }
        if (!base.endsWith("/") && !base.endsWith("#") && !base.endsWith(":")) {
            throw new IllegalArgumentException("the base IRI " + base + " must end with '/', '#' or ':'");
        }
        if (!usable(base)) {
            throw new IllegalArgumentException("the base IRI " + base + " is not an absolute IRI");
        }
    }

    String base() {
        return base;
    }

    /** The subject of an element, or of an object contained somewhere below one. */
    Node subject(EObject object) {
        Node node = subjects.get(object);
        if (node != null) {
            return node;
        }
        if (object instanceof Element element) {
            throw new IllegalArgumentException("a reference leads to " + describe(element)
                    + ", which is not part of the catalogue");
        }
        return NodeFactory.createURI(base + pathOf(object));
    }

    /** The persistent URI an element holds but could not be exported under, because another element holds it. */
    Optional<String> displacedUri(Element element) {
        return Optional.ofNullable(displaced.get(element));
    }

    /** What the allocation had to decide: duplicate and unusable persistent URIs. */
    List<String> notes() {
        return notes;
    }

    /** A node under the catalogue's base IRI, for resources no element stands for (concept schemes, links). */
    Node mint(String... segments) {
        StringBuilder iri = new StringBuilder(base);
        for (int i = 0; i < segments.length; i++) {
            iri.append(i == 0 ? "" : "/").append(encode(segments[i]));
        }
        return NodeFactory.createURI(iri.toString());
    }

    private String baseIri(Element element) {
        return base + encode(element.getId());
    }

    private static String pathOf(EObject object) {
        if (object instanceof Element element) {
            return encode(element.getId());
        }
        EObject container = object.eContainer();
        EStructuralFeature feature = object.eContainingFeature();
        if (container == null || feature == null) {
            throw new IllegalStateException("an object outside any element has no IRI: " + object);
        }
        String path = pathOf(container) + "/" + feature.getName();
        if (feature.isMany()) {
            path += "/" + (((List<?>) container.eGet(feature)).indexOf(object) + 1);
        }
        return path;
    }

    private static boolean inEiraLibrary(Element element, Catalogue catalogue) {
        return element.eContainer() == catalogue && catalogue.getEiraLibrary().contains(element);
    }

    private static boolean usable(String iri) {
        if (iri == null || iri.isBlank()) {
            return false;
        }
        try {
            IRIx parsed = IRIx.create(iri.strip());
            return parsed.isReference();
        } catch (IRIException e) {
            return false;
        }
    }

    /** Percent-encodes everything outside RFC 3986's unreserved characters, so any identifier makes an IRI. */
    static String encode(String id) {
        StringBuilder encoded = new StringBuilder(id.length());
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static String describe(Element element) {
        return element.eClass().getName() + " " + element.getId();
    }
}
