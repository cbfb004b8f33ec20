package io.rapport.wrapup.redact;

import java.util.Arrays;
import java.util.List;

/**
 * Proposes cards, PESELs, rodná čísla, NRBs and Czech domestic accounts from digit runs.
 *
 * <p>A <em>chain</em> is a maximal run of digit groups joined by single spaces or dashes
 * ({@code 4111 1111 1111 1111 123}). Values are read from the start of a chain and, once one is
 * found, from the group after it (after a card, also after the CVV that may follow), so a list of
 * cards separated by spaces is read one by one. A value never starts in the middle of digits that
 * nothing was found in: the middle of a mistyped account number would too often pass for a card
 * by the one-in-ten chance of Luhn. Each kind must also be grouped the usual way for it (see
 * {@link GroupShapes}). Every char is looked at a bounded number of times, which keeps the scan
 * linear on any input.
 */
final class NumberScanner {
    /** Longest value read from a chain: an NRB. */
    private static final int MAX_DIGITS = 26;
    /** E.164 caps a phone number at 15 digits; a card may follow a phone number after that. */
    private static final int MAX_PHONE_DIGITS = 15;

    private final String t;
    private final int n;
    private final List<Candidate> out;
    /** The digits of the value being read, without separators. */
    private final char[] digits = new char[MAX_DIGITS];

    // The groups of the current chain, read lazily: only as far as a value could reach.
    private int[] groupStart = new int[16];
    private int[] groupEnd = new int[16];
    private int groups;
    private int next;
    private boolean chainDone;
    // The last two groups of the chain, for values written with a slash after them.
    private int lastStart;
    private int lastEnd;
    private int prevStart;
    private int prevEnd;
    /** Whether the longest value {@link #windows} found was a card. */
    private boolean lastWasCard;

    NumberScanner(String text, List<Candidate> out) {
        this.t = text;
        this.n = text.length();
        this.out = out;
    }

    /** Reads the chain starting at {@code s} (a digit not preceded by a digit); returns its end. */
    int chainAt(int s) {
        groups = 0;
        next = s;
        chainDone = false;
        lastStart = -1;
        prevStart = -1;
        boolean phone = s > 0 && t.charAt(s - 1) == '+';
        if (phone) {
            cardsAfterPhone();
        } else if (Boundaries.cleanStart(t, s)) {
            valuesFrom(0, false);
        }
        while (!chainDone) {
            readGroup(false);
        }
        slashForms();
        return lastEnd;
    }

    /**
     * Reads values one after another from group {@code first} while each is followed by another
     * (a card's CVV may sit in between); true if there was at least one.
     */
    private boolean valuesFrom(int first, boolean cardsOnly) {
        boolean found = false;
        boolean afterCard = false;
        int k = first;
        while (hasGroup(k)) {
            int last = windows(k, cardsOnly);
            if (last >= 0) {
                found = true;
                afterCard = lastWasCard;
                k = last + 1;
            } else if (afterCard && groupLength(k) >= 3 && groupLength(k) <= 4) {
                afterCard = false;
                k++; // the CVV after a card; CvvFinder reports it
            } else {
                break;
            }
            if (!hasGroup(k) || !Boundaries.groupSpace(t.charAt(groupStart[k] - 1))) {
                break;
            }
        }
        return found;
    }

    /** A number after "+" is a phone; only a card written right after it (space apart) is taken. */
    private void cardsAfterPhone() {
        int before = hasGroup(0) ? groupLength(0) : 0;
        for (int k = 1; before <= MAX_PHONE_DIGITS && hasGroup(k); k++) {
            if (Boundaries.groupSpace(t.charAt(groupStart[k] - 1)) && valuesFrom(k, true)) {
                return;
            }
            before += groupLength(k);
        }
    }

    private boolean hasGroup(int k) {
        while (groups <= k && !chainDone) {
            readGroup(true);
        }
        return k < groups;
    }

    /** True if group {@code k} ends the chain. */
    private boolean endsChain(int k) {
        int e = groupEnd[k];
        return !(e + 1 < n && Boundaries.groupSeparator(t.charAt(e)) && Boundaries.digit(t.charAt(e + 1)));
    }

    private void readGroup(boolean keep) {
        int gs = next;
        int p = gs;
        while (p < n && Boundaries.digit(t.charAt(p))) {
            p++;
        }
        if (keep) {
            if (groups == groupStart.length) {
                groupStart = Arrays.copyOf(groupStart, groups * 2);
                groupEnd = Arrays.copyOf(groupEnd, groups * 2);
            }
            groupStart[groups] = gs;
            groupEnd[groups] = p;
            groups++;
        }
        prevStart = lastStart;
        prevEnd = lastEnd;
        lastStart = gs;
        lastEnd = p;
        if (p + 1 < n && Boundaries.groupSeparator(t.charAt(p)) && Boundaries.digit(t.charAt(p + 1))) {
            next = p + 1;
        } else {
            chainDone = true;
        }
    }

    /**
     * Proposes every value that starts at group {@code first}; returns the last group of the
     * longest one, or -1 if there is none.
     */
    private int windows(int first, boolean cardsOnly) {
        int s = groupStart[first];
        int len = 0;
        int found = -1;
        lastWasCard = false;
        for (int last = first; hasGroup(last); last++) {
            int groupLength = groupLength(last);
            if (len + groupLength > MAX_DIGITS) {
                break;
            }
            t.getChars(groupStart[last], groupEnd[last], digits, len);
            len += groupLength;
            int e = groupEnd[last];
            Candidate c = null;
            if (len >= 13 && len <= 19) {
                c = card(s, e, len, GroupShapes.card(this::groupLength, first, last) && !continues(first, last));
            } else if (cardsOnly) {
                continue;
            } else if (len == 11 && GroupShapes.pesel(this::groupLength, first, last)
                    && Boundaries.cleanEnd(t, e, false) && Checksums.pesel(digits(len))
                    && !OrderLabels.labelsOrder(t, s)) {
                c = new Candidate(Kind.PESEL, s, e, Replacements.PESEL, Candidate.RANK_PESEL);
            } else if (len == 10 && GroupShapes.rodneCislo(this::groupLength, first, last)
                    && Boundaries.cleanEnd(t, e, false) && Checksums.rodneCislo(digits(len))
                    && !OrderLabels.labelsOrder(t, s)) {
                c = new Candidate(Kind.RODNE_CISLO, s, e, Replacements.RODNE_CISLO, Candidate.RANK_RODNE_CISLO);
            } else if (len == MAX_DIGITS && GroupShapes.nrb(this::groupLength, first, last)
                    && Boundaries.cleanEnd(t, e, false) && Checksums.nrb(digits(len))) {
                c = new Candidate(Kind.IBAN, s, e, Replacements.iban(digits(len)), Candidate.RANK_IBAN);
            }
            if (c != null) {
                out.add(c);
                found = last;
                lastWasCard = c.kind() == Kind.CARD;
            }
        }
        return found;
    }

    private String digits(int len) {
        return new String(digits, 0, len);
    }

    /**
     * True if the group after {@code last} reads as the end of the same number rather than as
     * something after it: {@code 6440 9780 2547 1725 4} is a 17-digit card with a wrong check
     * digit, not a 16-digit card and a stray 4. Three or four digits may be its CVV, and a slash
     * makes them an expiry date, so those do not count.
     */
    private boolean continues(int first, int last) {
        int k = last + 1;
        return last > first && hasGroup(k) && groupLength(k) <= 2 && endsChain(k)
                && !(groupEnd[k] < n && t.charAt(groupEnd[k]) == '/');
    }

    private Candidate card(int s, int e, int len, boolean shaped) {
        if (!shaped || !Boundaries.cleanEnd(t, e, true)) {
            return null;
        }
        String d = digits(len);
        if (CardBrands.plausible(d) && Checksums.luhn(d)) {
            return new Candidate(Kind.CARD, s, e, Replacements.card(d), Candidate.RANK_CARD);
        }
        return null;
    }

    /**
     * Values with a slash: a rodné číslo {@code 736028/5163} or {@code 480523/123}, and a Czech
     * account {@code [prefix-]number/bank}. They end a chain, so only its last group (and the one
     * before it, for an account prefix) can start them.
     */
    private void slashForms() {
        if (lastEnd + 1 >= n || t.charAt(lastEnd) != '/' || !Boundaries.digit(t.charAt(lastEnd + 1))) {
            return;
        }
        int ts = lastEnd + 1;
        int te = ts;
        while (te < n && Boundaries.digit(t.charAt(te))) {
            te++;
        }
        int tail = te - ts;
        if (tail < 3 || tail > 4 || !Boundaries.cleanEnd(t, te, false)) {
            return;
        }
        String number = t.substring(lastStart, lastEnd);
        if (number.length() == 6 && Boundaries.cleanStart(t, lastStart)
                && Checksums.rodneCislo(number + t.substring(ts, te)) && !OrderLabels.labelsOrder(t, lastStart)) {
            out.add(new Candidate(Kind.RODNE_CISLO, lastStart, te, Replacements.RODNE_CISLO,
                    Candidate.RANK_RODNE_CISLO));
        }
        if (tail != 4 || !CzechAccounts.number(number)) {
            return;
        }
        if (prevStart >= 0 && t.charAt(lastStart - 1) == '-') {
            if (Boundaries.cleanStart(t, prevStart) && CzechAccounts.prefix(t.substring(prevStart, prevEnd))) {
                out.add(new Candidate(Kind.IBAN, prevStart, te, Replacements.account(number), Candidate.RANK_ACCOUNT));
            }
        } else if (Boundaries.cleanStart(t, lastStart) && CzechAccounts.numberWithoutPrefix(number)) {
            out.add(new Candidate(Kind.IBAN, lastStart, te, Replacements.account(number), Candidate.RANK_ACCOUNT));
        }
    }

    private int groupLength(int k) {
        return groupEnd[k] - groupStart[k];
    }
}
