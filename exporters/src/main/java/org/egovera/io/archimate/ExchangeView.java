package org.egovera.io.archimate;

import java.util.List;

/**
 * A view (diagram) of the exchange file: its identity, what it shows (the elements and
 * relationships its nodes and connections refer to) and its layout.
 *
 * @param identifier       its {@code identifier}
 * @param type             its {@code xsi:type} ({@code Diagram})
 * @param viewpoint        its {@code viewpoint} attribute, or null
 * @param names            its names
 * @param documentation    its documentation
 * @param properties       its properties
 * @param elementRefs      the elements its nodes show, nested nodes included, in document order
 * @param relationshipRefs the relationships its connections show
 * @param nodes            its top-level nodes, each with its nested nodes
 * @param connections      its connections
 * @param line             the line it starts on (0 when built in memory)
 */
public record ExchangeView(String identifier, String type, String viewpoint, List<LangText> names,
        List<LangText> documentation, List<ExchangeProperty> properties, List<String> elementRefs,
        List<String> relationshipRefs, List<ExchangeNode> nodes, List<ExchangeConnection> connections, int line)
        implements PropertyHolder {

    public ExchangeView {
        names = List.copyOf(names);
        documentation = List.copyOf(documentation);
        properties = List.copyOf(properties);
        elementRefs = List.copyOf(elementRefs);
        relationshipRefs = List.copyOf(relationshipRefs);
        nodes = List.copyOf(nodes);
        connections = List.copyOf(connections);
    }

    public ExchangeView(String identifier, String type, String viewpoint, List<LangText> names,
            List<LangText> documentation, List<ExchangeProperty> properties, List<String> elementRefs,
            List<String> relationshipRefs) {
        this(identifier, type, viewpoint, names, documentation, properties, elementRefs, relationshipRefs, List.of(),
                List.of(), 0);
    }

    /** A diagram with layout; the reference lists are derived from its nodes and connections. */
    public static ExchangeView diagram(String identifier, String viewpoint, List<LangText> names,
            List<LangText> documentation, List<ExchangeProperty> properties, List<ExchangeNode> nodes,
            List<ExchangeConnection> connections, int line) {
        List<String> elementRefs = nodes.stream().flatMap(ExchangeNode::selfAndDescendants)
                .map(ExchangeNode::elementRef).filter(ref -> ref != null).toList();
        List<String> relationshipRefs = connections.stream().map(ExchangeConnection::relationshipRef)
                .filter(ref -> ref != null).toList();
        return new ExchangeView(identifier, "Diagram", viewpoint, names, documentation, properties, elementRefs,
                relationshipRefs, nodes, connections, line);
    }

    public String name() {
        String name = LangText.firstText(names);
        return name == null ? "" : name.strip();
    }
}
