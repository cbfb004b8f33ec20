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
            strict("uuuu-MM-dd[ ]['T']HH:mm[:ss][.SSS]"),
            strict("d.M.uuuu[ ]H:mm[:ss]"),
            strict("d/M/uuuu[ ]H:mm[:ss]"),
            strict("uuuu/MM/dd[ ]H:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, strict("d.M.uuuu"));

    /** 31.02. is an error, not the 28th. */
    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

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
        Instant fast = fastIso(s);
        if (fast != null) {
            return fast;
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

    /**
     * The common machine form {@code 2026-10-01T09:00:00[.fff…](Z|±hh:mm)} without the cost of a
     * DateTimeFormatter (a million imports parse two dates each); null for anything else.
     */
    static Instant fastIso(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        try {
            int year = num(s, 0, 4);
            int month = num(s, 5, 7);
            int day = num(s, 8, 10);
            int hour = num(s, 11, 13);
            int minute = num(s, 14, 16);
            int second = num(s, 17, 19);
            int i = 19;
            int nanos = 0;
            if (i < n && s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == start || i - start > 9) {
                    return null;
                }
                nanos = num(s, start, i);
                for (int k = i - start; k < 9; k++) {
                    nanos *= 10;
                }
            }
            int offsetSeconds;
            if (i == n - 1 && s.charAt(i) == 'Z') {
                offsetSeconds = 0;
            } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
                offsetSeconds = (num(s, i + 1, i + 3) * 3600 + num(s, i + 4, i + 6) * 60)
                        * (s.charAt(i) == '-' ? -1 : 1);
            } else {
                return null;
            }
            return java.time.LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(java.time.ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(s);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
