package io.rapport.text;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** E-mail addresses normalised for matching: trimmed, lower case, IDN domain in ASCII. */
public final class Emails {
    private static final Pattern SHAPE = Pattern.compile("^[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\"]+$");

    private Emails() {
    }

    /** The normalised address, or empty if {@code raw} is not an address. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        int lt = s.lastIndexOf('<');
        int gt = s.lastIndexOf('>');
        if (lt >= 0 && gt > lt) {
            s = s.substring(lt + 1, gt).strip();
        }
        if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
            s = s.substring(7);
        }
        if (s.length() > 254 || !SHAPE.matcher(s).matches()) {
            return Optional.empty();
        }
        int at = s.lastIndexOf('@');
        String local = s.substring(0, at).toLowerCase(Locale.ROOT);
        String domain;
        try {
            domain = IDN.toASCII(s.substring(at + 1), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(local + "@" + domain);
    }

    /** True if the text looks like (the start of) an e-mail address. */
    public static boolean looksLikeEmail(String s) {
        return s != null && s.indexOf('@') > 0 && s.indexOf(' ') < 0;
    }
}
