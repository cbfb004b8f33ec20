package io.rapport.phrasebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.customer.Gender;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The phrasebook shipped in {@code assets/phrasebook}: concepts and their phrases per language. */
public final class PhrasebookPack {
    public static final List<String> LANGUAGES = List.of("en", "pl", "cs", "de", "sk", "uk");
    /** The categories concepts belong to. */
    public static final java.util.Set<String> CATEGORIES = java.util.Set.of("greeting", "identification", "hold",
            "empathy", "apology", "explanation", "payment", "billing", "delivery", "returns", "technical", "outage",
            "account", "escalation", "transfer", "callback", "closing", "smalltalk", "legal", "difficult");

    private final List<Concept> concepts;
    private final Map<String, List<Phrase>> byConcept;

    PhrasebookPack(List<Concept> concepts, Map<String, List<Phrase>> byConcept) {
        this.concepts = concepts;
        this.byConcept = byConcept;
    }

    public List<Concept> concepts() {
        return concepts;
    }

    /** Phrases of a concept in all languages (empty list if none). */
    public List<Phrase> phrases(String conceptId) {
        return byConcept.getOrDefault(conceptId, List.of());
    }

    public static PhrasebookPack loadBuiltIn() {
        ObjectMapper json = new ObjectMapper();
        List<Concept> concepts = new ArrayList<>();
        for (JsonNode c : read(json, "concepts.json").path("concepts")) {
            concepts.add(new Concept(c.path("id").asText(), c.path("category").asText(), strings(c.path("tags")),
                    map(c.path("title")), map(c.path("note")), strings(c.path("slots"))));
        }
        Map<String, List<Phrase>> by = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            JsonNode root = readOptional(json, "phrases-" + lang + ".json");
            if (root == null) {
                continue;
            }
            root.path("phrases").fields().forEachRemaining(e -> {
                int i = 0;
                for (JsonNode p : e.getValue()) {
                    Gender g = p.path("gender").isNull() || p.path("gender").isMissingNode() ? null
                            : Gender.parse(p.path("gender").asText()).orElse(null);
                    by.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Phrase(
                            "builtin:" + e.getKey() + ":" + lang + ":" + i++, e.getKey(), lang, p.path("text").asText(),
                            Register.parse(p.path("register").asText()).orElse(Register.FORMAL), g,
                            map(p.path("pronunciation")), map(p.path("note"))));
                }
            });
        }
        return new PhrasebookPack(concepts, by);
    }

    private static JsonNode read(ObjectMapper json, String name) {
        JsonNode n = readOptional(json, name);
        if (n == null) {
            throw new IllegalStateException("missing phrasebook content " + name);
        }
        return n;
    }

    private static JsonNode readOptional(ObjectMapper json, String name) {
        try (InputStream in = PhrasebookPack.class.getResourceAsStream("/assets/phrasebook/" + name)) {
            return in == null ? null : json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read phrasebook content " + name, e);
        }
    }

    static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(x -> out.add(x.asText()));
        return out;
    }

    static Map<String, String> map(JsonNode obj) {
        Map<String, String> out = new LinkedHashMap<>();
        obj.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
