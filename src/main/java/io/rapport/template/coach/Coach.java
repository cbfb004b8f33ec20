package io.rapport.template.coach;

import io.rapport.text.FoldedText;
import io.rapport.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a reply draft for what a caring answer contains (acknowledgement, apology, ownership,
 * cause, impact, action, a next step with a time, the customer's name) and for what hurts
 * (blame, cold phrases, jargon, shouting, walls of text), using the draft language's rule pack.
 * Pure computation, safe to call from any thread; a 2,000-character draft takes well under a
 * millisecond or two.
 */
public final class Coach {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]+");
    private static final Pattern CAPS_RUN = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}{3,}(?:[^\\p{L}\\n]{1,3}\\p{Lu}{3,}){1,}(?![\\p{L}])|(?<![\\p{L}])\\p{Lu}{8,}(?![\\p{L}])");
    static final int WALL_PARAGRAPH = 700;

    private final Map<String, RulePack> packs;
    private final PhraseSource phrases;

    public Coach(Map<String, RulePack> packs, PhraseSource phrases) {
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("no coach rule pack could be loaded");
        }
        this.packs = Map.copyOf(packs);
        this.phrases = phrases;
    }

    /** Where the coach's suggested phrases come from (the phrasebook); templates use it for blocks too. */
    public PhraseSource phrases() {
        return phrases;
    }

    public boolean supports(String language) {
        return packs.containsKey(language);
    }

    /** Checks {@code text}; {@code language} null means guess it from the text. */
    public CoachReport check(String text, String language, CoachContext ctx) {
        String t = text == null ? "" : text;
        String lang = language != null && packs.containsKey(language) ? language : guessLanguage(t);
        RulePack pack = packs.getOrDefault(lang, packs.getOrDefault("en", packs.values().iterator().next()));
        FoldedText ft = FoldedText.ofKeepCase(t);
        String keepCase = ft.folded();
        // the rules are lower case and compiled without case folding, which is several times faster;
        // lowering char by char keeps every position, so spans still map back to the draft
        String f = lowerCase(keepCase);
        List<CoachReport.Finding> findings = new ArrayList<>();
        for (Element e : Element.values()) {
            findings.add(e == Element.NAME ? nameFinding(pack, ft, keepCase, ctx) : find(e, pack, ft, f, ctx));
        }
        List<CoachReport.Flag> flags = new ArrayList<>();
        for (RulePack.Warning w : pack.warnings()) {
            Matcher m = w.pattern().matcher(f);
            int n = 0;
            while (m.find() && n++ < 5) {
                flags.add(new CoachReport.Flag(w.id(), span(ft, m.start(), m.end()), suggestions(w.suggest(), lang)));
            }
        }
        Matcher caps = CAPS_RUN.matcher(t);
        if (caps.find()) {
            flags.add(new CoachReport.Flag("caps", new CoachReport.Span(caps.start(), caps.end(),
                    t.substring(caps.start(), caps.end())), List.of()));
        }
        CoachReport.Span wall = wall(t);
        if (wall != null) {
            flags.add(new CoachReport.Flag("wall", wall, List.of()));
        }
        return new CoachReport(pack.language(), findings, flags, ctx.notes());
    }

    static String lowerCase(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    /** The customer's name: matched on the text with its capitals, as {@code @Name} needs them. */
    private CoachReport.Finding nameFinding(RulePack pack, FoldedText ft, String keepCase, CoachContext ctx) {
        RulePack.Rule rule = pack.elements().get(Element.NAME);
        List<String> suggest = rule == null ? List.of() : rule.suggest();
        CoachReport.Span s = nameSpan(ft, keepCase, ctx, rule);
        return s != null ? new CoachReport.Finding(Element.NAME, CoachReport.Status.PRESENT, s, List.of())
                : new CoachReport.Finding(Element.NAME, CoachReport.Status.MISSING, null,
                        suggestions(suggest, pack.language()));
    }

    private CoachReport.Finding find(Element e, RulePack pack, FoldedText ft, String f, CoachContext ctx) {
        RulePack.Rule rule = pack.elements().get(e);
        List<String> suggest = rule == null ? List.of() : rule.suggest();
        if (rule == null) {
            return new CoachReport.Finding(e, CoachReport.Status.NOT_NEEDED, null, List.of());
        }
        if (e == Element.NEXT_STEP) {
            return nextStep(rule, pack, ft, f);
        }
        Matcher m = rule.pattern().matcher(f);
        if (m.find()) {
            return new CoachReport.Finding(e, CoachReport.Status.PRESENT, span(ft, m.start(), m.end()), List.of());
        }
        if (e == Element.APOLOGY && !ctx.complaint()) {
            return new CoachReport.Finding(e, CoachReport.Status.NOT_NEEDED, null, List.of());
        }
        return new CoachReport.Finding(e, CoachReport.Status.MISSING, null, suggestions(suggest, pack.language()));
    }

    /** A next step counts when one sentence says what will happen and when. */
    private CoachReport.Finding nextStep(RulePack.Rule rule, RulePack pack, FoldedText ft, String f) {
        int start = 0;
        Matcher ends = SENTENCE_END.matcher(f);
        CoachReport.Span partial = null;
        while (start < f.length()) {
            int end = ends.find() ? ends.end() : f.length();
            String sentence = f.substring(start, end);
            Matcher step = rule.pattern().matcher(sentence);
            if (step.find()) {
                if (pack.time() != null && pack.time().matcher(sentence).find()) {
                    return new CoachReport.Finding(Element.NEXT_STEP, CoachReport.Status.PRESENT,
                            span(ft, start, end), List.of());
                }
                if (partial == null) {
                    partial = span(ft, start + step.start(), start + step.end());
                }
            }
            start = end;
        }
        List<CoachReport.Suggestion> s = suggestions(rule.suggest(), pack.language());
        return partial != null ? new CoachReport.Finding(Element.NEXT_STEP, CoachReport.Status.PARTIAL, partial, s)
                : new CoachReport.Finding(Element.NEXT_STEP, CoachReport.Status.MISSING, null, s);
    }

    private CoachReport.Span nameSpan(FoldedText ft, String f, CoachContext ctx, RulePack.Rule rule) {
        String lower = f.toLowerCase(Locale.ROOT);
        for (String name : ctx.names()) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String n = Folding.fold(name).strip();
            int at = indexOfWord(lower, n);
            if (at >= 0) {
                return span(ft, at, at + n.length());
            }
        }
        if (rule != null) {
            Matcher m = rule.pattern().matcher(f);
            if (m.find()) {
                return span(ft, m.start(), m.end());
            }
        }
        return null;
    }

    private static int indexOfWord(String hay, String needle) {
        int from = 0;
        while (true) {
            int at = hay.indexOf(needle, from);
            if (at < 0) {
                return -1;
            }
            boolean before = at == 0 || !Character.isLetterOrDigit(hay.charAt(at - 1));
            int end = at + needle.length();
            // Polish and Czech inflect names in address ("Pani Zdzisławo", "pane Nováku"): a longer ending is fine
            if (before) {
                return at;
            }
            from = end;
        }
    }

    private static CoachReport.Span wall(String t) {
        int start = 0;
        for (String para : t.split("\\n", -1)) {
            if (para.length() > WALL_PARAGRAPH) {
                return new CoachReport.Span(start, start + para.length(), para.substring(0, 60) + "…");
            }
            start += para.length() + 1;
        }
        return null;
    }

    private List<CoachReport.Suggestion> suggestions(List<String> concepts, String lang) {
        List<CoachReport.Suggestion> out = new ArrayList<>();
        for (String c : concepts) {
            phrases.phrase(c, lang).ifPresent(p -> out.add(new CoachReport.Suggestion(c, p)));
            if (out.size() == 2) {
                break;
            }
        }
        return out;
    }

    private static CoachReport.Span span(FoldedText ft, int foldedStart, int foldedEnd) {
        int s = ft.originalIndex(foldedStart);
        int e = ft.originalIndex(foldedEnd);
        return new CoachReport.Span(s, e, ft.original().substring(s, e).strip());
    }

    /**
     * The draft's language by its function words and letters (ł, ř, ß …); English when unsure.
     */
    public String guessLanguage(String text) {
        String f = Folding.fold(text);
        String best = "en";
        double bestScore = 0;
        for (RulePack p : packs.values()) {
            double score = 0;
            for (String w : p.stopwords()) {
                score += count(f, w);
            }
            score += letters(text, p.language());
            if (score > bestScore) {
                bestScore = score;
                best = p.language();
            }
        }
        return best;
    }

    private static double letters(String t, String lang) {
        String marks;
        switch (lang) {
            case "pl":
                marks = "ąęłńśźżĄĘŁŃŚŹŻ";
                break;
            case "cs":
                marks = "řůěťďňŘŮĚŤĎŇ";
                break;
            case "de":
                marks = "ßäöüÄÖÜ";
                break;
            default:
                return 0;
        }
        double n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (marks.indexOf(t.charAt(i)) >= 0) {
                n += 0.5;
            }
        }
        return n;
    }

    private static int count(String hay, String word) {
        int n = 0;
        int from = 0;
        String w = Folding.fold(word);
        while (true) {
            int at = hay.indexOf(w, from);
            if (at < 0) {
                return n;
            }
            int end = at + w.length();
            if ((at == 0 || !Character.isLetter(hay.charAt(at - 1)))
                    && (end == hay.length() || !Character.isLetter(hay.charAt(end)))) {
                n++;
            }
            from = end;
        }
    }
}
