package io.rapport.wrapup.redact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds card verification values. Three or four digits are everywhere in a note (times, amounts,
 * extensions), so a CVV is only taken next to a card number already found: right after it with
 * nothing but a space, comma, slash or "cvv" between, or near it (either side) after a keyword
 * such as "CVV", "kod zabezpieczający" or "Prüfnummer".
 */
final class CvvFinder {
    /** How far from the card the CVV may be written, in chars. */
    private static final int MAX_DISTANCE = 60;
    /** The most chars between a card and a bare CVV right after it ({@code " / cvv2: "}). */
    private static final int MAX_BARE_GAP = 8;
    /** The most chars and words between a keyword and its CVV ({@code "CVV to jest 123"}). */
    private static final int MAX_KEYWORD_GAP = 30;
    private static final int MAX_WORDS_BETWEEN = 3;

    private static final String[] KEYWORDS = {
        "cvv2", "cvc2", "cvv", "cvc", "cid", "security code", "card verification",
        "kod cvv", "kod zabezpieczający", "kod zabezpieczajacy",
        "kód cvv", "bezpečnostní kód", "bezpecnostni kod",
        "kartenprüfnummer", "prüfnummer", "pruefnummer", "sicherheitscode",
    };
    private static final String[] BARE_WORDS = {"cvv2", "cvc2", "cvv", "cvc"};

    private CvvFinder() {
    }

    /** CVV candidates around the cards in {@code kept} (sorted by start), overlapping nothing kept. */
    static List<Candidate> find(String t, List<Candidate> kept) {
        List<Candidate> near = new ArrayList<>();
        for (Candidate card : kept) {
            if (card.kind() == Kind.CARD) {
                bareAfter(t, card, near);
                withKeyword(t, card, near);
            }
        }
        near.sort(Comparator.comparingInt(Candidate::start));
        // Both lists are sorted, so one sweep finds what each CVV would overlap.
        List<Candidate> found = new ArrayList<>();
        int k = 0;
        int lastEnd = -1;
        for (Candidate c : near) {
            while (k < kept.size() && kept.get(k).end() <= c.start()) {
                k++;
            }
            boolean clash = k < kept.size() && kept.get(k).start() < c.end();
            if (!clash && c.start() >= lastEnd) {
                found.add(c);
                lastEnd = c.end();
            }
        }
        return found;
    }

    private static void bareAfter(String t, Candidate card, List<Candidate> out) {
        int n = t.length();
        int p = card.end();
        while (p < n && p - card.end() < MAX_BARE_GAP) {
            char c = t.charAt(p);
            if (Boundaries.groupSpace(c) || c == ',' || c == '/' || c == ':') {
                p++;
                continue;
            }
            int word = wordAt(t, p, BARE_WORDS);
            if (word == 0) {
                break;
            }
            p += word;
        }
        if (p == card.end() || p >= n || !Boundaries.digit(t.charAt(p))) {
            return;
        }
        int q = digitRunEnd(t, p);
        if (q - p >= 3 && q - p <= 4 && Boundaries.cleanEnd(t, q, false)) {
            out.add(cvv(p, q));
        }
    }

    private static void withKeyword(String t, Candidate card, List<Candidate> out) {
        int from = Math.max(0, card.start() - MAX_DISTANCE - MAX_KEYWORD_GAP - 20);
        int to = Math.min(t.length(), card.end() + MAX_DISTANCE);
        for (int ks = from; ks < to; ks++) {
            int len = wordAt(t, ks, KEYWORDS);
            int p = len > 0 ? numberAfter(t, ks + len) : -1;
            if (p < 0) {
                continue;
            }
            int q = digitRunEnd(t, p);
            boolean outside = p >= card.end() || q <= card.start();
            int distance = p >= card.end() ? p - card.end() : card.start() - q;
            if (q - p >= 3 && q - p <= 4 && outside && distance <= MAX_DISTANCE
                    && Boundaries.cleanStart(t, p) && Boundaries.cleanEnd(t, q, false)) {
                out.add(cvv(p, q));
            }
        }
    }

    /**
     * Where the first number after a keyword ending at {@code from} starts, if only punctuation
     * and a few words stand between ({@code ": "}, {@code " to jest "}); otherwise -1.
     */
    private static int numberAfter(String t, int from) {
        int limit = Math.min(t.length(), from + MAX_KEYWORD_GAP + 1);
        int words = 0;
        for (int i = from; i < limit; i++) {
            char c = t.charAt(i);
            if (Boundaries.digit(c)) {
                return i;
            }
            boolean wordStart = Character.isLetter(c) && (i == from || !Character.isLetter(t.charAt(i - 1)));
            if (wordStart && ++words > MAX_WORDS_BETWEEN) {
                return -1;
            }
        }
        return -1;
    }

    /** The length of the word from {@code words} (lower case) that stands alone at {@code p}, or 0. */
    private static int wordAt(String t, int p, String[] words) {
        if (!Character.isLetter(t.charAt(p)) || (p > 0 && Character.isLetter(t.charAt(p - 1)))) {
            return 0;
        }
        char first = Character.toLowerCase(t.charAt(p));
        for (String w : words) {
            int end = p + w.length();
            if (w.charAt(0) == first && t.regionMatches(true, p, w, 0, w.length())
                    && (end >= t.length() || !Character.isLetterOrDigit(t.charAt(end)))) {
                return w.length();
            }
        }
        return 0;
    }

    private static int digitRunEnd(String t, int p) {
        int q = p;
        while (q < t.length() && Boundaries.digit(t.charAt(q))) {
            q++;
        }
        return q;
    }

    private static Candidate cvv(int start, int end) {
        return new Candidate(Kind.CVV, start, end, Replacements.CVV, Candidate.RANK_CARD);
    }
}
