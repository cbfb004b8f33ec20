package io.rapport.phrasebook;

import io.rapport.customer.Gender;
import java.util.Map;

/**
 * One way to say a concept in one language, in a register and, where the language needs it, for
 * a customer of a gender; with a pronunciation hint per reader's language and a usage note.
 */
public record Phrase(String id, String conceptId, String language, String text, Register register, Gender gender,
        Map<String, String> pronunciation, Map<String, String> note) {

    /** The hint for a reader of {@code uiLanguage}, or null. */
    public String pronunciationFor(String uiLanguage) {
        return pronunciation.get(uiLanguage);
    }
}
