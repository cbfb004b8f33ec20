package io.rapport.wrapup.redact;

/** Czech domestic account numbers, {@code [prefix-]number/bank}, as the ČNB decree defines them. */
final class CzechAccounts {
    /**
     * Without a prefix, numbers shorter than this are left alone: {@code 123/2025} is far more
     * often an invoice than an account, and the mod 11 check passes one such number in eleven.
     */
    private static final int MIN_DIGITS_WITHOUT_PREFIX = 6;

    private CzechAccounts() {
    }

    /** The number part: 2-10 digits, at least two of them non-zero, mod 11 weights. */
    static boolean number(String d) {
        if (d.length() < 2 || d.length() > 10) {
            return false;
        }
        int nonZero = 0;
        for (int i = 0; i < d.length(); i++) {
            if (d.charAt(i) != '0') {
                nonZero++;
            }
        }
        return nonZero >= 2 && Checksums.czechAccountPart(d);
    }

    /**
     * A number written without a prefix must also be long enough, and a six-digit one must not
     * read as a birth date, because {@code YYMMDD/XXXX} is how a rodné číslo is written.
     */
    static boolean numberWithoutPrefix(String d) {
        if (d.length() < MIN_DIGITS_WITHOUT_PREFIX) {
            return false;
        }
        return d.length() != 6 || !(Checksums.rodneCisloDate(d, true) || Checksums.rodneCisloDate(d, false));
    }

    /** The prefix: 1-6 digits, same weights. */
    static boolean prefix(String d) {
        return d.length() >= 1 && d.length() <= 6 && Checksums.czechAccountPart(d);
    }
}
