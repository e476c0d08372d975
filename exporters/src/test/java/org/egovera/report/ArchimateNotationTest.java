package org.egovera.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.egovera.model.ArchimateElementType;
import org.junit.jupiter.api.Test;

class ArchimateNotationTest {

    @Test
    void everyElementTypeHasALayerAndABox() {
        for (ArchimateElementType type : ArchimateElementType.VALUES) {
            ArchimateNotation.ElementStyle style = ArchimateNotation.of(type);
            assertNotNull(style, type.getLiteral());
            assertTrue(style.layer().matches("strategy|business|application|technology|physical|motivation|implementation|other"),
                    type.getLiteral() + ": " + style.layer());
        }
    }

    @Test
    void layersBoxesAndIconsFollowTheNotation() {
        assertEquals(new ArchimateNotation.ElementStyle("business", ArchimateNotation.Box.RECT, "actor"),
                ArchimateNotation.of(ArchimateElementType.BUSINESS_ACTOR));
        assertEquals(new ArchimateNotation.ElementStyle("application", ArchimateNotation.Box.ROUNDED, "service"),
                ArchimateNotation.of(ArchimateElementType.APPLICATION_SERVICE));
        assertEquals(new ArchimateNotation.ElementStyle("strategy", ArchimateNotation.Box.ROUNDED, "capability"),
                ArchimateNotation.of(ArchimateElementType.CAPABILITY));
        assertEquals(ArchimateNotation.Box.CUT, ArchimateNotation.of(ArchimateElementType.REQUIREMENT).box());
        assertEquals("technology", ArchimateNotation.of(ArchimateElementType.NODE).layer());
        assertEquals("other", ArchimateNotation.of(null).layer());
    }

    @Test
    void relationshipsHaveTheirLinesAndMarkers() {
        assertEquals(new ArchimateNotation.LineStyle("dashed", null, "triangle-open"), ArchimateNotation.line("Realization"));
        assertEquals(new ArchimateNotation.LineStyle("solid", "diamond-filled", null), ArchimateNotation.line("Composition"));
        assertEquals(new ArchimateNotation.LineStyle("solid", null, "arrow-open"), ArchimateNotation.line("Serving"));
        ArchimateNotation.LineStyle unknown = ArchimateNotation.line("NoSuchRelationship");
        assertNull(unknown.targetMarker());
    }

    @Test
    void iconSymbolsGetTheIdTheDiagramAsksFor() {
        String symbol = ArchimateNotation.iconSymbol("actor", "d1-icon-actor");
        assertTrue(symbol.startsWith("<symbol id=\"d1-icon-actor\" viewBox=\"0 0 16 16\">"), symbol);
        assertTrue(symbol.endsWith("</symbol>"), symbol);
    }
}
