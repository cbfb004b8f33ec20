package io.rapport.phrasebook;

import io.rapport.customer.Gender;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges units read from a file into the stored concepts: same concept, language, register and
 * gender updates the phrase; anything new is added; nothing is removed. Collects what it skips.
 */
final class Merge {
    private final Map<String, Concept> concepts = new LinkedHashMap<>();
    private final Map<String, List<Phrase>> phrases = new LinkedHashMap<>();
    private final Set<String> touched = new LinkedHashSet<>();
    final List<String> problems = new ArrayList<>();
    private int singleLanguage;

    private boolean reportSingleLanguage = true;

    /** CSV rows carry one language each: no point reporting units with a single language. */
    Merge perRow() {
        reportSingleLanguage = false;
        return this;
    }

    Merge(List<ConceptEntry> existing) {
        for (ConceptEntry e : existing) {
            concepts.put(e.concept().id(), e.concept());
            phrases.put(e.concept().id(), new ArrayList<>(e.phrases()));
        }
    }

    void unit(String tuid, String category, List<String> tags, Map<String, String> titles, List<String[]> tuvs,
            String where, Function<String, Map<String, String>> decode) {
        if (tuid == null || tuid.isBlank()) {
            problems.add(where + ": no tuid (expected \"concept#register/gender\"), skipped");
            return;
        }
        String[] parts = tuid.split("#", -1);
        String conceptId = parts[0];
        String rest = parts.length > 1 ? parts[1] : "formal";
        int variant = 1;
        if (parts.length > 2) {
            try {
                variant = Math.max(1, Integer.parseInt(parts[2]));
            } catch (NumberFormatException e) {
                problems.add(where + ": \"" + tuid + "\" has an unreadable variant number, skipped");
                return;
            }
        }
        String reg = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        String gen = rest.contains("/") ? rest.substring(rest.indexOf('/') + 1) : null;
        Register register = Register.parse(reg).orElse(null);
        if (register == null) {
            problems.add(where + ": register \"" + reg + "\" is neither formal nor informal, skipped");
            return;
        }
        Gender gender = gen == null || gen.isBlank() ? null : Gender.parse(gen).orElse(null);
        if (conceptId.isBlank() || !conceptId.matches("[A-Za-z0-9._-]{1,80}")) {
            problems.add(where + ": \"" + conceptId + "\" is not a concept id, skipped");
            return;
        }
        if (tuvs.size() == 1) {
            singleLanguage++;
        }
        Concept c = concepts.get(conceptId);
        if (c == null) {
            String cat = category != null && PhrasebookStore.CATEGORIES.contains(category) ? category : "explanation";
            Map<String, String> t = new LinkedHashMap<>(titles);
            if (t.isEmpty()) {
                for (String[] tuv : tuvs) {
                    if ("en".equals(PhrasebookFiles.language(tuv[0]))) {
                        t.put("en", tuv[1].strip());
                    }
                }
            }
            if (t.isEmpty() && !tuvs.isEmpty()) {
                t.put("en", tuvs.get(0)[1].strip());
            }
            c = new Concept(conceptId, cat, tags, t, Map.of(), List.of());
            concepts.put(conceptId, c);
            phrases.put(conceptId, new ArrayList<>());
        }
        List<Phrase> list = phrases.get(conceptId);
        for (String[] tuv : tuvs) {
            String lang = PhrasebookFiles.language(tuv[0]);
            if (lang == null) {
                problems.add(where + ": language \"" + tuv[0] + "\" is not one Rapport keeps ("
                        + String.join(", ", PhrasebookPack.LANGUAGES) + "), skipped");
                continue;
            }
            String text = tuv[1] == null ? "" : tuv[1].strip();
            if (text.isEmpty()) {
                problems.add(where + ": empty " + lang + " phrase, skipped");
                continue;
            }
            Gender g = gender;
            boolean found = false;
            int nth = 0;
            for (int i = 0; i < list.size(); i++) {
                Phrase p = list.get(i);
                if (p.language().equals(lang) && p.register() == register && p.gender() == g && ++nth == variant) {
                    Map<String, String> pron = new LinkedHashMap<>(p.pronunciation());
                    pron.putAll(decode.apply(tuv[2]));
                    list.set(i, new Phrase(p.id(), conceptId, lang, text, register, g, pron, p.note()));
                    found = true;
                    break;
                }
                if (g != null && p.language().equals(lang) && p.register() == register && p.gender() == null
                        && p.text().equals(text)) {
                    // the neutral phrase repeated in a gendered unit
                    found = true;
                    break;
                }
            }
            if (!found) {
                list.add(new Phrase(null, conceptId, lang, text, register, g, decode.apply(tuv[2]), Map.of()));
            }
        }
        touched.add(conceptId);
    }

    List<ConceptEntry> result() {
        if (singleLanguage > 0 && reportSingleLanguage) {
            problems.add(singleLanguage + " units have a phrase in one language only; the other languages are missing");
        }
        List<ConceptEntry> out = new ArrayList<>();
        for (String id : touched) {
            out.add(new ConceptEntry(concepts.get(id), phrases.get(id)));
        }
        return out;
    }
}
