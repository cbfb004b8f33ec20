package io.rapport.text;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers in any common written form ({@code +48 601 234 567}, {@code 0048601234567},
 * {@code 601-234-567} in the agent's region) normalised to E.164 with libphonenumber.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    public PhoneNumbers(String defaultRegion) {
        this.defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? "PL" : defaultRegion.toUpperCase();
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    /** A parsed, normalised number: E.164 and the national significant number (digits). */
    public record Normalised(String e164, String national, String international) {
    }

    /**
     * Parses {@code raw}. Returns empty for text that is not a possible phone number in
     * {@code defaultRegion} (or any region when it starts with + or 00).
     */
    public Optional<Normalised> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 40 || !looksLikePhone(s)) {
            return Optional.empty();
        }
        if (s.startsWith("00")) {
            s = "+" + s.substring(2);
        }
        try {
            PhoneNumber n = UTIL.parse(s, defaultRegion);
            if (!UTIL.isPossibleNumber(n)) {
                return Optional.empty();
            }
            String e164 = UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
            String national = UTIL.getNationalSignificantNumber(n);
            String intl = UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
            return Optional.of(new Normalised(e164, national, intl));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** True if the number is valid (assigned ranges), not only possible by length. */
    public boolean isValid(String raw) {
        try {
            String s = raw.strip();
            if (s.startsWith("00")) {
                s = "+" + s.substring(2);
            }
            return UTIL.isValidNumber(UTIL.parse(s, defaultRegion));
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** Digits, spaces and the usual separators only, with at least one digit. */
    public static boolean looksLikePhone(String s) {
        int digits = 0;
        boolean plus = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '+' && digits == 0 && !plus) {
                plus = true;
            } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '/' && c != '\u00A0') {
                return false;
            }
        }
        return digits > 0;
    }

    /** Only the digits of {@code s}. */
    public static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A readable international form of an E.164 number. */
    public static String pretty(String e164) {
        try {
            return UTIL.format(UTIL.parse(e164, "ZZ"), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
