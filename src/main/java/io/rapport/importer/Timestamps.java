package io.rapport.importer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Dates and times as exports write them: ISO 8601 with or without offset, "2026-10-01 09:00:00",
 * "01.10.2026 09:00", epoch seconds or milliseconds. Times without an offset are in {@code zone}.
 */
final class Timestamps {
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss][.SSS]"),
            DateTimeFormatter.ofPattern("d.M.yyyy[ ]H:mm[:ss]"),
            DateTimeFormatter.ofPattern("d/M/yyyy[ ]H:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd[ ]H:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d.M.yyyy"));

    private Timestamps() {
    }

    static Instant parseOrNull(String s, ZoneId zone) {
        return s == null || s.isBlank() ? null : parse(s, zone);
    }

    static Instant parse(String raw, ZoneId zone) {
        return parse(raw, zone, List.of());
    }

    static Instant parse(String raw, ZoneId zone, List<DateTimeFormatter> extra) {
        String s = raw.strip();
        for (DateTimeFormatter f : extra) {
            try {
                return LocalDateTime.parse(s, f).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return ZonedDateTime.parse(s, f).toInstant();
                } catch (DateTimeParseException e2) {
                    // next
                }
            }
        }
        if (!s.isEmpty() && s.chars().allMatch(Character::isDigit) && s.length() >= 9 && s.length() <= 13) {
            long v = Long.parseLong(s);
            return s.length() >= 12 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // next
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            // next
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                return LocalDateTime.parse(s, f).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // next
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException e) {
                // next
            }
        }
        throw new InvalidRecord("\"" + abbreviate(s) + "\" is not a date and time "
                + "(use e.g. 2026-10-01T09:00:00Z or 2026-10-01 09:00)");
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
