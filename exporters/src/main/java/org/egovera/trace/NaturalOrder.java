package org.egovera.trace;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders ids as people read them: TABB2 before TABB10. */
final class NaturalOrder {

    private static final Pattern PREFIX_NUMBER = Pattern.compile("(.*?)(\\d+)$");

    static final Comparator<String> IDS = NaturalOrder::compare;

    private NaturalOrder() {
    }

    private static int compare(String left, String right) {
        Matcher a = PREFIX_NUMBER.matcher(left);
        Matcher b = PREFIX_NUMBER.matcher(right);
        if (a.matches() && b.matches() && a.group(1).equals(b.group(1)) && a.group(2).length() < 10 && b.group(2).length() < 10) {
            return Long.compare(Long.parseLong(a.group(2)), Long.parseLong(b.group(2)));
        }
        return left.compareTo(right);
    }
}
