package io.rapport.template;

import com.ibm.icu.text.MessagePattern;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks template bodies (ICU MessageFormat with named placeholders) and lists what they need.
 * An error carries the position in the text, for the editor to point at.
 */
public final class TemplateSyntax {
    /** The placeholders the app fills from the customer, the interaction and the agent. */
    public static final Set<String> KNOWN = Set.of("customerName", "firstName", "lastName", "gender", "formalAddress",
            "orderNumber", "ticketNumber", "amount", "date", "time", "days", "agentName", "companyName");
    private static final Pattern INDEX = Pattern.compile("at pattern index (\\d+)");

    private TemplateSyntax() {
    }

    /** A syntax problem: where and what. */
    public record Error(int position, String message) {
    }

    /** The first problem in {@code body}, if any. */
    public static Optional<Error> check(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(new Error(0, "the text is empty"));
        }
        // phrasebook blocks keep the length of their token, so positions still point into the text
        String body = PhraseBlocks.BLOCK.matcher(raw).replaceAll(r -> "x".repeat(r.group().length()));
        MessagePattern mp;
        try {
            mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_REQUIRED).parse(body);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            String msg = e.getMessage() == null ? "not valid" : e.getMessage();
            Matcher m = INDEX.matcher(msg);
            int pos = m.find() ? Integer.parseInt(m.group(1)) : braceProblem(body);
            return Optional.of(new Error(Math.min(pos, body.length()), msg.replaceAll("\\s*\\[at pattern index \\d+\\]", "")
                    .replaceAll("\\s+in \".*$", "").strip()));
        }
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part p = mp.getPart(i);
            if (p.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                return Optional.of(new Error(p.getIndex(), "use named placeholders such as {customerName}, not numbers"));
            }
            if (p.getType() == MessagePattern.Part.Type.ARG_NAME) {
                String name = mp.getSubstring(p);
                if (!KNOWN.contains(name)) {
                    return Optional.of(new Error(p.getIndex(), "unknown placeholder {" + name + "} (known: "
                            + String.join(", ", new java.util.TreeSet<>(KNOWN)) + ")"));
                }
            }
        }
        return Optional.empty();
    }

    /** Where braces stop matching: an unclosed '{' or a stray '}' (apostrophe-quoted text ignored). */
    static int braceProblem(String body) {
        java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'') {
                if (i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && c == '{') {
                open.push(i);
            } else if (!quoted && c == '}') {
                if (open.isEmpty()) {
                    return i;
                }
                open.pop();
            }
        }
        return open.isEmpty() ? 0 : open.peekLast() == null ? 0 : lastUnclosed(open);
    }

    private static int lastUnclosed(java.util.Deque<Integer> open) {
        // the innermost unclosed brace is where the agent most likely forgot the '}'
        return open.peek();
    }

    /** Placeholder names used by {@code body}, in order of appearance (empty if it does not parse). */
    public static Set<String> placeholders(String body) {
        Set<String> out = new LinkedHashSet<>();
        try {
            MessagePattern mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_REQUIRED).parse(body);
            for (int i = 0; i < mp.countParts(); i++) {
                MessagePattern.Part p = mp.getPart(i);
                if (p.getType() == MessagePattern.Part.Type.ARG_NAME) {
                    out.add(mp.getSubstring(p));
                }
            }
        } catch (IllegalArgumentException e) {
            // a body that does not parse needs nothing we can name
        }
        return out;
    }
}
