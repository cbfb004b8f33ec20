package io.rapport.template;

import io.rapport.template.coach.PhraseSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrasebook concepts as building blocks of templates: {@code {phrase:closing-get-in-touch}} in a
 * body becomes that concept's formal phrase in the variant's language, as the phrasebook has it
 * now, so a phrase edited once is right in every template that uses it. A concept the phrasebook
 * lacks in that language becomes a field for the agent to fill.
 */
public final class PhraseBlocks {
    static final Pattern BLOCK = Pattern.compile("\\{phrase:([a-z0-9][a-z0-9-]{0,80})\\}");

    private PhraseBlocks() {
    }

    /** The body with every block replaced, ready for ICU MessageFormat. */
    public static String expand(String body, String language, PhraseSource phrases) {
        if (body == null || body.indexOf("{phrase:") < 0) {
            return body;
        }
        Matcher m = BLOCK.matcher(body);
        StringBuilder out = new StringBuilder(body.length() + 64);
        while (m.find()) {
            String text = phrases == null ? null : phrases.phrase(m.group(1), language).orElse(null);
            String replacement = text == null ? TemplateRenderer.OPEN + "phrase:" + m.group(1) + TemplateRenderer.CLOSE
                    : escape(text);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** For the syntax check: blocks stand for plain text. */
    static String neutral(String body) {
        return body == null ? null : BLOCK.matcher(body).replaceAll("phrase");
    }

    /**
     * A phrase as literal MessageFormat text: apostrophes doubled; its own slots such as
     * {@code {agentName}} stay placeholders, anything else in braces is quoted.
     */
    static String escape(String text) {
        String t = text.replace("'", "''");
        Matcher slot = Pattern.compile("\\{([A-Za-z]+)\\}|[{}]").matcher(t);
        StringBuilder out = new StringBuilder(t.length() + 8);
        while (slot.find()) {
            String r = slot.group(1) != null && TemplateSyntax.KNOWN.contains(slot.group(1)) ? slot.group()
                    : "'" + slot.group() + "'";
            slot.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        slot.appendTail(out);
        return out.toString();
    }
}
