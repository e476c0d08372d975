package org.egovera.io.archimate;

import java.util.List;

/**
 * A text with the language its {@code xml:lang} names (null where the file gives none).
 *
 * @param lang the language tag as written, or null
 * @param text the text, never null
 */
public record LangText(String lang, String text) {

    public LangText {
        text = text == null ? "" : text;
    }

    /** The first text of the list that is not blank, or null. */
    public static String firstText(List<LangText> texts) {
        for (LangText text : texts) {
            if (!text.text().isBlank()) {
                return text.text();
            }
        }
        return null;
    }
}
