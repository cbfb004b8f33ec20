package io.rapport.customer;

import io.rapport.text.Folding;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds FTS5 queries from whatever the agent typed. Every word becomes a quoted string token,
 * so FTS syntax ({@code " * NEAR( - : ' AND}) and SQL in the search box are just words.
 */
public final class LookupQueries {
    private LookupQueries() {
    }

    /** Folded words: runs of letters and digits. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String f = Folding.fold(text);
        int start = -1;
        for (int i = 0; i <= f.length(); i++) {
            boolean word = i < f.length() && Character.isLetterOrDigit(f.codePointAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(f.substring(start, i));
                start = -1;
            }
            if (i < f.length() && Character.isHighSurrogate(f.charAt(i))) {
                i++;
            }
        }
        return out;
    }

    /** Every word as a prefix, all required, any order: "zdzi wrob" finds Zdzisława Wróblewska. */
    public static String allPrefixes(String text) {
        return join(words(text), true, 1);
    }

    /** Every word exact. */
    public static String exactWords(String text) {
        return join(words(text), false, 1);
    }

    /**
     * For searching interaction text as one types: words of two or more letters, all required,
     * the last one as a prefix (it is probably still being typed). Empty if nothing searchable.
     */
    public static String typingText(String text) {
        List<String> w = words(text);
        w.removeIf(s -> s.length() < 2);
        if (w.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.size(); i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append('"').append(w.get(i)).append('"');
            // a prefix of two letters would match half the dictionary: only from three letters on
            if (i == w.size() - 1 && !text.endsWith(" ") && w.get(i).length() >= 3) {
                b.append('*');
            }
        }
        return b.toString();
    }

    private static String join(List<String> words, boolean prefix, int minLength) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (w.length() < minLength) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append('"').append(w).append('"');
            if (prefix) {
                b.append('*');
            }
        }
        return b.toString();
    }
}
