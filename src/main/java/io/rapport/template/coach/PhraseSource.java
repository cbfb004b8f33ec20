package io.rapport.template.coach;

import java.util.Optional;

/** Where the coach takes suggested phrases from: the phrasebook, by concept. */
public interface PhraseSource {
    PhraseSource NONE = (concept, language) -> Optional.empty();

    /** The formal phrase for {@code conceptId} in {@code language}, if the phrasebook has one. */
    Optional<String> phrase(String conceptId, String language);
}
