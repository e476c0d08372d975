package org.egovera.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.egovera.model.ArchimateElementType;

/**
 * How diagrams draw ArchiMate: per element type its layer, box and icon ({@code archimate-notation.tsv}
 * with the icons of {@code archimate-icons.svg}), per relationship type its line and end markers
 * ({@code archimate-relationship-notation.tsv}).
 */
final class ArchimateNotation {

    enum Box { RECT, ROUNDED, CUT }

    /** How one element type is drawn; {@code icon} is null for none. */
    record ElementStyle(String layer, Box box, String icon) {
    }

    /** How one relationship type is drawn; markers are null for none. */
    record LineStyle(String line, String sourceMarker, String targetMarker) {
    }

    private static final LineStyle PLAIN = new LineStyle("solid", null, null);
    private static final Map<ArchimateElementType, ElementStyle> ELEMENTS = loadElements();
    private static final Map<String, LineStyle> LINES = loadLines();
    private static final Map<String, String> ICONS = loadIcons();

    private ArchimateNotation() {
    }

    static ElementStyle of(ArchimateElementType type) {
        return ELEMENTS.get(type == null ? ArchimateElementType.UNSPECIFIED : type);
    }

    /** The style of a relationship type; an unknown type is drawn as a plain line. */
    static LineStyle line(String relationshipType) {
        return relationshipType == null ? PLAIN : LINES.getOrDefault(relationshipType, PLAIN);
    }

    /** The markup of an icon's {@code <symbol>}, with {@code id} set to {@code symbolId}. */
    static String iconSymbol(String icon, String symbolId) {
        String symbol = ICONS.get(icon);
        if (symbol == null) {
            throw new IllegalArgumentException("no icon " + icon + " in archimate-icons.svg");
        }
        return symbol.replace("id=\"icon-" + icon + "\"", "id=\"" + symbolId + "\"");
    }

    private static Map<ArchimateElementType, ElementStyle> loadElements() {
        Map<ArchimateElementType, ElementStyle> styles = new EnumMap<>(ArchimateElementType.class);
        for (String[] row : TsvTable.read("archimate-notation.tsv", 4)) {
            ArchimateElementType type = ArchimateElementType.get(row[0]);
            if (type == null) {
                throw new IllegalStateException("archimate-notation.tsv names " + row[0] + ", not an ArchiMate element type");
            }
            styles.put(type, new ElementStyle(row[1], Box.valueOf(row[2].toUpperCase(java.util.Locale.ROOT)),
                    "-".equals(row[3]) ? null : row[3]));
        }
        for (ArchimateElementType type : ArchimateElementType.VALUES) {
            if (!styles.containsKey(type)) {
                throw new IllegalStateException("archimate-notation.tsv has no row for " + type.getLiteral());
            }
        }
        return styles;
    }

    private static Map<String, LineStyle> loadLines() {
        Map<String, LineStyle> styles = new HashMap<>();
        for (String[] row : TsvTable.read("archimate-relationship-notation.tsv", 4)) {
            styles.put(row[0], new LineStyle(row[1], "-".equals(row[2]) ? null : row[2], "-".equals(row[3]) ? null : row[3]));
        }
        return styles;
    }

    private static Map<String, String> loadIcons() {
        try (InputStream in = ArchimateNotation.class.getResourceAsStream("archimate-icons.svg")) {
            if (in == null) {
                throw new IllegalStateException("archimate-icons.svg is missing from the classpath");
            }
            String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> icons = new HashMap<>();
            Matcher matcher = Pattern.compile("<symbol id=\"icon-([a-z-]+)\".*?</symbol>").matcher(svg);
            while (matcher.find()) {
                icons.put(matcher.group(1), matcher.group());
            }
            for (ElementStyle style : ELEMENTS.values()) {
                if (style.icon() != null && !icons.containsKey(style.icon())) {
                    throw new IllegalStateException("archimate-icons.svg has no icon " + style.icon());
                }
            }
            return icons;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
