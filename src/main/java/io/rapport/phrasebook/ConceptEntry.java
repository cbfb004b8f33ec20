package io.rapport.phrasebook;

import io.rapport.customer.Gender;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A concept with all its phrases: the unit the phrasebook shows, edits, imports and exports. */
public record ConceptEntry(Concept concept, List<Phrase> phrases) {

    /** Languages that have at least one phrase. */
    public Set<String> languages() {
        Set<String> out = new TreeSet<>();
        phrases.forEach(p -> out.add(p.language()));
        return out;
    }

    /**
     * The phrase to show in {@code language} for a register and the customer's gender: the exact
     * register and gender first, then the gender-neutral one, then any of the register, then any.
     */
    public Phrase best(String language, Register register, Gender gender) {
        List<Phrase> inLang = new ArrayList<>();
        for (Phrase p : phrases) {
            if (p.language().equals(language)) {
                inLang.add(p);
            }
        }
        if (inLang.isEmpty()) {
            return null;
        }
        for (Phrase p : inLang) {
            if (p.register() == register && gender != null && p.gender() == gender) {
                return p;
            }
        }
        for (Phrase p : inLang) {
            if (p.register() == register && p.gender() == null) {
                return p;
            }
        }
        for (Phrase p : inLang) {
            if (p.register() == register) {
                return p;
            }
        }
        return inLang.get(0);
    }
}
