package org.egovera.io.archimate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.egovera.model.ArchimateElementType;
import org.egovera.model.io.InputException;

/**
 * What must hold for an exchange file to be imported at all: identifiers unique across the file,
 * every element and relationship of a known type, and every reference (relationship ends, nodes,
 * connections, folder items, view links) pointing at something the file declares. The first
 * violation is an {@link InputException} with the file and position.
 */
public final class ExchangeIntegrity {

    private final ExchangeModel model;
    private final Path origin;
    private final Map<String, String> kinds = new HashMap<>();

    private ExchangeIntegrity(ExchangeModel model) {
        this.model = model;
        this.origin = model.source();
    }

    public static void check(ExchangeModel model) {
        new ExchangeIntegrity(model).run();
    }

    private void run() {
        declare(model.identifier(), "model", 0, 0);
        for (ExchangeElement element : model.elements()) {
            declare(element.identifier(), "element", element.line(), element.column());
            if (element.type() == null) {
                throw fail(element.line(), element.column(), "element '" + element.identifier() + "' has no xsi:type");
            }
            ArchimateElementType type = ArchimateElementType.get(element.type());
            if (type == null || type == ArchimateElementType.UNSPECIFIED) {
                throw fail(element.line(), element.column(), "element '" + element.identifier()
                        + "' has the unknown type '" + element.type() + "'");
            }
        }
        for (ExchangeRelationship relationship : model.relationships()) {
            declare(relationship.identifier(), "relationship", relationship.line(), relationship.column());
            if (RelationshipType.ofExchangeName(relationship.type()) == null) {
                throw fail(relationship.line(), relationship.column(), "relationship '" + relationship.identifier()
                        + "' has the unknown type '" + relationship.type() + "'");
            }
        }
        for (PropertyDefinition definition : model.propertyDefinitions()) {
            declare(definition.identifier(), "property definition", 0, 0);
        }
        Set<String> viewConcepts = new HashSet<>();
        for (ExchangeView view : model.views()) {
            declare(view.identifier(), "view", view.line(), 0);
            view.nodes().stream().flatMap(ExchangeNode::selfAndDescendants).forEach(node -> {
                declare(node.identifier(), "node", node.line(), 0);
                viewConcepts.add(node.identifier());
            });
            for (ExchangeConnection connection : view.connections()) {
                declare(connection.identifier(), "connection", connection.line(), 0);
                viewConcepts.add(connection.identifier());
            }
        }
        for (ExchangeRelationship relationship : model.relationships()) {
            String at = "relationship '" + relationship.identifier() + "'";
            concept(relationship.source(), at + " has the source", relationship.line(), relationship.column());
            concept(relationship.target(), at + " has the target", relationship.line(), relationship.column());
        }
        for (ExchangeView view : model.views()) {
            view.nodes().stream().flatMap(ExchangeNode::selfAndDescendants).forEach(node -> {
                if (node.elementRef() != null) {
                    expect(node.elementRef(), "element", "node '" + node.identifier() + "' shows", node.line());
                }
                node.viewRefs().forEach(ref -> expect(ref, "view", "node '" + node.identifier() + "' links to", node.line()));
            });
            for (ExchangeConnection connection : view.connections()) {
                String at = "connection '" + connection.identifier() + "'";
                if (connection.relationshipRef() != null) {
                    expect(connection.relationshipRef(), "relationship", at + " shows", connection.line());
                }
                for (String end : new String[] {connection.source(), connection.target()}) {
                    if (end != null && !viewConcepts.contains(end)) {
                        throw fail(connection.line(), 0, at + " joins '" + end + "', which is no node or connection of a view");
                    }
                }
            }
        }
        for (OrganizationItem item : model.organizations()) {
            items(item);
        }
    }

    private void items(OrganizationItem item) {
        if (item.identifierRef() != null && !kinds.containsKey(item.identifierRef())) {
            throw fail(0, 0, "a folder lists '" + item.identifierRef() + "', which the file does not declare");
        }
        if (item.identifier() != null) {
            declare(item.identifier(), "folder", 0, 0);
        }
        item.items().forEach(this::items);
    }

    private void declare(String identifier, String kind, int line, int column) {
        if (identifier == null) {
            return;
        }
        String earlier = kinds.putIfAbsent(identifier, kind);
        if (earlier != null) {
            throw fail(line, column, "duplicate identifier '" + identifier + "' (" + kind + ", already used by a " + earlier + ")");
        }
    }

    /** An end of a relationship: an element or a relationship. */
    private void concept(String identifier, String what, int line, int column) {
        String kind = kinds.get(identifier);
        if (!"element".equals(kind) && !"relationship".equals(kind)) {
            throw fail(line, column, what + " '" + identifier + "', which is no element or relationship of the file");
        }
    }

    private void expect(String identifier, String kind, String what, int line) {
        if (!kind.equals(kinds.get(identifier))) {
            throw fail(line, 0, what + " '" + identifier + "', which is no " + kind + " of the file");
        }
    }

    private InputException fail(int line, int column, String message) {
        return new InputException(origin, line, column, message, null);
    }
}
