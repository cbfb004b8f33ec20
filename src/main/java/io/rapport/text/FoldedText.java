package io.rapport.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text together with its folded form and a map from folded positions back to the original,
 * so that a match found without diacritics can be highlighted in the text as written.
 */
public final class FoldedText {
    private final String original;
    private final String folded;
    private final int[] toOriginal;

    private FoldedText(String original, String folded, int[] toOriginal) {
        this.original = original;
        this.folded = folded;
        this.toOriginal = toOriginal;
    }

    public static FoldedText of(String original) {
        return of(original, false);
    }

    /** As {@link #of} but keeping case, for rules that look for capitals. */
    public static FoldedText ofKeepCase(String original) {
        return of(original, true);
    }

    private static FoldedText of(String original, boolean keepCase) {
        String o = original == null ? "" : original;
        StringBuilder f = new StringBuilder(o.length() + 8);
        int[] map = new int[o.length() * 2 + 8];
        int n = 0;
        for (int i = 0; i < o.length(); i++) {
            int end = Character.isHighSurrogate(o.charAt(i)) && i + 1 < o.length() ? i + 2 : i + 1;
            String piece = keepCase ? Folding.foldKeepCase(o.substring(i, end)) : Folding.fold(o.substring(i, end));
            for (int k = 0; k < piece.length(); k++) {
                if (n == map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                map[n++] = i;
            }
            f.append(piece);
            i = end - 1;
        }
        if (n == map.length) {
            map = java.util.Arrays.copyOf(map, map.length + 1);
        }
        map[n] = o.length();
        return new FoldedText(o, f.toString(), map);
    }

    /** The original position of a position in the folded text. */
    public int originalIndex(int foldedIndex) {
        return toOriginal[Math.max(0, Math.min(foldedIndex, toOriginal.length - 1))];
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** A half-open range in the original text. */
    public record Range(int start, int end) {
    }

    /**
     * Where words start with any of {@code foldedWords} (each already folded), in the original
     * text, sorted and non-overlapping.
     */
    public List<Range> wordPrefixMatches(List<String> foldedWords) {
        List<Range> out = new ArrayList<>();
        for (String w : foldedWords) {
            if (w.isEmpty()) {
                continue;
            }
            int from = 0;
            while (true) {
                int at = folded.indexOf(w, from);
                if (at < 0) {
                    break;
                }
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1));
                if (wordStart) {
                    int endF = at + w.length();
                    while (endF < folded.length() && Character.isLetterOrDigit(folded.charAt(endF))) {
                        endF++;
                    }
                    out.add(new Range(toOriginal[at], endF >= folded.length() ? original.length()
                            : toOriginal[endF]));
                }
                from = at + 1;
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Range> merged = new ArrayList<>();
        for (Range r : out) {
            if (!merged.isEmpty() && r.start() <= merged.get(merged.size() - 1).end()) {
                Range last = merged.remove(merged.size() - 1);
                merged.add(new Range(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /**
     * A one-line excerpt of about {@code width} characters around the first match, with an
     * ellipsis where text was cut; the start of the text when nothing matches.
     */
    public String excerpt(List<String> foldedWords, int width) {
        List<Range> m = wordPrefixMatches(foldedWords);
        String flat = original.replaceAll("\\s+", " ");
        if (m.isEmpty() || !flat.equals(original)) {
            // positions refer to the original; recompute on the flattened text
            FoldedText ft = flat.equals(original) ? this : of(flat);
            m = ft.wordPrefixMatches(foldedWords);
        }
        int center = m.isEmpty() ? 0 : m.get(0).start();
        int start = Math.max(0, center - width / 3);
        int end = Math.min(flat.length(), start + width);
        if (end - start < width) {
            start = Math.max(0, end - width);
        }
        String s = flat.substring(start, end).strip();
        return (start > 0 ? "…" : "") + s + (end < flat.length() ? "…" : "");
    }
}
