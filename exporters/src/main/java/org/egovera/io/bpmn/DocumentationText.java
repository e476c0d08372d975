package org.egovera.io.bpmn;

import java.util.Locale;

import org.jsoup.Jsoup;

/** Turns a BPMN {@code documentation} element's content into plain text for descriptions. */
final class DocumentationText {

    private DocumentationText() {
    }

    /** Plain text: HTML (as Signavio, Trisotech and others write it) loses its markup; blank is null. */
    static String of(String content, String textFormat) {
        if (content == null) {
            return null;
        }
        String text = isHtml(textFormat) ? Jsoup.parse(content).text() : content;
        text = text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ")
                .replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
        return text.isEmpty() ? null : text;
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
        String name = raw.replaceAll("\\s+", " ").strip();
        return name.isEmpty() ? null : name;
    }
}
