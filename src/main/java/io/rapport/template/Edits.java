package io.rapport.template;

/** Edit distance between an inserted template and the sent text, for usage figures. */
final class Edits {
    private Edits() {
    }

    /** Levenshtein distance, computed on at most {@code max} characters of each text. */
    static int distance(String a, String b, int max) {
        String s = a.length() > max ? a.substring(0, max) : a;
        String t = b.length() > max ? b.substring(0, max) : b;
        int[] prev = new int[t.length() + 1];
        int[] cur = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            cur[0] = i;
            char c = s.charAt(i - 1);
            for (int j = 1; j <= t.length(); j++) {
                int cost = c == t.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[t.length()];
    }
}
