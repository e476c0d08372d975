package org.egovera.io.archimate;

import java.util.List;

/**
 * A connection of a diagram: a relationship's line or a plain line.
 *
 * @param identifier       its {@code identifier}
 * @param type             {@code Relationship} or {@code Line}
 * @param relationshipRef  the relationship shown, for a {@code Relationship} connection
 * @param source           the identifier of the node or connection it starts at
 * @param target           the identifier of the node or connection it ends at
 * @param labels           its labels
 * @param documentation    its documentation
 * @param style            its style, or null
 * @param sourceAttachment where it leaves the source, or null
 * @param bendpoints       its bendpoints in order
 * @param targetAttachment where it reaches the target, or null
 * @param line             the line it starts on (0 when built in memory)
 */
public record ExchangeConnection(String identifier, String type, String relationshipRef, String source, String target,
        List<LangText> labels, List<LangText> documentation, ExchangeStyle style, ExchangePoint sourceAttachment,
        List<ExchangePoint> bendpoints, ExchangePoint targetAttachment, int line) {

    public ExchangeConnection {
        labels = List.copyOf(labels);
        documentation = List.copyOf(documentation);
        bendpoints = List.copyOf(bendpoints);
    }
}
