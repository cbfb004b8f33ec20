package io.rapport.template;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template with what the store knows about the customer and the contact, in the
 * variant's language, so Polish and Czech plurals and Pan/Pani, pan/paní come out right. What
 * is not known becomes a field {@code ⟦name⟧} for the agent to fill; a plural whose number is
 * not known shows its general form with a {@code ⟦days⟧} field.
 */
public final class TemplateRenderer {
    public static final String OPEN = "⟦";
    public static final String CLOSE = "⟧";
    private static final Pattern FIELD = Pattern.compile("⟦([^⟦⟧]{1,40})⟧");

    private TemplateRenderer() {
    }

    /** The rendered text and the fields still to fill, in order. */
    public record Result(String text, List<String> missing) {
    }

    public static Result render(String body, String language, Map<String, Object> values) {
        Set<String> needed = TemplateSyntax.placeholders(body);
        Map<String, Object> v = new HashMap<>(values);
        v.values().removeIf(x -> x == null || (x instanceof String s && s.isBlank()));
        String pattern = body;
        Set<String> missing = new LinkedHashSet<>();
        for (String name : needed) {
            if (!v.containsKey(name)) {
                missing.add(name);
            }
        }
        if (missing.contains("gender")) {
            v.put("gender", "other");
            missing.remove("gender");
        }
        pattern = generalForms(pattern, missing);
        for (String m : missing) {
            v.put(m, OPEN + m + CLOSE);
        }
        String text = new MessageFormat(pattern, new ULocale(language)).format(v);
        return new Result(text, fields(text));
    }

    /** Replaces each plural or ordinal whose number is missing by its "other" form, with the number as a field. */
    private static String generalForms(String pattern, Set<String> missing) {
        String p = pattern;
        for (int guard = 0; guard < 20; guard++) {
            MessagePattern mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_REQUIRED).parse(p);
            int[] hit = null;
            for (int i = 0; i < mp.countParts() && hit == null; i++) {
                MessagePattern.Part part = mp.getPart(i);
                if (part.getType() != MessagePattern.Part.Type.ARG_START
                        || (part.getArgType() != MessagePattern.ArgType.PLURAL
                        && part.getArgType() != MessagePattern.ArgType.SELECTORDINAL)) {
                    continue;
                }
                String name = mp.getSubstring(mp.getPart(i + 1));
                if (!missing.contains(name)) {
                    continue;
                }
                int limit = mp.getLimitPartIndex(i);
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part sel = mp.getPart(j);
                    if (sel.getType() == MessagePattern.Part.Type.ARG_SELECTOR && "other".equals(mp.getSubstring(sel))) {
                        int msgStart = j + 1;
                        int msgLimit = mp.getLimitPartIndex(msgStart);
                        int from = mp.getPart(msgStart).getLimit();
                        int to = mp.getPart(msgLimit).getIndex();
                        hit = new int[] {part.getIndex(), mp.getPart(limit).getLimit(), from, to};
                        String general = p.substring(from, to).replace("#", "{" + name + "}");
                        p = p.substring(0, hit[0]) + general + p.substring(hit[1]);
                        break;
                    }
                }
            }
            if (hit == null) {
                return p;
            }
        }
        return p;
    }

    /** Names of the fields still to fill in {@code text}, in order (repeats included once). */
    public static List<String> fields(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return new ArrayList<>(out);
    }

    /** Where the fields are in {@code text}: pairs of start and end. */
    public static List<int[]> fieldRanges(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
