package org.egovera.io.archimate;

/**
 * The style of a node or connection. Colours are written {@code r,g,b} or {@code r,g,b,a}
 * (alpha 0-100), the form the catalogue keeps them in.
 *
 * @param fillColor  fill colour, or null
 * @param lineColor  line colour, or null
 * @param lineWidth  line width, or null
 * @param fontName   font name, or null
 * @param fontSize   font size as written (a decimal), or null
 * @param fontStyle  font style ({@code bold italic}...), or null
 * @param fontColor  font colour, or null
 */
public record ExchangeStyle(String fillColor, String lineColor, Integer lineWidth, String fontName, String fontSize,
        String fontStyle, String fontColor) {

    public boolean hasFont() {
        return fontName != null || fontSize != null || fontStyle != null || fontColor != null;
    }
}
