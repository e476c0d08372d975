package org.egovera.io.support;

import java.util.Comparator;

/** Orders texts so that embedded numbers compare by value: {@code TABB9} before {@code TABB10}. */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            char a = left.charAt(i);
            char b = right.charAt(j);
            if (isDigit(a) && isDigit(b)) {
                int endA = digitsEnd(left, i);
                int endB = digitsEnd(right, j);
                int byValue = compareDigits(left.substring(i, endA), right.substring(j, endB));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (a != b) {
                    return Character.compare(a, b);
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(left.length() - i, right.length() - j);
        return byLength != 0 ? byLength : left.compareTo(right);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Compares digit runs by value without overflow; on equal value the shorter (fewer zeros) first. */
    private static int compareDigits(String a, String b) {
        String trimmedA = a.replaceFirst("^0+(?=.)", "");
        String trimmedB = b.replaceFirst("^0+(?=.)", "");
        if (trimmedA.length() != trimmedB.length()) {
            return Integer.compare(trimmedA.length(), trimmedB.length());
        }
        int byDigits = trimmedA.compareTo(trimmedB);
        return byDigits != 0 ? byDigits : Integer.compare(a.length(), b.length());
    }
}
