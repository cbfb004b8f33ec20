package io.rapport.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Template packs as JSON ({@code "format": "rapport-templates"}), the starter pack's format:
 * export all templates, or import a pack. A pack is checked whole first; if any template is
 * wrong, nothing is imported and the message names the template, language and position.
 */
public final class TemplatePacks {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TemplatePacks() {
    }

    /** Parses and checks a pack; returns the edits to save (matched by slug to existing templates). */
    public static List<TemplateEdit> parse(String json, List<Template> existing) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new TemplateException("not valid JSON at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.path("templates").isArray()) {
            throw new TemplateException("a template pack has a \"templates\" list");
        }
        Map<String, Template> bySlug = new LinkedHashMap<>();
        for (Template t : existing) {
            if (t.slug() != null) {
                bySlug.put(t.slug(), t);
            }
        }
        List<TemplateEdit> edits = new ArrayList<>();
        int n = 0;
        for (JsonNode t : root.path("templates")) {
            n++;
            String slug = t.path("id").asText(null);
            String where = "template " + n + (slug == null ? "" : " (\"" + slug + "\")");
            Map<String, TemplateEdit.Text> variants = new LinkedHashMap<>();
            t.path("variants").fields().forEachRemaining(v -> variants.put(v.getKey(),
                    new TemplateEdit.Text(v.getValue().path("title").asText(""), v.getValue().path("body").asText(""))));
            List<String> tags = new ArrayList<>();
            t.path("tags").forEach(x -> tags.add(x.asText()));
            Template old = slug == null ? null : bySlug.get(slug);
            TemplateEdit e = new TemplateEdit(old == null ? null : old.id(), slug, t.path("shortcut").asText(null),
                    t.path("category").asText(null), tags, variants);
            try {
                TemplateStore.validate(e);
            } catch (TemplateException x) {
                throw new TemplateException(where + ": " + x.getMessage(), x.language(), x.position());
            }
            edits.add(e);
        }
        return edits;
    }

    public static String export(List<Template> templates) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "rapport-templates");
        root.put("version", 1);
        ArrayNode arr = root.putArray("templates");
        for (Template t : templates) {
            ObjectNode o = arr.addObject();
            o.put("id", t.slug() != null ? t.slug() : t.id());
            o.put("shortcut", t.shortcut());
            o.put("category", t.category());
            ArrayNode tags = o.putArray("tags");
            t.tags().forEach(tags::add);
            ObjectNode vs = o.putObject("variants");
            t.variants().forEach((lang, v) -> vs.putObject(lang).put("title", v.title()).put("body", v.body()));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new TemplateException("cannot write the pack: " + e.getMessage());
        }
    }
}
