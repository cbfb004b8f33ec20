package io.rapport.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo corpus shipped in {@code assets/demo}: names per language and interaction threads
 * per language and topic, written by native speakers.
 */
final class DemoTexts {
    static final List<String> LANGUAGES = List.of("pl", "cs", "de", "en");

    /** A first name with the vocative used in formal address. */
    record FirstName(String name, String vocative) {
    }

    /** A surname's forms: masculine, feminine and their vocatives. */
    record Surname(String m, String f, String mVoc, String fVoc) {
    }

    record Names(List<FirstName> female, List<FirstName> male, List<Surname> surnames) {
    }

    /** One stage of a story: a contact with its channel, outcome, sentiment and text per gender. */
    record Stage(String channel, String direction, String outcome, int sentiment, String textF, String textM) {
    }

    record Thread(String topic, String subject, List<Stage> stages) {
    }

    record Language(String code, List<String> agents, List<Thread> threads, Names names) {
    }

    private final Map<String, Language> languages;

    private DemoTexts(Map<String, Language> languages) {
        this.languages = languages;
    }

    Language language(String code) {
        return languages.get(code);
    }

    static DemoTexts load() {
        ObjectMapper json = new ObjectMapper();
        JsonNode names = read(json, "/assets/demo/names.json");
        Map<String, Language> out = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            JsonNode texts = read(json, "/assets/demo/texts-" + lang + ".json");
            List<String> agents = new ArrayList<>();
            texts.path("agents").forEach(a -> agents.add(a.asText()));
            List<Thread> threads = new ArrayList<>();
            texts.path("topics").fields().forEachRemaining(topic -> topic.getValue().path("threads").forEach(t -> {
                List<Stage> stages = new ArrayList<>();
                t.path("stages").forEach(s -> {
                    JsonNode text = s.path("text");
                    String f = text.isObject() ? text.path("f").asText() : text.asText();
                    String m = text.isObject() ? text.path("m").asText() : text.asText();
                    stages.add(new Stage(s.path("channel").asText("phone"), s.path("direction").asText("inbound"),
                            s.path("outcome").asText(null), s.path("sentiment").asInt(0), f, m));
                });
                if (!stages.isEmpty()) {
                    threads.add(new Thread(topic.getKey(), t.path("subject").asText(null), stages));
                }
            }));
            JsonNode n = names.path(lang);
            Names ns = new Names(firstNames(n.path("female")), firstNames(n.path("male")), surnames(n.path("surnames")));
            if (threads.isEmpty() || agents.isEmpty() || ns.female().isEmpty() || ns.male().isEmpty()
                    || ns.surnames().isEmpty()) {
                throw new IllegalStateException("demo content for '" + lang + "' is incomplete");
            }
            out.put(lang, new Language(lang, agents, threads, ns));
        }
        return new DemoTexts(out);
    }

    private static List<FirstName> firstNames(JsonNode arr) {
        List<FirstName> out = new ArrayList<>();
        arr.forEach(n -> {
            String name = n.isObject() ? n.path("name").asText() : n.asText();
            String voc = n.isObject() ? n.path("vocative").asText(name) : name;
            out.add(new FirstName(name, voc));
        });
        return out;
    }

    private static List<Surname> surnames(JsonNode arr) {
        List<Surname> out = new ArrayList<>();
        arr.forEach(n -> {
            String m = n.path("m").asText();
            String f = n.path("f").asText(m);
            out.add(new Surname(m, f, n.path("mVoc").asText(m), n.path("fVoc").asText(f)));
        });
        return out;
    }

    private static JsonNode read(ObjectMapper json, String resource) {
        try (InputStream in = DemoTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing demo content " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo content " + resource, e);
        }
    }
}
