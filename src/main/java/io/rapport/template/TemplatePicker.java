package io.rapport.template;

import io.rapport.text.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds templates as the agent types after {@code ::}: fuzzy and without diacritics over
 * shortcuts, titles, tags and bodies, best first. Folded texts are prepared once, so filtering a
 * thousand templates takes a fraction of a millisecond per keystroke.
 */
public final class TemplatePicker {
    /** A template offered for a query, with its score (higher is better). */
    public record Match(Template template, int score) {
    }

    private record Entry(Template template, String shortcut, String titles, String tags, String bodies,
            String category) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public TemplatePicker(List<Template> templates) {
        for (Template t : templates) {
            StringBuilder titles = new StringBuilder();
            StringBuilder bodies = new StringBuilder();
            t.variants().values().forEach(v -> {
                titles.append(' ').append(v.title());
                bodies.append(' ').append(v.body());
            });
            entries.add(new Entry(t, t.shortcut() == null ? "" : t.shortcut().toLowerCase(Locale.ROOT),
                    Folding.fold(titles.toString()), Folding.fold(String.join(" ", t.tags())),
                    Folding.fold(bodies.toString()), Folding.fold(t.category())));
        }
    }

    /** Templates matching {@code query}, best first, at most {@code limit}. An empty query lists all. */
    public List<Match> filter(String query, int limit) {
        String q = Folding.fold(query == null ? "" : query).strip();
        List<Match> out = new ArrayList<>();
        String[] words = q.isEmpty() ? new String[0] : q.split("\\s+");
        for (Entry e : entries) {
            int score = score(e, q, words);
            if (score > 0) {
                out.add(new Match(e.template(), score));
            }
        }
        out.sort(Comparator.comparingInt(Match::score).reversed()
                .thenComparing(m -> m.template().slug() == null ? "" : m.template().slug()));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private static int score(Entry e, String q, String[] words) {
        if (q.isEmpty()) {
            return 1;
        }
        int score = 0;
        if (!e.shortcut().isEmpty()) {
            if (e.shortcut().equals(q)) {
                score += 1000;
            } else if (e.shortcut().startsWith(q)) {
                score += 500;
            }
        }
        for (String w : words) {
            int s = 0;
            if (wordPrefix(e.titles(), w)) {
                s = 100;
            } else if (wordPrefix(e.tags(), w) || e.category().startsWith(w)) {
                s = 60;
            } else if (e.titles().contains(w)) {
                s = 40;
            } else if (wordPrefix(e.bodies(), w)) {
                s = 20;
            } else if (w.length() >= 3 && subsequence(e.titles(), w)) {
                s = 8;
            }
            if (s == 0 && score < 500) {
                return 0;
            }
            score += s;
        }
        return score;
    }

    private static boolean wordPrefix(String hay, String w) {
        int from = 0;
        while (true) {
            int at = hay.indexOf(w, from);
            if (at < 0) {
                return false;
            }
            if (at == 0 || !Character.isLetterOrDigit(hay.charAt(at - 1))) {
                return true;
            }
            from = at + 1;
        }
    }

    /** Letters in order with gaps ("rfnd" in "refund"), for typos and abbreviations. */
    private static boolean subsequence(String hay, String w) {
        int i = 0;
        for (int k = 0; k < hay.length() && i < w.length(); k++) {
            if (hay.charAt(k) == w.charAt(i)) {
                i++;
            }
        }
        return i == w.length();
    }
}
