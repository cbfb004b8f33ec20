package io.rapport.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {
    @Test
    void polishCzechAndGermanLettersFoldToWhatPeopleTypeWithoutDiacritics() {
        assertThat(Folding.fold("Zażalenie")).isEqualTo("zazalenie");
        assertThat(Folding.fold("Złożyłem reklamację")).isEqualTo("zlozylem reklamacje");
        assertThat(Folding.fold("příští týden")).isEqualTo("pristi tyden");
        assertThat(Folding.fold("Kůň úpěl ďábelské ódy")).isEqualTo("kun upel dabelske ody");
        assertThat(Folding.fold("Hauptstraße")).isEqualTo("hauptstrasse");
        assertThat(Folding.fold("Müller Größe")).isEqualTo("muller grosse");
        assertThat(Folding.fold("Ľubomír Ôsmy")).isEqualTo("lubomir osmy");
    }

    @Test
    void combiningMarksAndOtherScriptsSurvive() {
        assertThat(Folding.fold("Z\u0307ofia")).isEqualTo("zofia");
        assertThat(Folding.fold("Дякую")).isEqualTo("дякую");
        assertThat(Folding.fold("ok 👍")).isEqualTo("ok 👍");
        assertThat(Folding.fold("plain ascii")).isEqualTo("plain ascii");
    }

    @Test
    void foldedTextMapsMatchesBackToTheOriginal() {
        FoldedText t = FoldedText.of("Złożono zażalenie na Straße");
        var ranges = t.wordPrefixMatches(java.util.List.of("zazal", "strasse"));
        assertThat(ranges).hasSize(2);
        assertThat(t.original().substring(ranges.get(0).start(), ranges.get(0).end())).isEqualTo("zażalenie");
        assertThat(t.original().substring(ranges.get(1).start(), ranges.get(1).end())).isEqualTo("Straße");
    }
}
