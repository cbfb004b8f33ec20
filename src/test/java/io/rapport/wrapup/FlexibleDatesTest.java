package io.rapport.wrapup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Follow-up dates as agents type them in English, Polish, Czech and German (today: Monday 23 Nov 2026). */
class FlexibleDatesTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-11-26|2026-11-26", "26.11.2026|2026-11-26", "26. 11. 2026|2026-11-26", "26/11/2026|2026-11-26",
        "26.11.|2026-11-26", "26.11|2026-11-26", "3.1.|2027-01-03", "26.11.26|2026-11-26",
        "26 listopada|2026-11-26", "26. listopadu 2026|2026-11-26", "26. November|2026-11-26", "26 Nov|2026-11-26",
        "5. března|2027-03-05", "5. März|2027-03-05",
        "today|2026-11-23", "dziś|2026-11-23", "dnes|2026-11-23", "heute|2026-11-23",
        "tomorrow|2026-11-24", "jutro|2026-11-24", "zítra|2026-11-24", "Morgen|2026-11-24",
        "pojutrze|2026-11-25", "pozítří|2026-11-25", "übermorgen|2026-11-25",
        "Friday|2026-11-27", "w piątek|2026-11-27", "v pátek|2026-11-27", "am Freitag|2026-11-27",
        "next monday|2026-11-30", "poniedziałek|2026-11-30", "pondělí|2026-11-30", "Montag|2026-11-30",
        "+3|2026-11-26", "za 3 dni|2026-11-26", "za 3 dny|2026-11-26", "in 3 Tagen|2026-11-26", "in 3 days|2026-11-26"})
    void readsWhatAgentsType(String typed, String expected) {
        assertThat(FlexibleDates.parse(typed, MONDAY)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "31.02.2027", "32.1.", "2026-13-01", "next year", "1.2.3.4", "9999999"})
    void refusesWhatIsNotADate(String typed) {
        assertThat(FlexibleDates.parse(typed, MONDAY)).isEqualTo(Optional.empty());
    }
}
