package io.rapport.template.coach;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule packs in force: the ones shipped in {@code assets/coach/}, each replaced by a
 * trainer's edited copy in the data folder's {@code coach/} folder when that copy is valid. A
 * copy that is not valid is reported and the previous pack stays in force.
 */
public final class RulePacks {
    public static final List<String> LANGUAGES = List.of("en", "pl", "cs", "de");

    private final Map<String, RulePack> packs = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private RulePacks() {
    }

    /** Built-in packs, overridden by valid files in {@code overrides} (may be null or missing). */
    public static RulePacks load(Path overrides) {
        RulePacks r = new RulePacks();
        for (String lang : LANGUAGES) {
            String name = "coach-" + lang + ".json";
            try (InputStream in = RulePacks.class.getResourceAsStream("/assets/coach/" + name)) {
                if (in == null) {
                    r.problems.add("built-in pack " + name + " is missing");
                    continue;
                }
                r.packs.put(lang, RulePackLoader.load(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException | RulePackException e) {
                r.problems.add(e.getMessage());
            }
            if (overrides != null) {
                Path f = overrides.resolve(name);
                if (Files.isRegularFile(f)) {
                    r.replace(lang, f);
                }
            }
        }
        return r;
    }

    /** Replaces a language's pack with a file if the file is valid; returns the problem otherwise. */
    public String replace(String lang, Path file) {
        try {
            RulePack p = RulePackLoader.load(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            if (!p.language().equals(lang)) {
                throw new RulePackException(file + ": says it is for \"" + p.language() + "\", expected \"" + lang + "\"");
            }
            packs.put(lang, p);
            return null;
        } catch (IOException | RulePackException e) {
            String msg = e.getMessage() + " — the previous " + lang + " pack stays in force";
            problems.add(msg);
            return msg;
        }
    }

    public Map<String, RulePack> packs() {
        return packs;
    }

    /** Packs that could not be loaded, with file and line. */
    public List<String> problems() {
        return problems;
    }
}
