package io.rapport.ui;

import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times, durations and sizes as the agent's language writes them. */
public final class Formats {
    private final Locale locale;
    private final ZoneId zone;
    private final Clock clock;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final RelativeDateTimeFormatter relative;
    private final com.ibm.icu.text.MeasureFormat durations;

    public Formats(Locale locale, ZoneId zone, Clock clock) {
        this.locale = locale;
        this.zone = zone;
        this.clock = clock;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        this.relative = RelativeDateTimeFormatter.getInstance(ULocale.forLocale(locale));
        this.durations = com.ibm.icu.text.MeasureFormat.getInstance(ULocale.forLocale(locale),
                com.ibm.icu.text.MeasureFormat.FormatWidth.SHORT);
    }

    public String dateTime(Instant t) {
        return t == null ? "" : dateTime.format(t);
    }

    public String date(Instant t) {
        return t == null ? "" : date.format(t);
    }

    /** "3 minutes ago", "před 2 dny", "vor 5 Tagen", "wczoraj". */
    public String relative(Instant t) {
        if (t == null) {
            return "";
        }
        Duration d = Duration.between(t, clock.instant());
        boolean past = !d.isNegative();
        Duration a = d.abs();
        RelativeDateTimeFormatter.Direction dir = past ? RelativeDateTimeFormatter.Direction.LAST
                : RelativeDateTimeFormatter.Direction.NEXT;
        if (a.toMinutes() < 1) {
            return relative.format(RelativeDateTimeFormatter.Direction.PLAIN,
                    RelativeDateTimeFormatter.AbsoluteUnit.NOW);
        }
        if (a.toHours() < 1) {
            return relative.formatNumeric(past ? -a.toMinutes() : a.toMinutes(),
                    RelativeDateTimeFormatter.RelativeDateTimeUnit.MINUTE);
        }
        if (a.toDays() < 1) {
            return relative.formatNumeric(past ? -a.toHours() : a.toHours(),
                    RelativeDateTimeFormatter.RelativeDateTimeUnit.HOUR);
        }
        if (a.toDays() == 1) {
            return relative.format(dir, RelativeDateTimeFormatter.AbsoluteUnit.DAY);
        }
        if (a.toDays() < 31) {
            return relative.formatNumeric(past ? -a.toDays() : a.toDays(),
                    RelativeDateTimeFormatter.RelativeDateTimeUnit.DAY);
        }
        long months = a.toDays() / 30;
        if (months < 12) {
            return relative.formatNumeric(past ? -months : months, RelativeDateTimeFormatter.RelativeDateTimeUnit.MONTH);
        }
        long years = a.toDays() / 365;
        return relative.formatNumeric(past ? -years : years, RelativeDateTimeFormatter.RelativeDateTimeUnit.YEAR);
    }

    /** A call's length in the locale's words: "4 min 5 s", "4 Min., 5 Sek.". */
    public String duration(Duration d) {
        long s = Math.max(0, d.getSeconds());
        java.util.List<com.ibm.icu.util.Measure> parts = new java.util.ArrayList<>();
        if (s >= 3600) {
            parts.add(new com.ibm.icu.util.Measure(s / 3600, com.ibm.icu.util.MeasureUnit.HOUR));
        }
        if (s >= 60) {
            parts.add(new com.ibm.icu.util.Measure((s % 3600) / 60, com.ibm.icu.util.MeasureUnit.MINUTE));
        }
        if (s < 3600) {
            parts.add(new com.ibm.icu.util.Measure(s % 60, com.ibm.icu.util.MeasureUnit.SECOND));
        }
        return durations.formatMeasures(parts.toArray(new com.ibm.icu.util.Measure[0]));
    }

    /** "12.4 MB" in the locale's number format. */
    public String size(long bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        double v = bytes;
        int u = 0;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(locale, u == 0 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }
}
