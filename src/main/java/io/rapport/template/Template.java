package io.rapport.template;

import java.util.List;
import java.util.Map;

/** A response template: what it is for, how to call it up, and its text per language. */
public record Template(String id, String slug, String shortcut, String category, List<String> tags,
        Map<String, TemplateVariant> variants) {

    /** The variant in {@code language}, else in {@code fallback}, else any. */
    public TemplateVariant variant(String language, String fallback) {
        TemplateVariant v = variants.get(language);
        if (v == null && fallback != null) {
            v = variants.get(fallback);
        }
        if (v == null && !variants.isEmpty()) {
            v = variants.containsKey("en") ? variants.get("en") : variants.values().iterator().next();
        }
        return v;
    }

    public String titleIn(String language) {
        TemplateVariant v = variant(language, "en");
        return v == null ? slug : v.title();
    }
}
