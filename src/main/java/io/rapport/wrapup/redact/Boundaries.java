package io.rapport.wrapup.redact;

/**
 * Where a sensitive value may begin and end in free text. A value must stand on its own: a digit
 * run glued to letters or to another identifier ({@code ORD-4111…}, {@code ZAM/2025/…},
 * {@code #PL-…}), a phone number after {@code +}, or a part of an amount or date
 * ({@code 1.299,00}) is left alone. Punctuation such as {@code :} or {@code (} is fine, so
 * {@code karta:4111 1111 1111 1111} is still found.
 */
final class Boundaries {
    private Boundaries() {
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean asciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean asciiAlnum(char c) {
        return digit(c) || asciiLetter(c);
    }

    /** Spaces people (and word processors) put between digit groups. */
    static boolean groupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2007' || c == '\u2009' || c == '\u202F';
    }

    /** A single char allowed between digit groups of one number. */
    static boolean groupSeparator(char c) {
        return groupSpace(c) || c == '-';
    }

    /** Chars that join the parts of an order number or other identifier. */
    private static boolean joiner(char c) {
        return c == '/' || c == '-' || c == '_';
    }

    /** True if a value may start at {@code s}. */
    static boolean cleanStart(String t, int s) {
        if (s == 0) {
            return true;
        }
        if (Character.isLetterOrDigit(t.codePointBefore(s))) {
            return false;
        }
        char c = t.charAt(s - 1);
        if (c == '#' || c == '+') {
            return false;
        }
        if (s < 2) {
            return true;
        }
        if (joiner(c)) {
            return !Character.isLetterOrDigit(t.codePointBefore(s - 1));
        }
        if (c == '.' || c == ',') {
            return !digit(t.charAt(s - 2));
        }
        return true;
    }

    /**
     * True if a value may end at {@code e} (exclusive). With {@code cardLike}, a slash, dash, comma
     * or dot followed by digits may follow, because card numbers are written next to their expiry
     * date or CVV ({@code 4111…1111/123}); the digits of other kinds that continue that way are
     * dates, amounts or order numbers.
     */
    static boolean cleanEnd(String t, int e, boolean cardLike) {
        int n = t.length();
        if (e >= n) {
            return true;
        }
        if (Character.isLetterOrDigit(t.codePointAt(e))) {
            return false;
        }
        if (e + 1 >= n) {
            return true;
        }
        char c = t.charAt(e);
        boolean digitNext = digit(t.charAt(e + 1));
        if (joiner(c) || c == '#') {
            if (digitNext) {
                return cardLike && (c == '/' || c == '-');
            }
            return !Character.isLetterOrDigit(t.codePointAt(e + 1));
        }
        if (c == '.' || c == ',') {
            return cardLike || !digitNext;
        }
        return true;
    }
}
