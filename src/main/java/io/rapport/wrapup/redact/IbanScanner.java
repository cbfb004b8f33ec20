package io.rapport.wrapup.redact;

import java.util.Arrays;
import java.util.List;

/**
 * Proposes IBANs: two letters, two check digits and the BBAN, either in one block
 * ({@code PL61109010140000071219812874}) or in groups of four with single spaces
 * ({@code PL61 1090 1014 …}, also {@code PL 61 1090 …}), in any case. Holding to groups of four
 * keeps the reading from running on into the words after the IBAN.
 *
 * <p>A registered country must have its exact length. A code missing from the registry is taken
 * with any length from 15 to 34, but only in capitals and with the check digits attached, since
 * "na 00420…" is a word followed by a number; a space after the country also needs capitals. An
 * IBAN-shaped string that fails mod 97 becomes a blocker, so a mistyped IBAN is not mined for
 * cards or PESELs, but only with the check digits attached ({@code PL61 …}): "DO 61 1090 …" is
 * Polish for "to" before an NRB, which must not be blocked.
 */
final class IbanScanner {
    private static final int GROUP = 4;

    private final String t;
    private final int n;
    private final List<Candidate> out;
    private final char[] buf = new char[IbanCountries.MAX_LENGTH];
    /** {@code ends[k]}: the text offset after the char that makes the IBAN {@code k} chars long, or -1. */
    private final int[] ends = new int[IbanCountries.MAX_LENGTH + 1];

    IbanScanner(String text, List<Candidate> out) {
        this.t = text;
        this.n = text.length();
        this.out = out;
    }

    /** A cheap first look: two letters, then two digits, with at most a space before them. */
    static boolean mayStartAt(String t, int s) {
        int n = t.length();
        if (s + 3 >= n || !Boundaries.asciiLetter(t.charAt(s + 1))) {
            return false;
        }
        int p = Boundaries.groupSpace(t.charAt(s + 2)) ? s + 3 : s + 2;
        return p + 1 < n && Boundaries.digit(t.charAt(p)) && Boundaries.digit(t.charAt(p + 1));
    }

    /**
     * Tries an IBAN at {@code s}, an ASCII letter where a value may start; returns the end of what
     * it proposed (an IBAN or a blocker), or -1.
     */
    int tryAt(int s) {
        if (!mayStartAt(t, s)) {
            return -1;
        }
        boolean capitals = Character.isUpperCase(t.charAt(s)) && Character.isUpperCase(t.charAt(s + 1));
        int p = s + 2;
        boolean spacedCountry = Boundaries.groupSpace(t.charAt(p));
        if (spacedCountry && !capitals) {
            return -1; // "do 61 1090 …" is Polish for "to" and an NRB, not a Dominican IBAN
        }
        if (spacedCountry) {
            p++;
        }
        Arrays.fill(ends, -1);
        buf[0] = upper(t.charAt(s));
        buf[1] = upper(t.charAt(s + 1));
        buf[2] = t.charAt(p);
        buf[3] = t.charAt(p + 1);
        p += 2;
        int count = 4;
        if (!spacedCountry && p < n && Boundaries.asciiAlnum(t.charAt(p))) {
            count = readBlock(p, count);
        } else {
            count = readGroups(p, count);
        }
        if (count < 0) {
            return -1;
        }
        int expected = IbanCountries.length(buf[0], buf[1]);
        if (expected > 0) {
            // "DO 61 1090 …" may still be "to" and an NRB, so only the usual layout blocks.
            boolean block = !spacedCountry;
            if (expected <= count && ends[expected] >= 0 && Boundaries.cleanEnd(t, ends[expected], false)
                    && (add(s, expected, block) || block)) {
                return ends[expected];
            }
            return -1;
        }
        if (!capitals || spacedCountry) {
            return -1;
        }
        for (int len = count; len >= IbanCountries.MIN_LENGTH; len--) {
            if (ends[len] >= 0 && Boundaries.cleanEnd(t, ends[len], false) && add(s, len, false)) {
                return ends[len];
            }
        }
        return -1;
    }

    /** One unbroken block of letters and digits; it must end where the text stops being alphanumeric. */
    private int readBlock(int p, int count) {
        while (p < n && Boundaries.asciiAlnum(t.charAt(p))) {
            if (count == buf.length) {
                return -1;
            }
            buf[count++] = upper(t.charAt(p++));
        }
        ends[count] = p;
        return count;
    }

    /** Groups of four after single spaces; the last may be shorter. An IBAN may end after any group. */
    private int readGroups(int p, int count) {
        if (p >= n || !Boundaries.asciiAlnum(t.charAt(p))) {
            ends[count] = p;
        }
        while (p + 1 < n && Boundaries.groupSpace(t.charAt(p)) && Boundaries.asciiAlnum(t.charAt(p + 1))) {
            int q = p + 1;
            while (q < n && Boundaries.asciiAlnum(t.charAt(q)) && q - p - 1 < GROUP + 1) {
                q++;
            }
            int len = q - p - 1;
            if (len > GROUP || count + len > buf.length) {
                break;
            }
            for (int i = p + 1; i < q; i++) {
                buf[count++] = upper(t.charAt(i));
            }
            ends[count] = q;
            p = q;
            if (len < GROUP) {
                break;
            }
        }
        return count;
    }

    /** Adds the IBAN of the first {@code len} chars (or a blocker); true if it was valid. */
    private boolean add(int s, int len, boolean blockIfInvalid) {
        String compact = new String(buf, 0, len);
        int end = ends[len];
        if (Checksums.iban(compact)) {
            out.add(new Candidate(Kind.IBAN, s, end, Replacements.iban(compact), Candidate.RANK_IBAN));
            return true;
        }
        if (blockIfInvalid) {
            out.add(Candidate.blocker(Kind.IBAN, s, end));
        }
        return false;
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }
}
