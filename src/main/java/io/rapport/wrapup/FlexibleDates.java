package io.rapport.wrapup;

import io.rapport.text.Folding;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date the way agents type it in any of the UI languages: 2026-11-26, 26.11.2026,
 * 26. 11., 26/11/2026, "26 listopada", "26. November", "jutro", "zítra", "übermorgen",
 * "next Monday", "w piątek", "+3", "za 3 dni", "in 3 Tagen". Day before month throughout, as
 * written in Poland, Czechia, Germany and Britain. A date without a year is the next one to come.
 */
public final class FlexibleDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[./-]\\s*(\\d{1,2})\\s*(?:[./-]\\s*(\\d{2,4})?)?");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile("(\\d{1,2})\\.?\\s+([a-z]+)\\.?(?:\\s+(\\d{4}))?");
    private static final Pattern IN_DAYS = Pattern.compile(
            "(?:\\+|in|za|within|w ciagu|behem|binnen)\\s*(\\d{1,3})\\s*(?:d|day|days|dni|dnia|den|dny|dnu|tag|tage|tagen|tg)?");
    private static final Map<String, Integer> RELATIVE = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Pattern LEADING = Pattern.compile(
            "^(?:next|this|on|coming|w|we|v|ve|pristi|pristi tyden|v pristi|am|nachsten|naechsten|kommenden|"
                    + "najblizszy|najblizsza|najblizsze|przyszly|przyszla|przyszle)\\s+");

    static {
        for (String s : new String[] {"today", "dzis", "dzisiaj", "dnes", "heute"}) {
            RELATIVE.put(s, 0);
        }
        for (String s : new String[] {"tomorrow", "jutro", "zitra", "morgen"}) {
            RELATIVE.put(s, 1);
        }
        for (String s : new String[] {"day after tomorrow", "pojutrze", "pozitri", "ubermorgen", "uebermorgen"}) {
            RELATIVE.put(s, 2);
        }
        day(DayOfWeek.MONDAY, "monday", "mon", "poniedzialek", "pon", "pondeli", "po", "montag", "mo");
        day(DayOfWeek.TUESDAY, "tuesday", "tue", "wtorek", "wt", "utery", "ut", "dienstag", "di");
        day(DayOfWeek.WEDNESDAY, "wednesday", "wed", "sroda", "srode", "sr", "streda", "stredu", "st", "mittwoch", "mi");
        day(DayOfWeek.THURSDAY, "thursday", "thu", "czwartek", "czw", "ctvrtek", "ct", "donnerstag", "do");
        day(DayOfWeek.FRIDAY, "friday", "fri", "piatek", "pt", "patek", "pa", "freitag", "fr");
        day(DayOfWeek.SATURDAY, "saturday", "sat", "sobota", "sobote", "sob", "so", "samstag", "sonnabend", "sa");
        day(DayOfWeek.SUNDAY, "sunday", "sun", "niedziela", "niedziele", "ndz", "nedele", "nedeli", "ne", "sonntag");
        month(1, "january", "jan", "styczen", "stycznia", "sty", "leden", "ledna", "januar", "jaenner", "janner");
        month(2, "february", "feb", "luty", "lutego", "lut", "unor", "unora", "februar");
        month(3, "march", "mar", "marzec", "marca", "brezen", "brezna", "marz", "maerz");
        month(4, "april", "apr", "kwiecien", "kwietnia", "kwi", "duben", "dubna");
        month(5, "may", "maj", "maja", "kveten", "kvetna", "mai");
        month(6, "june", "jun", "czerwiec", "czerwca", "cze", "cerven", "cervna", "juni");
        month(7, "july", "jul", "lipiec", "lipca", "lip", "cervenec", "cervence", "juli");
        month(8, "august", "aug", "sierpien", "sierpnia", "sie", "srpen", "srpna");
        month(9, "september", "sep", "sept", "wrzesien", "wrzesnia", "wrz", "zari");
        month(10, "october", "oct", "pazdziernik", "pazdziernika", "paz", "rijen", "rijna", "oktober", "okt");
        month(11, "november", "nov", "listopad", "listopada", "lis", "listopadu");
        month(12, "december", "dec", "grudzien", "grudnia", "gru", "prosinec", "prosince", "dezember", "dez");
    }

    private FlexibleDates() {
    }

    private static void day(DayOfWeek d, String... names) {
        for (String n : names) {
            WEEKDAYS.put(n, d);
        }
    }

    private static void month(int m, String... names) {
        for (String n : names) {
            MONTHS.put(n, m);
        }
    }

    /** The date meant by {@code text} relative to {@code today}, or empty if it cannot be read. */
    public static Optional<LocalDate> parse(String text, LocalDate today) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        String t = Folding.fold(text).strip().replaceAll("\\s+", " ").replaceAll("[,]$", "");
        try {
            Integer rel = RELATIVE.get(t);
            if (rel != null) {
                return Optional.of(today.plusDays(rel));
            }
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)));
            }
            m = DMY.matcher(t);
            if (m.matches()) {
                return Optional.of(withYear(i(m, 1), i(m, 2), m.group(3), today));
            }
            m = DAY_MONTH_NAME.matcher(t);
            if (m.matches() && MONTHS.containsKey(m.group(2))) {
                return Optional.of(withYear(i(m, 1), MONTHS.get(m.group(2)), m.group(3), today));
            }
            m = IN_DAYS.matcher(t);
            if (m.matches()) {
                return Optional.of(today.plusDays(i(m, 1)));
            }
            String w = LEADING.matcher(t).replaceFirst("").replace(".", "");
            DayOfWeek d = WEEKDAYS.get(w);
            if (d != null) {
                int ahead = (d.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
                return Optional.of(today.plusDays(ahead == 0 ? 7 : ahead));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int i(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }

    private static LocalDate withYear(int day, int month, String year, LocalDate today) {
        if (year == null || year.isEmpty()) {
            LocalDate d = LocalDate.of(today.getYear(), month, day);
            return d.isBefore(today) ? d.plusYears(1) : d;
        }
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y += 2000;
        } else if (year.length() != 4) {
            throw new DateTimeException("year");
        }
        return LocalDate.of(y, month, day);
    }
}
