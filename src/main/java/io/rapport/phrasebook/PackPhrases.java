package io.rapport.phrasebook;

import io.rapport.template.coach.PhraseSource;
import java.util.Optional;

/** The coach's suggestions taken from a phrasebook: the neutral formal phrase of a concept. */
public final class PackPhrases implements PhraseSource {
    private final PhrasebookPack pack;

    public PackPhrases(PhrasebookPack pack) {
        this.pack = pack;
    }

    @Override
    public Optional<String> phrase(String conceptId, String language) {
        Phrase best = null;
        for (Phrase p : pack.phrases(conceptId)) {
            if (!p.language().equals(language) || p.register() != Register.FORMAL) {
                continue;
            }
            if (p.gender() == null) {
                return Optional.of(p.text());
            }
            if (best == null) {
                best = p;
            }
        }
        return Optional.ofNullable(best).map(Phrase::text);
    }
}
