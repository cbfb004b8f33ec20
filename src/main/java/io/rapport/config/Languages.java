package io.rapport.config;

import java.util.List;
import java.util.Locale;

/** Languages Rapport knows: the UI's four, and the content languages. */
public final class Languages {
    /** Languages the UI is translated into. */
    public static final List<String> UI = List.of("en", "pl", "cs", "de");

    /** Languages of customers and content. */
    public static final List<String> CONTENT = List.of("pl", "cs", "de", "en", "sk", "uk");

    private Languages() {
    }

    /** The language's own name, e.g. "polski", "čeština". */
    public static String nativeName(String code) {
        Locale l = Locale.forLanguageTag(code);
        String n = l.getDisplayLanguage(l);
        return n.isEmpty() ? code : n.substring(0, 1).toUpperCase(l) + n.substring(1);
    }
}
