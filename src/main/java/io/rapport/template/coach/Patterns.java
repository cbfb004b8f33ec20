package io.rapport.template.coach;

import io.rapport.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The pattern language of coach rule packs, made for trainers rather than programmers. A
 * pattern is words separated by spaces, matched without diacritics and case:
 * <ul>
 * <li>{@code przepraszam} a word exactly; {@code przeprasz*} any word starting so (inflected forms);</li>
 * <li>{@code (rozumiem|rozumie*)} one of several;</li>
 * <li>{@code bardzo?} an optional word; {@code ~2} up to two words of anything in between;</li>
 * <li>{@code #} a number; {@code @Name} a word written with a capital letter (a name).</li>
 * </ul>
 * Punctuation between words is ignored.
 */
public final class Patterns {
    private static final String WORD_CHAR = "[\\p{L}\\p{N}]";
    private static final String NOT_WORD = "[^\\p{L}\\p{N}]+";

    private Patterns() {
    }

    /** Where a pattern may start: not inside a word. */
    static final String WORD_START = "(?<!" + WORD_CHAR + ")";

    /** Compiles one pattern into a regex fragment (no flags). */
    public static String toRegex(String pattern) throws PatternSyntaxError {
        return WORD_START + body(pattern);
    }

    /** As {@link #toRegex} without the word-start check, for joining many patterns behind one. */
    static String body(String pattern) throws PatternSyntaxError {
        String p = pattern == null ? "" : pattern.strip();
        if (p.isEmpty()) {
            throw new PatternSyntaxError("the pattern is empty");
        }
        List<String> tokens = split(p);
        StringBuilder re = new StringBuilder();
        boolean first = true;
        for (String raw : tokens) {
            boolean optional = raw.endsWith("?") && raw.length() > 1;
            String t = optional ? raw.substring(0, raw.length() - 1) : raw;
            String piece;
            if (t.matches("~\\d{0,2}")) {
                int n = t.length() == 1 ? 3 : Integer.parseInt(t.substring(1));
                piece = "(?:" + WORD_CHAR + "+" + NOT_WORD + "){0," + n + "}";
                re.append(first ? "" : NOT_WORD).append(piece);
                first = true; // the gap already ends with a separator
                continue;
            }
            piece = token(t, pattern);
            if (optional) {
                re.append("(?:").append(first ? "" : NOT_WORD).append(piece).append(")?");
            } else {
                re.append(first ? "" : NOT_WORD).append(piece);
                first = false;
            }
        }
        re.append("(?!" + WORD_CHAR + ")");
        String out = re.toString();
        try {
            Pattern.compile(out);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new PatternSyntaxError("cannot be compiled: " + e.getDescription());
        }
        return out;
    }

    private static List<String> split(String p) throws PatternSyntaxError {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    throw new PatternSyntaxError("a ')' without its '('");
                }
            }
            if (Character.isWhitespace(c) && depth == 0) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (depth != 0) {
            throw new PatternSyntaxError("a '(' is not closed with ')'");
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static String token(String t, String whole) throws PatternSyntaxError {
        if (t.equals("#")) {
            return "\\d+(?:[.,:]\\d+)*";
        }
        if (t.equals("@Name")) {
            return "(?-i:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)";
        }
        if (t.startsWith("(") && t.endsWith(")")) {
            String inner = t.substring(1, t.length() - 1);
            List<String> alts = new ArrayList<>();
            int depth = 0;
            StringBuilder cur = new StringBuilder();
            for (char c : inner.toCharArray()) {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
                if (c == '|' && depth == 0) {
                    alts.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            alts.add(cur.toString());
            StringBuilder b = new StringBuilder("(?:");
            for (int i = 0; i < alts.size(); i++) {
                String a = alts.get(i).strip();
                if (a.isEmpty()) {
                    throw new PatternSyntaxError("an empty choice in " + t);
                }
                if (i > 0) {
                    b.append('|');
                }
                // a choice may itself be several words: "(nie da sie|niemozliwe)"
                List<String> words = split(a);
                boolean sep = false;
                for (String word : words) {
                    if (word.matches("~\\d{0,2}")) {
                        int n = word.length() == 1 ? 3 : Integer.parseInt(word.substring(1));
                        // after a word the gap takes words with their separators in front, so a word
                        // after the group still finds its separator; at the start, behind them
                        b.append(sep ? "(?:" + NOT_WORD + WORD_CHAR + "+){0," + n + "}"
                                : "(?:" + WORD_CHAR + "+" + NOT_WORD + "){0," + n + "}");
                        continue;
                    }
                    b.append(sep ? NOT_WORD : "").append(token(word, whole));
                    sep = true;
                }
            }
            return b.append(')').toString();
        }
        if (t.contains("(") || t.contains(")") || t.contains("|")) {
            throw new PatternSyntaxError("'" + t + "': choices must be written as (a|b) with nothing attached");
        }
        boolean stem = t.endsWith("*");
        String word = stem ? t.substring(0, t.length() - 1) : t;
        if (word.isEmpty() || word.contains("*")) {
            throw new PatternSyntaxError("'" + t + "': a '*' can only end a word");
        }
        String folded = Folding.fold(word);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '\'' && c != '-') {
                throw new PatternSyntaxError("'" + t + "': unexpected character '" + c + "'");
            }
        }
        return Pattern.quote(folded) + (stem ? WORD_CHAR + "*" : "");
    }
}
