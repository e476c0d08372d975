package org.egovera.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.egovera.layout.Layout;
import org.egovera.layout.Point;
import org.egovera.layout.PositionedNode;
import org.egovera.layout.RoutedEdge;
import org.egovera.model.ArchimateElementType;
import org.junit.jupiter.api.Test;

class SvgDiagramTest {

    private static final Layout TWO_BOXES = new Layout(
            List.of(new PositionedNode("a", null, 20, 20, 140, 60, List.of()),
                    new PositionedNode("b", null, 20, 140, 140, 60, List.of())),
            List.of(new RoutedEdge("ab", "a", "b", new Point(90, 80), List.of(new Point(90, 110)), new Point(90, 140))),
            180, 220);

    private static String figure() {
        return SvgDiagram.figure("d", "A & B", TWO_BOXES,
                Map.of("a", new SvgDiagram.Node("Service <A>", null, ArchimateElementType.BUSINESS_SERVICE, true),
                        "b", new SvgDiagram.Node("Block B", "../abb/B.html", ArchimateElementType.APPLICATION_COMPONENT, false)),
                Map.of("ab", "Realization"));
    }

    @Test
    void elementsAreBoxesInTheirLayerColourWithTheirIconAndLinkToTheirPage() {
        String svg = figure();
        assertTrue(svg.contains("<a class=\"node\" href=\"../abb/B.html\">"), svg);
        assertTrue(svg.contains("<rect class=\"layer-application\" x=\"20\" y=\"140\" width=\"140\" height=\"60\"/>"), svg);
        assertTrue(svg.contains("<rect class=\"layer-business\" x=\"20\" y=\"20\" width=\"140\" height=\"60\" rx=\"10\"/>"), svg);
        assertTrue(svg.contains("<symbol id=\"d-icon-component\""), svg);
        assertTrue(svg.contains("href=\"#d-icon-component\""), svg);
        assertTrue(svg.contains("<g class=\"node current\">"), "the page's own element is marked and not a link");
    }

    @Test
    void relationshipsFollowTheirRouteWithTheirMarkers() {
        String svg = figure();
        assertTrue(svg.contains("d=\"M90 80 L90 110 L90 140\""), svg);
        assertTrue(svg.contains("class=\"line-dashed\""), svg);
        assertTrue(svg.contains("marker-end=\"url(#d-triangle-open)\""), svg);
        assertTrue(svg.contains("<marker id=\"d-triangle-open\""), svg);
    }

    @Test
    void theFigureIsNamedZoomableAndEscaped() {
        String svg = figure();
        assertTrue(svg.contains("viewBox=\"0 0 180 220\""), svg);
        assertTrue(svg.contains("<title id=\"d-title\">A &amp; B</title>"), svg);
        assertTrue(svg.contains("data-zoom=\"in\""), svg);
        assertTrue(svg.contains("tabindex=\"0\""), "the viewport takes keyboard focus for zooming");
        assertTrue(svg.contains("Service &lt;A&gt;"), svg);
        assertFalse(svg.contains("<A>"), svg);
    }

    @Test
    void longLabelsWrapAtWordsAndEndWithAnEllipsis() {
        assertEquals(List.of("Exchange of tax", "information"), SvgDiagram.wrap("Exchange of tax information", 16, 3));
        assertEquals(List.of("Exchange of", "tax", "information"), SvgDiagram.wrap("Exchange of tax information", 11, 3));
        List<String> cut = SvgDiagram.wrap("one two three four five six seven eight nine ten", 10, 2);
        assertEquals(2, cut.size());
        assertTrue(cut.get(1).endsWith("\u2026"), cut.toString());
    }
}
