package io.rapport.template.coach;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a rule pack (JSON, documented in the README) and compiles its patterns. Anything wrong
 * (invalid JSON, a bad pattern, an unknown element) is refused with the file and line, so the
 * pack in force stays in force.
 */
public final class RulePackLoader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The name rule sees the draft with its capitals ({@code @Name}); the others see it in lower case. */
    private static final int NAME_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private RulePackLoader() {
    }

    public static RulePack load(String name, String text) throws RulePackException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new RulePackException(name + " line " + (l == null ? "?" : l.getLineNr()) + ": not valid JSON ("
                    + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new RulePackException(name + ": a rule pack is a JSON object");
        }
        String lang = root.path("language").asText("");
        if (!lang.matches("[a-z]{2}")) {
            throw new RulePackException(name + ": \"language\" must be a two-letter code such as pl");
        }
        Map<Element, RulePack.Rule> elements = new EnumMap<>(Element.class);
        for (JsonNode e : root.path("elements")) {
            String id = e.path("id").asText("");
            Element el = Element.byId(id).orElseThrow(() -> new RulePackException(name + " line "
                    + lineOf(text, "\"" + id + "\"") + ": unknown element \"" + id + "\" (known: acknowledge, apology, "
                    + "ownership, cause, impact, action, next_step, name)"));
            elements.put(el, new RulePack.Rule(el, compile(name, text, e.path("patterns"), id, el != Element.NAME,
                    el == Element.NAME ? NAME_FLAGS : 0), strings(e.path("suggest"))));
        }
        List<RulePack.Warning> warnings = new ArrayList<>();
        for (JsonNode w : root.path("warnings")) {
            String id = w.path("id").asText("");
            if (id.isBlank()) {
                throw new RulePackException(name + ": every warning needs an \"id\"");
            }
            Map<String, String> explain = new LinkedHashMap<>();
            w.path("explain").fields().forEachRemaining(x -> explain.put(x.getKey(), x.getValue().asText()));
            warnings.add(new RulePack.Warning(id, compile(name, text, w.path("patterns"), id, true, 0),
                    strings(w.path("suggest")), explain));
        }
        Pattern time = compile(name, text, root.path("time"), "time", true, 0);
        return new RulePack(lang, name, elements, warnings, time, strings(root.path("stopwords")));
    }

    private static Pattern compile(String name, String text, JsonNode patterns, String what, boolean required,
            int flags) throws RulePackException {
        List<String> parts = new ArrayList<>();
        for (JsonNode p : patterns) {
            String pattern = p.asText();
            try {
                parts.add(Patterns.body(pattern));
            } catch (PatternSyntaxError e) {
                throw new RulePackException(name + " line " + lineOf(text, JSON.valueToTree(pattern).toString())
                        + ": pattern \"" + pattern + "\" in " + what + ": " + e.getMessage());
            }
        }
        if (parts.isEmpty()) {
            if (required) {
                throw new RulePackException(name + ": " + what + " has no patterns");
            }
            return null;
        }
        // one word-start check in front of all the alternatives: most positions fail there at once
        return Pattern.compile(Patterns.WORD_START + "(?:" + String.join("|", parts) + ")", flags);
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** The line on which {@code needle} first appears, for messages. */
    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
