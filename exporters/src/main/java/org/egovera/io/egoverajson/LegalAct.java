package org.egovera.io.egoverajson;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EU legal act identified by its kind, year and number, with the two identifiers the Publications
 * Office gives it: the ELI ({@code http://data.europa.eu/eli/dir/2016/1164/oj}) and the CELEX number
 * ({@code 32016L1164}). Acts are recognised in the names eGovERA gives its legal building blocks
 * ("Directive (EU) 2016/1164 ...", "Council Regulation (EEC) No 2913/92 ...") and in ELI URIs.
 *
 * @param kind   directive, regulation, decision or recommendation
 * @param form   plain, implementing or delegated
 * @param year   the four-digit year
 * @param number the act's number within its year
 */
public record LegalAct(Kind kind, Form form, int year, int number) {

    /** The kinds of act, with their ELI type and CELEX descriptor letter. */
    public enum Kind {
        DIRECTIVE("dir", 'L'), REGULATION("reg", 'R'), DECISION("dec", 'D'), RECOMMENDATION("reco", 'H');

        private final String eliType;
        private final char celexLetter;

        Kind(String eliType, char celexLetter) {
            this.eliType = eliType;
            this.celexLetter = celexLetter;
        }
    }

    /** Implementing and delegated acts have their own ELI types ({@code reg_impl}, {@code reg_del}). */
    public enum Form {
        PLAIN(""), IMPLEMENTING("_impl"), DELEGATED("_del");

        private final String eliSuffix;

        Form(String eliSuffix) {
            this.eliSuffix = eliSuffix;
        }
    }

    private static final String ELI_BASE = "http://data.europa.eu/eli/";

    /**
     * An act named at the start of a text: an optional author (Council, Commission), an optional
     * form, the kind, an optional legal basis in brackets, an optional "No", then the numbers, with
     * the old suffix of directives and decisions ({@code /EU}, {@code /EC}, {@code /EEC}) where given.
     */
    private static final Pattern NAMED_ACT = Pattern.compile(
            "^(?:(?:Council|Commission)\\s+)?(?:(Implementing|Delegated)\\s+)?(Directive|Regulation|Decision|Recommendation)"
                    + "\\s*(?:\\((?:EU|EC|EEC|Euratom|EU,\\s*Euratom)\\)\\s*)?(No\\.?\\s*)?(\\d{1,4})/(\\d{1,4})(/(?:EU|EC|EEC|Euratom))?\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ELI_URI = Pattern.compile(
            "^https?://(?:data\\.europa\\.eu|eur-lex\\.europa\\.eu)/eli/(dir|reg|dec|reco)(?:_(impl|del))?/(\\d{4})/(\\d+)(?:/.*)?$");

    /** The act a name identifies, or null if it does not start by naming one. */
    public static LegalAct fromName(String name) {
        if (name == null) {
            return null;
        }
        Matcher matcher = NAMED_ACT.matcher(name.strip());
        if (!matcher.find()) {
            return null;
        }
        Form form = matcher.group(1) == null ? Form.PLAIN : Form.valueOf(matcher.group(1).toUpperCase(Locale.ROOT));
        Kind kind = Kind.valueOf(matcher.group(2).toUpperCase(Locale.ROOT));
        boolean numberFirst = matcher.group(3) != null;
        String first = matcher.group(4);
        String second = matcher.group(5);
        boolean oldSuffix = matcher.group(6) != null;
        int year;
        int number;
        if (oldSuffix) {
            // 2011/16/EU, 86/560/EEC: year first.
            year = fullYear(first);
            number = Integer.parseInt(second);
        } else if (!numberFirst && first.length() == 4 && isYear(first)) {
            // Acts since 2015 are numbered year first: (EU) 2016/1164.
            year = Integer.parseInt(first);
            number = Integer.parseInt(second);
        } else if (isYear(second) || second.length() == 2) {
            // Older regulations: No 904/2010, No 2913/92.
            year = fullYear(second);
            number = Integer.parseInt(first);
        } else {
            return null;
        }
        return new LegalAct(kind, form, year, number);
    }

    /** The act an ELI URI identifies, or null if the URI is no ELI of an act of these kinds. */
    public static LegalAct fromEli(String uri) {
        if (uri == null) {
            return null;
        }
        Matcher matcher = ELI_URI.matcher(uri.strip());
        if (!matcher.matches()) {
            return null;
        }
        Kind kind = switch (matcher.group(1)) {
            case "dir" -> Kind.DIRECTIVE;
            case "reg" -> Kind.REGULATION;
            case "dec" -> Kind.DECISION;
            default -> Kind.RECOMMENDATION;
        };
        Form form = matcher.group(2) == null ? Form.PLAIN : "impl".equals(matcher.group(2)) ? Form.IMPLEMENTING : Form.DELEGATED;
        return new LegalAct(kind, form, Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)));
    }

    /** The ELI of the act as published in the Official Journal. */
    public String eli() {
        return ELI_BASE + kind.eliType + form.eliSuffix + "/" + year + "/" + number + "/oj";
    }

    /** The CELEX number: sector 3 (legislation), year, descriptor letter, number on four digits. */
    public String celex() {
        return "3" + year + kind.celexLetter + String.format(Locale.ROOT, "%04d", number);
    }

    private static boolean isYear(String digits) {
        if (digits.length() != 4) {
            return false;
        }
        int value = Integer.parseInt(digits);
        return value >= 1952 && value <= 2099;
    }

    /** Two-digit years belong to acts before 1999, when the EU moved to four digits. */
    private static int fullYear(String digits) {
        int value = Integer.parseInt(digits);
        return digits.length() <= 2 ? 1900 + value : value;
    }
}
