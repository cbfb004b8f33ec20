package io.rapport.wrapup.redact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Removes payment card numbers, CVVs, bank accounts (IBAN, Polish NRB, Czech domestic), PESELs and
 * rodná čísla from free text such as a wrap-up note, before it is stored or shared.
 *
 * <p>A value is only removed when its checksum passes and it stands on its own in the text; what
 * merely looks similar (phone numbers, order numbers such as {@code ZAM/2025/004512}, dates,
 * amounts, numbers with a wrong check digit) stays. The scan is a single pass over the text
 * without backtracking regular expressions, so a pasted 5 MB log is handled as readily as a short
 * note.
 *
 * <p>Stateless and thread-safe.
 */
public final class Redactor {
    private Redactor() {
    }

    /**
     * Finds the sensitive values in {@code text} and replaces each with a marker such as
     * {@code [card •••• 1111 removed]}.
     *
     * @param text any text; offsets in the result are {@code char} indices into it
     * @return the redacted text and what was removed, by position
     */
    public static Redaction redact(String text) {
        List<Finding> findings = find(text);
        if (findings.isEmpty()) {
            return new Redaction(text, findings);
        }
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : findings) {
            sb.append(text, at, f.start()).append(f.replacement());
            at = f.end();
        }
        sb.append(text, at, text.length());
        return new Redaction(sb.toString(), findings);
    }

    /**
     * The sensitive values in {@code text}, sorted by start, without building the redacted text.
     *
     * @param text any text
     * @return non-overlapping findings, sorted by start offset
     */
    public static List<Finding> find(String text) {
        Objects.requireNonNull(text, "text");
        List<Candidate> candidates = new ArrayList<>();
        NumberScanner numbers = new NumberScanner(text, candidates);
        IbanScanner ibans = new IbanScanner(text, candidates);
        int n = text.length();
        int ibanEnd = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Boundaries.digit(c)) {
                i = numbers.chainAt(i);
                continue;
            }
            // IBANs do not nest, so none is tried inside one already read (valid or not).
            if (i >= ibanEnd && Boundaries.asciiLetter(c) && IbanScanner.mayStartAt(text, i)
                    && Boundaries.cleanStart(text, i)) {
                ibanEnd = Math.max(ibanEnd, ibans.tryAt(i));
            }
            i++;
        }
        List<Candidate> kept = new ArrayList<>(Overlaps.resolve(candidates));
        kept.addAll(CvvFinder.find(text, kept));
        kept.sort(Comparator.comparingInt(Candidate::start));
        List<Finding> findings = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            findings.add(c.toFinding());
        }
        return findings;
    }
}
