package org.egovera.io.bpmn;

import java.util.Locale;

import org.jsoup.Jsoup;

/**
 * Turns a BPMN {@code documentation} element's content, and names, into plain text. Written as loops
 * rather than regular expressions: the reader calls it for every element of large files.
 */
final class DocumentationText {

    private DocumentationText() {
    }

    /**
     * Plain text: HTML (as Signavio, Trisotech and others write it) loses its markup; spaces are collapsed
     * within lines, line breaks kept, at most one blank line kept in a row; blank is null.
     */
    static String of(String content, String textFormat) {
        if (content == null) {
            return null;
        }
        String text = isHtml(textFormat) ? Jsoup.parse(content).text() : content;
        StringBuilder out = new StringBuilder(text.length());
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                newlines++;
                space = false;
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                if (out.length() > 0) {
                    if (newlines > 0) {
                        out.append(newlines > 1 ? "\n\n" : "\n");
                    } else if (space) {
                        out.append(' ');
                    }
                }
                newlines = 0;
                space = false;
                out.append(c);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** Joins two texts as paragraphs, either may be null. */
    static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + "\n\n" + second;
    }

    private static boolean isHtml(String textFormat) {
        return textFormat != null && textFormat.toLowerCase(Locale.ROOT).contains("html");
    }

    /** A name as tools write it (line breaks for the diagram, doubled spaces) on one line; blank is null. */
    static String name(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
