package io.rapport.wrapup;

import java.text.Normalizer;

/** What is kept of typed or pasted text: NFC, line breaks normalised, control characters dropped. */
public final class NoteText {
    private NoteText() {
    }

    public static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = s.indexOf('\r') >= 0 ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
        StringBuilder b = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean drop = (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t')
                    || c == '\u200b' || c == '\ufeff';
            if (drop && b == null) {
                b = new StringBuilder(t.length()).append(t, 0, i);
            } else if (!drop && b != null) {
                b.append(c);
            }
        }
        String out = b == null ? t : b.toString();
        return Normalizer.isNormalized(out, Normalizer.Form.NFC) ? out : Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
