package io.rapport.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @ParameterizedTest
    @CsvSource({"2026-10-01T09:00:00Z, 2026-10-01T09:00:00Z", "2026-10-01T11:00:00+02:00, 2026-10-01T09:00:00Z",
        "2026-10-01T09:00:00.123Z, 2026-10-01T09:00:00.123Z", "2026-10-01T04:00:00-05:00, 2026-10-01T09:00:00Z",
        "2026-10-01T09:00:00.123456789Z, 2026-10-01T09:00:00.123456789Z", "2026-10-01 11:00, 2026-10-01T09:00:00Z",
        "01.10.2026 11:00, 2026-10-01T09:00:00Z", "2026-10-01T11:00:00, 2026-10-01T09:00:00Z",
        "1790845200, 2026-10-01T09:00:00Z", "1790845200000, 2026-10-01T09:00:00Z"})
    void everyCommonFormReadsTheSameInstant(String text, String expected) {
        assertThat(Timestamps.parse(text, WARSAW)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-13-01T09:00:00Z", "2026-10-01T25:00:00Z", "31.02.2026 10:00", "12"})
    void nonsenseIsRefusedWithTheValueInTheMessage(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text, WARSAW)).hasMessageContaining("not a date");
    }
}
