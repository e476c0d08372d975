package org.egovera.io.archimate;

import java.util.List;
import java.util.stream.Stream;

/**
 * A node of a diagram: an element's figure, a container (a visual group) or a label.
 *
 * @param identifier    its {@code identifier}
 * @param type          {@code Element}, {@code Container} or {@code Label}
 * @param elementRef    the element shown, for an {@code Element} node
 * @param labels        its labels (containers and labels)
 * @param documentation its documentation
 * @param x             left, relative to the diagram (the exchange format uses absolute coordinates)
 * @param y             top
 * @param width         width
 * @param height        height
 * @param style         its style, or null
 * @param viewRefs      views the node links to
 * @param nodes         nested nodes, in document order
 * @param line          the line it starts on (0 when built in memory)
 */
public record ExchangeNode(String identifier, String type, String elementRef, List<LangText> labels,
        List<LangText> documentation, int x, int y, int width, int height, ExchangeStyle style,
        List<String> viewRefs, List<ExchangeNode> nodes, int line) {

    public ExchangeNode {
        labels = List.copyOf(labels);
        documentation = List.copyOf(documentation);
        viewRefs = List.copyOf(viewRefs);
        nodes = List.copyOf(nodes);
    }

    /** This node and every node nested in it, depth first. */
    public Stream<ExchangeNode> selfAndDescendants() {
        return Stream.concat(Stream.of(this), nodes.stream().flatMap(ExchangeNode::selfAndDescendants));
    }
}
