package io.rapport.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Folds text for matching without diacritics: lower case, accents removed, and the letters
 * that are not accented forms (ł, ß, æ, ø, đ…) spelled out in ASCII, so {@code zazalenie} finds
 * {@code zażalenie}, {@code pristi} finds {@code příští} and {@code strasse} finds {@code Straße}.
 * Non-Latin scripts (Cyrillic in the Ukrainian phrasebook) are only lower-cased and stripped
 * of accents.
 *
 * <p>ICU decides what each character folds to; results are cached per character so that
 * indexing a million interactions costs a table lookup per character, not a transliteration.
 */
public final class Folding {
    private static final Transliterator LATIN_ASCII = Transliterator.getInstance(
            "NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Lower");
    private static final Transliterator LATIN_ASCII_KEEP_CASE = Transliterator.getInstance(
            "NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII");
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final String[] TABLE = new String[0x3000];
    private static final String[] TABLE_KEEP_CASE = new String[0x3000];

    static {
        for (char ch = 0; ch < 0x80; ch++) {
            TABLE[ch] = String.valueOf(Character.toLowerCase(ch));
        }
    }

    private Folding() {
    }

    /** The folded form of {@code text}; null stays null. */
    public static String fold(CharSequence text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && (c < 'A' || c > 'Z')) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 8);
                out.append(text, 0, i);
            }
            appendFolded(out, text, i);
            if (Character.isHighSurrogate(c) && i + 1 < n) {
                i++;
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    private static void appendFolded(StringBuilder out, CharSequence text, int i) {
        char c = text.charAt(i);
        if (c < TABLE.length) {
            String f = TABLE[c];
            if (f == null) {
                f = foldOne(String.valueOf(c));
                TABLE[c] = f;
            }
            out.append(f);
        } else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
            // emoji and other astral characters pass through unchanged
            out.append(c).append(text.charAt(i + 1));
        } else if (Character.isSurrogate(c)) {
            out.append('\uFFFD');
        } else {
            out.append(foldOne(String.valueOf(c)));
        }
    }

    private static String foldOne(String s) {
        synchronized (LATIN_ASCII) {
            String r = LATIN_ASCII.transliterate(NFC.normalize(s));
            return r.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Like {@link #fold} but keeping upper and lower case ("Zażalenie" becomes "Zazalenie"), for
     * rules that need to see capitals, such as a name after a greeting.
     */
    public static String foldKeepCase(CharSequence text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else if (c < TABLE_KEEP_CASE.length) {
                String f = TABLE_KEEP_CASE[c];
                if (f == null) {
                    synchronized (LATIN_ASCII_KEEP_CASE) {
                        f = LATIN_ASCII_KEEP_CASE.transliterate(NFC.normalize(String.valueOf(c)));
                    }
                    TABLE_KEEP_CASE[c] = f;
                }
                out.append(f);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True if {@code haystack} contains {@code needle} when both are folded. */
    public static boolean containsFolded(String haystack, String needle) {
        return fold(haystack).contains(fold(needle));
    }
}
