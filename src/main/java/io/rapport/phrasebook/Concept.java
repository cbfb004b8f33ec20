package io.rapport.phrasebook;

import java.util.List;
import java.util.Map;

/**
 * Something an agent needs to say ("ask the customer to hold"), with its title and usage note in
 * the UI languages and the values the agent fills in ({@code days}, {@code date} …).
 */
public record Concept(String id, String category, List<String> tags, Map<String, String> title,
        Map<String, String> note, List<String> slots) {

    /** The title in {@code language}, else English, else the id. */
    public String titleIn(String language) {
        String t = title.get(language);
        if (t == null) {
            t = title.get("en");
        }
        return t == null ? id : t;
    }
}
