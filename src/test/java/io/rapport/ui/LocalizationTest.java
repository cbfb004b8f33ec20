package io.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every UI text exists in English, Polish, Czech and German, and none is left unused. */
class LocalizationTest {
    /** Keys built at run time from these prefixes (enum values, outcomes …) count as used. */
    static final List<String> DYNAMIC = List.of("match.", "flag.", "channel.", "kind.", "outcome.", "sentiment.",
            "sync.", "coming.", "import.format.", "import.field.", "settings.theme.", "nav.", "key.", "coach.",
            "templates.category.", "templates.gender.", "phrasebook.category.", "wrapup.redact.", "wrapup.sentiment.",
            "wrapup.status.", "wrapup.error.");

    static Properties load(String lang) throws IOException {
        String name = "/io/rapport/i18n/messages" + (lang.equals("en") ? "" : "_" + lang) + ".properties";
        Properties p = new Properties();
        try (InputStream in = LocalizationTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pl", "cs", "de"})
    void everyLanguageHasExactlyTheEnglishKeys(String lang) throws IOException {
        Set<String> en = new TreeSet<>(load("en").stringPropertyNames());
        Set<String> other = new TreeSet<>(load(lang).stringPropertyNames());
        Set<String> missing = new TreeSet<>(en);
        missing.removeAll(other);
        Set<String> extra = new TreeSet<>(other);
        extra.removeAll(en);
        assertThat(missing).as("missing in " + lang).isEmpty();
        assertThat(extra).as("not in English, in " + lang).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pl", "cs", "de"})
    void everyMessageFormatsWithPlurals(String lang) throws IOException {
        Properties p = load(lang);
        for (String key : p.stringPropertyNames()) {
            String v = p.getProperty(key);
            assertThat(v).as(lang + " " + key).isNotBlank();
            if (v.contains("{")) {
                for (Object n : new Object[] {0, 1, 2, 5, 22, 1.5}) {
                    String out = new MessageFormat(v, new ULocale(lang)).format(new Object[] {n, n, n});
                    assertThat(out).as(lang + " " + key).doesNotContain("{").doesNotContain("}");
                }
            }
        }
    }

    @Test
    void keysUsedInTheCodeExistAndKeysInTheBundleAreUsed() throws IOException {
        Set<String> bundle = load("en").stringPropertyNames();
        // t("key") and t("key", …) must name existing keys; a key counts as used when its literal
        // appears anywhere in the code (it may be passed to a helper that calls t)
        Pattern call = Pattern.compile("\\bt\\(\"([a-zA-Z0-9_.\\-]+)\"\\s*[,)]");
        Pattern literal = Pattern.compile("\"([a-zA-Z0-9_.\\-]+)\"");
        Set<String> used = new HashSet<>();
        Set<String> literals = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
                String src = Files.readString(f);
                Matcher m = call.matcher(src);
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher l = literal.matcher(src);
                while (l.find()) {
                    literals.add(l.group(1));
                }
            }
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle);
        assertThat(missing).as("used in code but not in messages.properties").isEmpty();
        Set<String> unused = new TreeSet<>();
        for (String k : bundle) {
            if (!literals.contains(k) && DYNAMIC.stream().noneMatch(k::startsWith)) {
                unused.add(k);
            }
        }
        assertThat(unused).as("in messages.properties but used nowhere").isEmpty();
    }

    @Test
    void keyBindingsAndViewsHaveLabels() throws IOException {
        Set<String> bundle = load("en").stringPropertyNames();
        for (KeyBinding k : KeyBinding.values()) {
            assertThat(bundle).contains(k.labelKey());
        }
    }
}
