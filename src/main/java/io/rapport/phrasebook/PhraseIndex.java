package io.rapport.phrasebook;

import io.rapport.text.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Search over concepts as the agent types, in any language, without diacritics: every word of
 * every phrase, title, tag and category goes into a sorted word list; a query word is a binary
 * search for its prefix, and the words of a query must all match. Tens of thousands of phrases
 * answer in well under a millisecond.
 */
public final class PhraseIndex {
    private final List<ConceptEntry> entries;
    private final String[] words;
    private final int[] owners;

    public PhraseIndex(List<ConceptEntry> entries) {
        this.entries = List.copyOf(entries);
        List<long[]> pairs = new ArrayList<>();
        List<String> dict = new ArrayList<>();
        for (int i = 0; i < this.entries.size(); i++) {
            ConceptEntry e = this.entries.get(i);
            StringBuilder text = new StringBuilder(e.concept().category()).append(' ')
                    .append(String.join(" ", e.concept().tags())).append(' ');
            e.concept().title().values().forEach(t -> text.append(t).append(' '));
            e.phrases().forEach(p -> text.append(p.text()).append(' '));
            for (String w : tokens(text.toString())) {
                dict.add(w);
                pairs.add(new long[] {dict.size() - 1, i});
            }
        }
        Integer[] order = new Integer[dict.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> dict.get(a).compareTo(dict.get(b)));
        words = new String[order.length];
        owners = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            words[k] = dict.get(order[k]);
            owners[k] = (int) pairs.get(order[k])[1];
        }
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String f = Folding.fold(text);
        int start = -1;
        for (int i = 0; i <= f.length(); i++) {
            boolean letter = i < f.length() && Character.isLetterOrDigit(f.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(f.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /**
     * Concepts whose texts contain words starting with every word of {@code query}, limited to
     * {@code category} when given, in catalogue order. An empty query lists everything.
     */
    public List<ConceptEntry> search(String query, String category, int limit) {
        List<String> q = tokens(query == null ? "" : query);
        BitSet hits = null;
        for (String w : q) {
            BitSet b = new BitSet(entries.size());
            int from = lowerBound(w);
            for (int k = from; k < words.length && words[k].startsWith(w); k++) {
                b.set(owners[k]);
            }
            if (hits == null) {
                hits = b;
            } else {
                hits.and(b);
            }
            if (hits.isEmpty()) {
                break;
            }
        }
        List<ConceptEntry> out = new ArrayList<>();
        for (int i = 0; i < entries.size() && out.size() < limit; i++) {
            if ((hits == null || hits.get(i)) && (category == null || category.equals(entries.get(i).concept().category()))) {
                out.add(entries.get(i));
            }
        }
        return out;
    }

    private int lowerBound(String w) {
        int lo = 0;
        int hi = words.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words[mid].compareTo(w) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public int size() {
        return entries.size();
    }
}
