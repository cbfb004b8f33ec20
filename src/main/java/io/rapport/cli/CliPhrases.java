package io.rapport.cli;

import io.rapport.phrasebook.PackPhrases;
import io.rapport.phrasebook.PhrasebookPack;
import io.rapport.template.coach.PhraseSource;

/** Phrase suggestions for command-line coaching: the shipped phrasebook. */
final class CliPhrases {
    private CliPhrases() {
    }

    static PhraseSource load() {
        return new PackPhrases(PhrasebookPack.loadBuiltIn());
    }
}
