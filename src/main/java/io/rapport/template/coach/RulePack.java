package io.rapport.template.coach;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A compiled rule pack for one language: how each element and each warning is recognised,
 * which time expressions make a next step concrete, and which phrasebook concepts to suggest.
 */
public record RulePack(
        String language,
        String source,
        Map<Element, Rule> elements,
        List<Warning> warnings,
        Pattern time,
        List<String> stopwords) {

    /** How one element is found, and what to offer when it is missing. */
    public record Rule(Element element, Pattern pattern, List<String> suggest) {
    }

    /** A phrase to avoid; {@code explain} is an optional one-line explanation per UI language. */
    public record Warning(String id, Pattern pattern, List<String> suggest, Map<String, String> explain) {
    }
}
