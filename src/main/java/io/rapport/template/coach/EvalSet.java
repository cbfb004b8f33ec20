package io.rapport.template.coach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A labelled evaluation set: replies written for the purpose, good and poor, each element marked
 * present or absent by hand ({@code assets/coach/eval-LANG.json}). Measures the coach's
 * precision and recall per element.
 */
public final class EvalSet {
    /** One labelled reply. */
    public record Reply(String id, String language, String text, List<String> names, Map<Element, Boolean> expect) {
    }

    /** Counts for one element: true/false positives and false negatives, with the replies that went wrong. */
    public static final class Score {
        public int tp;
        public int fp;
        public int fn;
        public final List<String> misses = new ArrayList<>();

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }

    private EvalSet() {
    }

    public static List<Reply> load(String language) throws IOException {
        try (InputStream in = EvalSet.class.getResourceAsStream("/assets/coach/eval-" + language + ".json")) {
            if (in == null) {
                return List.of();
            }
            return parse(new ObjectMapper().readTree(in), language);
        }
    }

    public static List<Reply> parse(JsonNode root, String language) {
        List<Reply> out = new ArrayList<>();
        for (JsonNode r : root.path("replies")) {
            Map<Element, Boolean> expect = new EnumMap<>(Element.class);
            r.path("expect").fields().forEachRemaining(e -> Element.byId(e.getKey())
                    .ifPresent(el -> expect.put(el, e.getValue().asBoolean())));
            List<String> names = new ArrayList<>();
            r.path("names").forEach(n -> names.add(n.asText()));
            out.add(new Reply(r.path("id").asText(), language, r.path("text").asText(), names, expect));
        }
        return out;
    }

    /** Scores the coach on the replies: an element counts as found when its status is PRESENT. */
    public static Map<Element, Score> score(Coach coach, List<Reply> replies) {
        Map<Element, Score> scores = new EnumMap<>(Element.class);
        for (Element e : Element.values()) {
            scores.put(e, new Score());
        }
        for (Reply r : replies) {
            CoachReport rep = coach.check(r.text(), r.language(), new CoachContext(r.names(), true, List.of()));
            for (Map.Entry<Element, Boolean> x : r.expect().entrySet()) {
                boolean found = rep.finding(x.getKey()).status() == CoachReport.Status.PRESENT;
                Score s = scores.get(x.getKey());
                if (found && x.getValue()) {
                    s.tp++;
                } else if (found) {
                    s.fp++;
                    s.misses.add(r.id() + " false alarm: " + rep.finding(x.getKey()).span().text());
                } else if (x.getValue()) {
                    s.fn++;
                    s.misses.add(r.id() + " missed");
                }
            }
        }
        return scores;
    }
}
