package io.rapport.template.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.text.Folding;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The trainers' pattern language: what a pattern matches in a folded draft and what it refuses. */
class PatternsTest {

    private static boolean matches(String pattern, String text) throws Exception {
        return Pattern.compile(Patterns.toRegex(pattern), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(Folding.foldKeepCase(text)).find();
    }

    @Test
    void stemsMatchInflectedFormsWithoutDiacritics() throws Exception {
        assertThat(matches("przeprasz*", "Bardzo przepraszamy za opóźnienie")).isTrue();
        assertThat(matches("omluv*", "Omlouváme se, omluvte prosím")).isTrue();
        assertThat(matches("zazalen*", "Pana zażalenie")).isTrue();
        assertThat(matches("przeprasz*", "nieprzepraszam")).isFalse();
    }

    @Test
    void optionalWordsAndGaps() throws Exception {
        assertThat(matches("bardzo? przepraszam", "przepraszam")).isTrue();
        assertThat(matches("bardzo? przepraszam", "bardzo przepraszam")).isTrue();
        assertThat(matches("nie ~2 mozemy", "nie bardzo teraz możemy")).isTrue();
        assertThat(matches("nie ~1 mozemy", "nie bardzo teraz możemy")).isFalse();
    }

    @Test
    void aGapInsideAChoiceKeepsTheFollowingWord() throws Exception {
        String p = "(so|your ~2) (won t|cannot)";
        assertThat(matches(p, "so you cannot")).isFalse();
        assertThat(matches(p, "so cannot")).isTrue();
        assertThat(matches(p, "your parcel cannot")).isTrue();
        assertThat(matches(p, "your new parcel won't")).isTrue();
        assertThat(matches(p, "your very new parcel cannot")).isFalse();
        assertThat(matches("(~1 sorry) for", "very sorry for")).isTrue();
    }

    @Test
    void numbersAndNames() throws Exception {
        assertThat(matches("within # days", "within 3 days")).isTrue();
        assertThat(matches("at #", "at 14:30")).isTrue();
        assertThat(matches("dear @Name", "Dear Anna")).isTrue();
        assertThat(matches("dear @Name", "dear customer")).isFalse();
    }

    @Test
    void mistakesAreRefusedWithAReason() {
        assertThatThrownBy(() -> Patterns.toRegex("(a|b")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> Patterns.toRegex("a)")).hasMessageContaining("without its");
        assertThatThrownBy(() -> Patterns.toRegex("pr*zep")).hasMessageContaining("can only end a word");
        assertThatThrownBy(() -> Patterns.toRegex("(a||b)")).hasMessageContaining("empty choice");
        assertThatThrownBy(() -> Patterns.toRegex("  ")).hasMessageContaining("empty");
    }
}
