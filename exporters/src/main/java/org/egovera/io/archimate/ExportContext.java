package org.egovera.io.archimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.egovera.model.Catalogue;
import org.egovera.model.Element;

/**
 * What the parts of one export share: the identifiers and property definitions handed out so
 * far, the language, the elements being exported and the relationships written between them.
 */
final class ExportContext {

    /** A relationship written to the file, by the catalogue elements at its ends. */
    record Link(String identifier, Element source, Element target) {
    }

    final Catalogue catalogue;
    final String lang;
    final ExchangeIdentifiers ids = new ExchangeIdentifiers();
    final PropertyDefinitions definitions = new PropertyDefinitions();
    final RelationshipTable table = RelationshipTable.standard();
    private final Set<Element> exported = new LinkedHashSet<>();
    private final Map<Element, List<Link>> linksBySource = new HashMap<>();

    ExportContext(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.lang = catalogue.getLanguage() == null || catalogue.getLanguage().isBlank() ? "en" : catalogue.getLanguage();
    }

    void export(Element element) {
        exported.add(element);
    }

    void unexport(Element element) {
        exported.remove(element);
    }

    boolean isExported(Element element) {
        return element != null && exported.contains(element);
    }

    void link(String identifier, Element source, Element target) {
        linksBySource.computeIfAbsent(source, key -> new ArrayList<>()).add(new Link(identifier, source, target));
    }

    /** The relationships written from {@code source}. */
    List<Link> linksFrom(Element source) {
        return linksBySource.getOrDefault(source, List.of());
    }

    /** The ArchiMate type an element is written with. */
    String typeOf(Element element) {
        if (element instanceof org.egovera.model.Relationship) {
            return RelationshipTable.RELATIONSHIP_CONCEPT;
        }
        return ArchimateTypeMapper.typeOf(element).getLiteral();
    }
}
