package io.rapport.wrapup.redact;

/**
 * A span the scanner proposes before overlaps are settled. A candidate without a replacement is a
 * blocker: text shaped like a value of some kind that failed its check (an IBAN with a wrong check
 * digit, say). It wins over shorter candidates inside it and is then dropped, so the digits of a
 * mistyped IBAN are not reported as a card.
 *
 * @param rank breaks ties between candidates of equal length; lower wins
 */
record Candidate(Kind kind, int start, int end, String replacement, int rank) {
    static final int RANK_CARD = 0;
    static final int RANK_IBAN = 1;
    static final int RANK_PESEL = 2;
    static final int RANK_RODNE_CISLO = 3;
    static final int RANK_ACCOUNT = 4;

    static Candidate blocker(Kind kind, int start, int end) {
        return new Candidate(kind, start, end, null, RANK_IBAN);
    }

    boolean isBlocker() {
        return replacement == null;
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }

    Finding toFinding() {
        return new Finding(kind, start, end, replacement);
    }
}
