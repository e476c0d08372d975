package org.egovera.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.egovera.layout.Layout;
import org.egovera.layout.Point;
import org.egovera.layout.PositionedNode;
import org.egovera.layout.RoutedEdge;
import org.egovera.model.ArchimateElementType;

/**
 * Draws a laid-out diagram as inline SVG in ArchiMate notation: boxes coloured by layer with the type's
 * icon, relationships with their line and end markers, every element a link to its page. The markup is
 * wrapped in a figure with zoom buttons; the script makes it zoomable by buttons, keys and mouse.
 */
final class SvgDiagram {

    /** An element drawn as a box: its label, the page it links to (or null), its type, whether it is the page's own. */
    record Node(String label, String href, ArchimateElementType type, boolean current) {
    }

    private static final int FONT = 11;
    private static final double CHAR_WIDTH = 6.2;
    private static final int LINE_HEIGHT = 13;
    private static final int ICON = 14;
    private static final List<String> MARKERS = List.of("arrow-open", "arrow-filled", "arrow-small", "triangle-open",
            "diamond-open", "diamond-filled", "dot");

    private SvgDiagram() {
    }

    /**
     * The figure for a layout.
     *
     * @param key      distinguishes this diagram's ids from those of other diagrams on the page
     * @param caption  says what the diagram shows (also its accessible name)
     * @param nodes    the elements, by layout node id; layout nodes missing here are drawn as plain groups
     * @param edgeTypes the ArchiMate relationship type of each edge, by layout edge id
     */
    static String figure(String key, String caption, Layout layout, Map<String, Node> nodes,
            Map<String, String> edgeTypes) {
        StringBuilder svg = new StringBuilder(4096);
        String titleId = key + "-title";
        svg.append("<figure class=\"diagram\" aria-labelledby=\"").append(titleId).append("\">")
                .append("<div class=\"diagram-tools\" role=\"toolbar\" aria-label=\"Diagram zoom\">")
                .append("<button type=\"button\" data-zoom=\"in\" aria-label=\"Zoom in\">+</button>")
                .append("<button type=\"button\" data-zoom=\"out\" aria-label=\"Zoom out\">&#8722;</button>")
                .append("<button type=\"button\" data-zoom=\"fit\">Fit</button></div>")
                .append("<div class=\"diagram-viewport\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .append(escape(caption)).append(": plus and minus zoom, arrow keys move, 0 fits\">");
        int width = Math.max(1, layout.width());
        int height = Math.max(1, layout.height());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"group\" aria-labelledby=\"").append(titleId).append("\">")
                .append("<title id=\"").append(titleId).append("\">").append(escape(caption)).append("</title>");
        defs(svg, key, layout, nodes, edgeTypes);
        svg.append("<g class=\"nodes\">");
        for (PositionedNode node : layout.nodes()) {
            node(svg, key, node, nodes);
        }
        svg.append("</g><g class=\"edges\">");
        for (RoutedEdge edge : layout.edges()) {
            edge(svg, key, edge, layout, edgeTypes.get(edge.id()));
        }
        svg.append("</g></svg></div><figcaption>").append(escape(caption)).append("</figcaption></figure>");
        return svg.toString();
    }

    private static void defs(StringBuilder svg, String key, Layout layout, Map<String, Node> nodes,
            Map<String, String> edgeTypes) {
        Set<String> icons = new LinkedHashSet<>();
        layout.nodes().stream().flatMap(PositionedNode::selfAndDescendants).forEach(positioned -> {
            Node node = nodes.get(positioned.id());
            if (node != null && ArchimateNotation.of(node.type()).icon() != null) {
                icons.add(ArchimateNotation.of(node.type()).icon());
            }
        });
        svg.append("<defs>");
        for (String icon : icons) {
            svg.append(ArchimateNotation.iconSymbol(icon, key + "-icon-" + icon));
        }
        Set<String> markers = new LinkedHashSet<>();
        for (RoutedEdge edge : layout.edges()) {
            ArchimateNotation.LineStyle style = ArchimateNotation.line(edgeTypes.get(edge.id()));
            if (style.sourceMarker() != null) {
                markers.add(style.sourceMarker());
            }
            if (style.targetMarker() != null) {
                markers.add(style.targetMarker());
            }
        }
        for (String marker : markers) {
            svg.append(marker(key, marker));
        }
        svg.append("</defs>");
    }

    private static String marker(String key, String name) {
        String shape = switch (name) {
            case "arrow-open" -> "<path d=\"M0 0L10 5L0 10\" fill=\"none\" stroke=\"#333\"/>";
            case "arrow-filled" -> "<path d=\"M0 0L10 5L0 10z\" fill=\"#333\"/>";
            case "arrow-small" -> "<path d=\"M2 2L8 5L2 8\" fill=\"none\" stroke=\"#333\"/>";
            case "triangle-open" -> "<path d=\"M0 0L10 5L0 10z\" fill=\"#fff\" stroke=\"#333\"/>";
            case "diamond-open" -> "<path d=\"M0 5L5 1L10 5L5 9z\" fill=\"#fff\" stroke=\"#333\"/>";
            case "diamond-filled" -> "<path d=\"M0 5L5 1L10 5L5 9z\" fill=\"#333\"/>";
            case "dot" -> "<circle cx=\"5\" cy=\"5\" r=\"3\" fill=\"#333\"/>";
            default -> throw new IllegalStateException("unknown marker " + name + " in archimate-relationship-notation.tsv");
        };
        boolean atSource = name.startsWith("diamond") || name.equals("dot");
        return "<marker id=\"" + key + "-" + name + "\" viewBox=\"0 0 10 10\" markerWidth=\"10\" markerHeight=\"10\""
                + " refX=\"" + (atSource ? 0 : 10) + "\" refY=\"5\" orient=\"auto-start-reverse\""
                + " markerUnits=\"userSpaceOnUse\">" + shape + "</marker>";
    }

    private static void node(StringBuilder svg, String key, PositionedNode positioned, Map<String, Node> nodes) {
        Node node = nodes.get(positioned.id());
        if (node == null) {
            group(svg, key, positioned, nodes);
            return;
        }
        ArchimateNotation.ElementStyle style = ArchimateNotation.of(node.type());
        String classes = "node" + (node.current() ? " current" : "");
        if (node.href() != null) {
            svg.append("<a class=\"").append(classes).append("\" href=\"").append(escape(node.href())).append("\">");
        } else {
            svg.append("<g class=\"").append(classes).append("\">");
        }
        svg.append("<title>").append(escape(node.label())).append(" (")
                .append(escape(node.type() == null ? "element" : node.type().getLiteral())).append(")</title>");
        shape(svg, style, positioned);
        if (style.icon() != null) {
            svg.append("<use class=\"icon\" href=\"#").append(key).append("-icon-").append(style.icon())
                    .append("\" x=\"").append(positioned.x() + positioned.width() - ICON - 4).append("\" y=\"")
                    .append(positioned.y() + 4).append("\" width=\"").append(ICON).append("\" height=\"").append(ICON)
                    .append("\"/>");
        }
        label(svg, node.label(), positioned);
        svg.append(node.href() != null ? "</a>" : "</g>");
    }

    private static void group(StringBuilder svg, String key, PositionedNode group, Map<String, Node> nodes) {
        svg.append("<g class=\"group\"><rect class=\"group-box\" x=\"").append(group.x()).append("\" y=\"")
                .append(group.y()).append("\" width=\"").append(group.width()).append("\" height=\"")
                .append(group.height()).append("\"/>");
        if (group.label() != null) {
            svg.append("<text class=\"group-label\" x=\"").append(group.x() + 8).append("\" y=\"").append(group.y() + 16)
                    .append("\">").append(escape(group.label())).append("</text>");
        }
        for (PositionedNode child : group.children()) {
            node(svg, key, child, nodes);
        }
        svg.append("</g>");
    }

    private static void shape(StringBuilder svg, ArchimateNotation.ElementStyle style, PositionedNode box) {
        String layer = "layer-" + style.layer();
        int x = box.x();
        int y = box.y();
        int w = box.width();
        int h = box.height();
        if (style.box() == ArchimateNotation.Box.CUT) {
            int c = Math.min(8, Math.min(w, h) / 4);
            svg.append("<path class=\"shape ").append(layer).append("\" d=\"M").append(x + c).append(' ').append(y)
                    .append("H").append(x + w - c).append("L").append(x + w).append(' ').append(y + c)
                    .append("V").append(y + h - c).append("L").append(x + w - c).append(' ').append(y + h)
                    .append("H").append(x + c).append("L").append(x).append(' ').append(y + h - c)
                    .append("V").append(y + c).append("Z\"/>");
            return;
        }
        svg.append("<rect class=\"").append(layer).append("\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" width=\"").append(w).append("\" height=\"").append(h).append('"');
        if (style.box() == ArchimateNotation.Box.ROUNDED) {
            svg.append(" rx=\"10\"");
        }
        svg.append("/>");
    }

    /** The label centred in the box, wrapped at word boundaries, cut with an ellipsis where it does not fit. */
    private static void label(StringBuilder svg, String text, PositionedNode box) {
        int perLine = Math.max(4, (int) ((box.width() - 2 * ICON) / CHAR_WIDTH));
        int maxLines = Math.max(1, (box.height() - 8) / LINE_HEIGHT);
        List<String> lines = wrap(text == null ? "" : text, perLine, maxLines);
        int centreX = box.x() + box.width() / 2;
        int firstY = box.y() + box.height() / 2 - (lines.size() - 1) * LINE_HEIGHT / 2 + FONT / 3;
        svg.append("<text x=\"").append(centreX).append("\" y=\"").append(firstY).append("\" text-anchor=\"middle\">");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(centreX).append("\" dy=\"").append(i == 0 ? 0 : LINE_HEIGHT).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
    }

    static List<String> wrap(String text, int perLine, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == maxLines) {
                    String last = lines.remove(lines.size() - 1);
                    lines.add(ellipsis(last, perLine));
                    return lines;
                }
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.length() > perLine ? ellipsis(line.substring(0, perLine), perLine) : line.toString());
        return lines;
    }

    private static String ellipsis(String line, int perLine) {
        String cut = line.length() >= perLine ? line.substring(0, Math.max(1, perLine - 1)) : line;
        return cut.stripTrailing() + "\u2026";
    }

    private static void edge(StringBuilder svg, String key, RoutedEdge edge, Layout layout, String type) {
        ArchimateNotation.LineStyle style = ArchimateNotation.line(type);
        List<Point> points = new ArrayList<>();
        if (edge.start() != null && edge.end() != null) {
            points.add(edge.start());
            points.addAll(edge.bendpoints());
            points.add(edge.end());
        } else {
            Map<String, PositionedNode> byId = layout.nodesById();
            PositionedNode source = byId.get(edge.source());
            PositionedNode target = byId.get(edge.target());
            if (source == null || target == null) {
                return;
            }
            points.add(source.center());
            points.add(target.center());
        }
        svg.append("<g class=\"edge\"><path class=\"line-").append(style.line()).append("\" d=\"");
        for (int i = 0; i < points.size(); i++) {
            svg.append(i == 0 ? "M" : " L").append(points.get(i).x()).append(' ').append(points.get(i).y());
        }
        svg.append('"');
        if (style.sourceMarker() != null) {
            svg.append(" marker-start=\"url(#").append(key).append('-').append(style.sourceMarker()).append(")\"");
        }
        if (style.targetMarker() != null) {
            svg.append(" marker-end=\"url(#").append(key).append('-').append(style.targetMarker()).append(")\"");
        }
        svg.append("/>");
        if (type != null) {
            svg.append("<title>").append(escape(type)).append("</title>");
        }
        svg.append("</g>");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
