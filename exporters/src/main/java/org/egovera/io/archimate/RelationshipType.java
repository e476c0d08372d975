package org.egovera.io.archimate;

import java.util.HashMap;
import java.util.Map;

/** The eleven ArchiMate relationships, with the letter of the specification's tables and the exchange format's name. */
public enum RelationshipType {
    ACCESS('a', "Access"),
    COMPOSITION('c', "Composition"),
    FLOW('f', "Flow"),
    AGGREGATION('g', "Aggregation"),
    ASSIGNMENT('i', "Assignment"),
    INFLUENCE('n', "Influence"),
    ASSOCIATION('o', "Association"),
    REALIZATION('r', "Realization"),
    SPECIALIZATION('s', "Specialization"),
    TRIGGERING('t', "Triggering"),
    SERVING('v', "Serving");

    private static final Map<String, RelationshipType> BY_NAME = new HashMap<>();
    private static final Map<Character, RelationshipType> BY_LETTER = new HashMap<>();

    static {
        for (RelationshipType type : values()) {
            BY_NAME.put(type.exchangeName, type);
            BY_LETTER.put(type.letter, type);
        }
    }

    private final char letter;
    private final String exchangeName;

    RelationshipType(char letter, String exchangeName) {
        this.letter = letter;
        this.exchangeName = exchangeName;
    }

    public char letter() {
        return letter;
    }

    /** The {@code xsi:type} of the exchange format, for example {@code Serving}. */
    public String exchangeName() {
        return exchangeName;
    }

    /** The type an exchange file names, or null. */
    public static RelationshipType ofExchangeName(String name) {
        return BY_NAME.get(name);
    }

    /** The type of a letter of the table, or null. */
    public static RelationshipType ofLetter(char letter) {
        return BY_LETTER.get(letter);
    }
}
