package io.rapport.template;

import java.util.List;
import java.util.Map;

/**
 * What an editor saves: the template's fields and the variants as edited ({@code null} id for
 * a new template). Variants left out are not touched; a variant with an empty body is removed.
 */
public record TemplateEdit(String id, String slug, String shortcut, String category, List<String> tags,
        Map<String, Text> variants) {

    public record Text(String title, String body) {
    }
}
