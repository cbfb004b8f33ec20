package io.rapport.importer;

import java.util.regex.Pattern;

/** Just enough HTML-to-text for e-mail bodies that have no plain-text part. */
final class Html {
    private static final Pattern DROP = Pattern.compile("(?is)<(script|style|head)[^>]*>.*?</\\1>");
    private static final Pattern PARAGRAPHS = Pattern.compile("(?i)</(p|div|h[1-6]|table|ul|ol)\\s*>");
    private static final Pattern BREAKS = Pattern.compile("(?i)<(br|/li|/tr)[^>]*>");
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");

    private Html() {
    }

    static String toText(String html) {
        String s = DROP.matcher(html).replaceAll("");
        s = PARAGRAPHS.matcher(s).replaceAll("\n\n");
        s = BREAKS.matcher(s).replaceAll("\n");
        s = TAGS.matcher(s).replaceAll("");
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return s.replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
