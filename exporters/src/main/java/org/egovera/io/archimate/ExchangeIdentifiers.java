package org.egovera.io.archimate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.egovera.model.Element;

/**
 * Identifiers of an exchange file. The format wants {@code xs:ID}s (NCNames, unique in the file);
 * catalogue ids may contain other characters, so an id becomes {@code id-<id>} with anything but
 * letters, digits, '.', '-' and '_' replaced, and the original travels in {@code egovera:id}
 * whenever the two differ. Ids that already are such identifiers (those of imported models) are
 * kept as they are. Collisions get a numbered suffix, so every identifier is unique.
 */
final class ExchangeIdentifiers {

    static final String PREFIX = "id-";

    private final Map<Element, String> byElement = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private int anonymous;

    /** The identifier of an element, the same on every call. */
    String of(Element element) {
        String identifier = byElement.get(element);
        if (identifier == null) {
            String id = element.getId();
            identifier = reserve(id == null || id.isEmpty() ? PREFIX + "element-" + ++anonymous : fromId(id));
            byElement.put(element, identifier);
        }
        return identifier;
    }

    /** The identifier already given to an element, or null if it has none. */
    String existing(Element element) {
        return byElement.get(element);
    }

    /** {@code candidate}, or a numbered variant of it if it is taken; the result is taken from now on. */
    String reserve(String candidate) {
        String identifier = candidate;
        for (int suffix = 2; !used.add(identifier); suffix++) {
            identifier = candidate + "-" + suffix;
        }
        return identifier;
    }

    /** The identifier an id maps to before collisions are resolved. */
    static String fromId(String id) {
        if (id.startsWith(PREFIX) && isNcName(id)) {
            return id;
        }
        return PREFIX + sanitize(id);
    }

    /**
     * The identifier of the relationship that carries a reference: readable, and recomputable on
     * import, which is how the importer knows the relationship says nothing beyond the reference.
     */
    static String ofReference(String ownerIdentifier, EReference reference, String referencedIdentifier) {
        return ownerIdentifier + "." + reference.getName() + "." + strip(referencedIdentifier);
    }

    /** Letters, digits, '.', '-' and '_' stay; every other character becomes '_'. */
    static String sanitize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isAsciiNameChar(c) ? c : '_');
        }
        return out.toString();
    }

    /** Whether a text is an NCName made of ASCII name characters (what other tools accept without trouble). */
    static boolean isNcName(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (!(Character.isLetter(first) && first < 128) && first != '_') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!isAsciiNameChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    }

    private static String strip(String identifier) {
        return identifier.startsWith(PREFIX) ? identifier.substring(PREFIX.length()) : identifier;
    }
}
