package io.rapport.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Sentiment as a number from -2 to 2, from numbers or words. */
final class Sentiments {
    private Sentiments() {
    }

    static Integer parse(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return clamp(n.asDouble());
        }
        return parse(n.asText());
    }

    static Integer parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (v) {
            case "very-negative": case "angry":
                return -2;
            case "negative": case "unhappy":
                return -1;
            case "neutral":
                return 0;
            case "positive": case "happy":
                return 1;
            case "very-positive": case "delighted":
                return 2;
            default:
                try {
                    return clamp(Double.parseDouble(v));
                } catch (NumberFormatException e) {
                    throw new InvalidRecord("unknown sentiment \"" + s
                            + "\" (use -2..2 or very-negative, negative, neutral, positive, very-positive)");
                }
        }
    }

    private static Integer clamp(double d) {
        if (Double.isNaN(d)) {
            return null;
        }
        return (int) Math.max(-2, Math.min(2, Math.round(d)));
    }
}
