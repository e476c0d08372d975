package org.egovera.io.archimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EReference;
import org.egovera.io.archimate.ArchimateTypeMapper.Candidate;
import org.egovera.io.archimate.ArchimateTypeMapper.ReferenceMapping;
import org.egovera.model.Element;
import org.egovera.model.Relationship;
import org.egovera.model.io.InputException;

/**
 * The relationships of an export: one for each reference between exported elements, of the first
 * type the relationship table allows (see {@link ArchimateTypeMapper}), then the catalogue's own
 * relationships.
 */
final class RelationshipExport {

    private final ExportContext context;
    private final List<ExchangeRelationship> relationships = new ArrayList<>();

    RelationshipExport(ExportContext context) {
        this.context = context;
    }

    List<ExchangeRelationship> write(List<Element> elements, List<Relationship> own) {
        for (Element owner : elements) {
            for (ReferenceMapping mapping : ArchimateTypeMapper.referenceMappings(owner.eClass())) {
                for (Object value : values(owner, mapping.reference())) {
                    if (value instanceof Element referenced && context.isExported(referenced)) {
                        reference(owner, mapping, referenced);
                    }
                }
            }
        }
        for (Relationship relationship : own) {
            if (context.isExported(relationship)) {
                own(relationship);
            }
        }
        return relationships;
    }

    private void reference(Element owner, ReferenceMapping mapping, Element referenced) {
        String ownerType = context.typeOf(owner);
        String referencedType = context.typeOf(referenced);
        Candidate candidate = ArchimateTypeMapper.choose(mapping, ownerType, referencedType, context.table);
        if (candidate == null) {
            throw new IllegalStateException("no relationship of the table carries " + mapping.reference().getName()
                    + " from a " + ownerType + " to a " + referencedType);
        }
        String ownerIdentifier = context.ids.of(owner);
        String referencedIdentifier = context.ids.of(referenced);
        String identifier = context.ids.reserve(
                ExchangeIdentifiers.ofReference(ownerIdentifier, mapping.reference(), referencedIdentifier));
        Element source = candidate.reversed() ? referenced : owner;
        Element target = candidate.reversed() ? owner : referenced;
        Map<String, String> attributes = candidate.type() == RelationshipType.ASSOCIATION
                ? Map.of(ArchimateNames.IS_DIRECTED, "true") : Map.of();
        relationships.add(new ExchangeRelationship(identifier, candidate.type().exchangeName(), context.ids.of(source),
                context.ids.of(target), attributes, ExchangeTexts.single(candidate.name(), context.lang), List.of(),
                List.of(), 0));
        context.link(identifier, source, target);
    }

    private void own(Relationship relationship) {
        RelationshipType type = RelationshipType.ofExchangeName(relationship.getType());
        if (type == null) {
            throw new InputException(null, "relationship '" + relationship.getId() + "' has the unknown type '"
                    + relationship.getType() + "'");
        }
        // the schema allows each of these attributes on its own relationship type only
        Map<String, String> attributes = new HashMap<>();
        if (type == RelationshipType.ACCESS && relationship.getAccessType() != null) {
            attributes.put(ArchimateNames.ACCESS_TYPE, relationship.getAccessType());
        }
        if (type == RelationshipType.INFLUENCE && relationship.getInfluenceModifier() != null) {
            attributes.put(ArchimateNames.MODIFIER, relationship.getInfluenceModifier());
        }
        if (type == RelationshipType.ASSOCIATION && relationship.isDirected()) {
            attributes.put(ArchimateNames.IS_DIRECTED, "true");
        }
        String identifier = context.ids.of(relationship);
        relationships.add(new ExchangeRelationship(identifier, type.exchangeName(), context.ids.of(relationship.getSource()),
                context.ids.of(relationship.getTarget()), attributes, ExchangeTexts.names(relationship, context.lang),
                ExchangeTexts.documentation(relationship.getDescription(), context.lang),
                PropertyCodec.write(relationship, identifier, context.lang, context.definitions), 0));
        context.link(identifier, relationship.getSource(), relationship.getTarget());
    }

    private static List<?> values(Element owner, EReference reference) {
        Object value = owner.eGet(reference);
        if (reference.isMany()) {
            return (List<?>) value;
        }
        return value == null ? List.of() : List.of(value);
    }
}
