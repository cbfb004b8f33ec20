package io.rapport.wrapup.redact;

/**
 * Issuer prefixes (IIN ranges) and lengths of the card schemes agents meet. Luhn alone passes one
 * random number in ten; asking for a real scheme prefix and length as well keeps order numbers and
 * other long digit runs from being taken for cards.
 */
final class CardBrands {
    private CardBrands() {
    }

    /** True if a Luhn-valid number of this prefix and length could be a payment card. */
    static boolean plausible(CharSequence digits) {
        int len = digits.length();
        if (len < 13 || len > 19 || !Checksums.allDigits(digits)) {
            return false;
        }
        int p1 = prefix(digits, 1);
        int p2 = prefix(digits, 2);
        int p3 = prefix(digits, 3);
        int p4 = prefix(digits, 4);
        if (p1 == 4) {
            return len == 13 || len == 16 || len == 19; // Visa
        }
        if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
            return len == 16; // Mastercard
        }
        if (p2 == 34 || p2 == 37) {
            return len == 15; // American Express
        }
        if (len >= 16 && (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65)) {
            return true; // Discover
        }
        if (len >= 16 && (p2 == 62 || (p4 >= 3528 && p4 <= 3589))) {
            return true; // UnionPay, JCB
        }
        if (p2 == 36 && len == 14) {
            return true; // Diners Club International
        }
        if (((p3 >= 300 && p3 <= 305) || p2 == 38 || p2 == 39) && len >= 14 && len <= 16) {
            return true; // Diners Club
        }
        // Maestro is 12-19 digits; 12 is left out because too many plain numbers have 12 digits.
        return p2 == 50 || (p2 >= 56 && p2 <= 69);
    }

    private static int prefix(CharSequence digits, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            v = v * 10 + (digits.charAt(i) - '0');
        }
        return v;
    }
}
