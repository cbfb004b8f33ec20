package io.rapport.wrapup.redact;

/**
 * What stands in for each kind in the redacted text. Cards and accounts keep their last four
 * characters, which agents and customers use to tell one card or account from another.
 */
final class Replacements {
    static final String CVV = "[CVV removed]";
    static final String PESEL = "[PESEL removed]";
    static final String RODNE_CISLO = "[rodné číslo removed]";

    private Replacements() {
    }

    static String card(CharSequence digits) {
        return "[card •••• " + lastFour(digits) + " removed]";
    }

    static String iban(CharSequence compact) {
        return "[IBAN •••• " + lastFour(compact) + " removed]";
    }

    static String account(CharSequence number) {
        return "[account •••• " + lastFour(number) + " removed]";
    }

    private static String lastFour(CharSequence s) {
        return s.subSequence(Math.max(0, s.length() - 4), s.length()).toString();
    }
}
