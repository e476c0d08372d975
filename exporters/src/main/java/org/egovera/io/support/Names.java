package org.egovera.io.support;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers for names taken from source data. */
public final class Names {

    private Names() {
    }

    /** Trims and collapses inner whitespace; null stays null. */
    public static String clean(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }

    /**
     * The words of a name joined in upper camel case, accents dropped and punctuation removed:
     * {@code "Tax professionals (agents)"} gives {@code TaxProfessionalsAgents}. Letters after the
     * first of each word keep their case, so {@code eInvoicing} gives {@code EInvoicing}.
     */
    public static String upperCamel(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder camel = new StringBuilder();
        for (String word : plain.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                camel.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return camel.toString();
    }

    /** Lower case letters and digits only: what two spellings of one name have in common. */
    public static String compact(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The part of a URI after its last slash or hash. */
    public static String localName(String uri) {
        int cut = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#'));
        return cut >= 0 ? uri.substring(cut + 1) : uri;
    }
}
