package org.egovera.report;

/** Readable words for the names of features the page table does not name. */
final class Headings {

    private Headings() {
    }

    /** {@code supportingBuildingBlocks} becomes {@code Supporting building blocks}. */
    static String humanise(String camelCase) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            if (i == 0) {
                words.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }

    /** How a value of an enumeration or a flag reads on a page. */
    static String valueText(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
            return literal.getLiteral();
        }
        return String.valueOf(value);
    }
}
