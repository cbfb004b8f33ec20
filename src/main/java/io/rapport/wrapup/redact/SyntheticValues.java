package io.rapport.wrapup.redact;

import java.time.LocalDate;
import java.util.Random;

/**
 * Made-up sensitive values (valid by the same rules the redactor applies) and their near misses,
 * written the many ways agents type them. For {@link RedactionCorpus}.
 */
final class SyntheticValues {
    /** Well-known scheme test numbers, so the corpus also carries the numbers people paste. */
    private static final String[] TEST_CARDS = {
        "4111111111111111", "4012888888881881", "5555555555554444", "2223003122003222",
        "378282246310005", "6011111111111117", "3530111333300000", "30569309025904",
        "6200000000000005", "4000056655665556", "5105105105105100", "371449635398431",
    };
    private static final String[] CZECH_BANKS = {
        "0100", "0300", "0600", "0800", "2010", "2700", "3030", "5500", "6210", "0710",
    };
    private static final String[] IBAN_COUNTRIES = {"PL", "PL", "CZ", "CZ", "DE", "DE", "SK", "AT", "GB", "FR", "NL", "HU", "IT", "ES"};

    private final Random r;

    SyntheticValues(Random r) {
        this.r = r;
    }

    // ---- cards ------------------------------------------------------------------------------

    /** A Luhn-valid number of a real scheme prefix and length. */
    String cardDigits() {
        if (r.nextInt(6) == 0) {
            return pick(TEST_CARDS);
        }
        String prefix;
        int length;
        switch (r.nextInt(12)) {
            case 0 -> { prefix = "4"; length = 16; }
            case 1 -> { prefix = "4"; length = pick(13, 19); }
            case 2 -> { prefix = Integer.toString(51 + r.nextInt(5)); length = 16; }
            case 3 -> { prefix = Integer.toString(2221 + r.nextInt(500)); length = 16; }
            case 4 -> { prefix = r.nextBoolean() ? "34" : "37"; length = 15; }
            case 5 -> { prefix = pick("6011", "644", "647", "65"); length = 16 + r.nextInt(4); }
            case 6 -> { prefix = "62"; length = 16 + r.nextInt(4); }
            case 7 -> { prefix = Integer.toString(3528 + r.nextInt(62)); length = 16 + r.nextInt(4); }
            case 8 -> { prefix = "36"; length = 14; }
            case 9 -> { prefix = pick("300", "305", "38", "39"); length = 14 + r.nextInt(3); }
            case 10 -> { prefix = pick("50", "56", "58", "67", "69"); length = 13 + r.nextInt(7); }
            default -> { prefix = "4"; length = 16; }
        }
        StringBuilder sb = new StringBuilder(prefix);
        while (sb.length() < length - 1) {
            sb.append(r.nextInt(10));
        }
        return sb.append(luhnCheckDigit(sb)).toString();
    }

    /** Written in one block, in fours with spaces or dashes, or in the Amex / Diners layout. */
    String formatCard(String digits) {
        int len = digits.length();
        int style = r.nextInt(10);
        if (style < 3) {
            return digits;
        }
        if (len == 15 && style < 7) {
            return group(digits, ' ', 4, 6, 5);
        }
        if (len == 14 && style < 7) {
            return group(digits, ' ', 4, 6, 4);
        }
        return groupsOf(digits, 4, style < 8 ? ' ' : '-');
    }

    static int luhnCheckDigit(CharSequence partial) {
        int sum = 0;
        boolean twice = true;
        for (int i = partial.length() - 1; i >= 0; i--) {
            int d = partial.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    String cvv(String cardDigits) {
        boolean amex = cardDigits.startsWith("34") || cardDigits.startsWith("37");
        return digits(amex ? 4 : 3);
    }

    // ---- accounts -----------------------------------------------------------------------------

    /** A valid compact IBAN of one of the countries agents meet most. */
    String iban() {
        String cc = pick(IBAN_COUNTRIES);
        String bban = switch (cc) {
            case "GB" -> letters(4) + digits(14);
            case "NL" -> letters(4) + digits(10);
            case "IT" -> letters(1) + digits(22);
            case "FR" -> digits(23);
            default -> digits(IbanCountries.length(cc.charAt(0), cc.charAt(1)) - 4);
        };
        return cc + Checksums.ibanCheckDigits(cc, bban) + bban;
    }

    /** The Polish NRB: a Polish IBAN without "PL". */
    String nrb() {
        String bban = digits(24);
        return Checksums.ibanCheckDigits("PL", bban) + bban;
    }

    /** In groups of four or in one block, mostly upper case, sometimes with a space after the country. */
    String formatIban(String compact) {
        int style = r.nextInt(10);
        if (style < 4) {
            return groupsOf(compact, 4, ' ');
        }
        if (style < 7) {
            return compact;
        }
        if (style < 8) {
            return compact.toLowerCase(java.util.Locale.ROOT);
        }
        return compact.substring(0, 2) + " " + compact.substring(2, 4) + " " + groupsOf(compact.substring(4), 4, ' ');
    }

    String formatNrb(String digits) {
        int style = r.nextInt(10);
        if (style < 6) {
            return digits.substring(0, 2) + " " + groupsOf(digits.substring(2), 4, ' ');
        }
        if (style < 9) {
            return digits;
        }
        return digits.substring(0, 2) + " " + digits.substring(2);
    }

    /** A Czech domestic account {@code [prefix-]number/bank} that passes the mod 11 weights. */
    String czechAccount() {
        String number = czechAccountPart(7 + r.nextInt(4));
        String bank = pick(CZECH_BANKS);
        if (r.nextInt(3) == 0) {
            return czechAccountPart(2 + r.nextInt(5)) + "-" + number + "/" + bank;
        }
        return number + "/" + bank;
    }

    private String czechAccountPart(int length) {
        int[] weights = {6, 3, 7, 9, 10, 5, 8, 4, 2, 1};
        while (true) {
            StringBuilder sb = new StringBuilder();
            sb.append(1 + r.nextInt(9));
            while (sb.length() < length - 1) {
                sb.append(r.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < length - 1; i++) {
                sum += weights[10 - length + i] * (sb.charAt(i) - '0');
            }
            int last = (11 - sum % 11) % 11;
            if (last < 10) {
                String part = sb.append(last).toString();
                if (CzechAccounts.number(part)) {
                    return part;
                }
            }
        }
    }

    // ---- national identifiers -------------------------------------------------------------------

    String pesel() {
        LocalDate born = LocalDate.ofEpochDay(r.nextInt((int) LocalDate.of(2023, 12, 31).toEpochDay()
                - (int) LocalDate.of(1925, 1, 1).toEpochDay()) + LocalDate.of(1925, 1, 1).toEpochDay());
        int month = born.getMonthValue() + (born.getYear() >= 2000 ? 20 : 0);
        String first10 = two(born.getYear() % 100) + two(month) + two(born.getDayOfMonth()) + digits(4);
        return first10 + Checksums.peselCheckDigit(first10);
    }

    /** A rodné číslo in its 10-digit form (born 1954 or later), with or without the slash. */
    String rodneCislo() {
        LocalDate born = LocalDate.ofEpochDay(r.nextInt((int) LocalDate.of(2023, 12, 31).toEpochDay()
                - (int) LocalDate.of(1954, 1, 1).toEpochDay()) + LocalDate.of(1954, 1, 1).toEpochDay());
        int month = born.getMonthValue() + (r.nextBoolean() ? 50 : 0);
        if (born.getYear() >= 2004 && r.nextInt(5) == 0) {
            month += 20;
        }
        String base = two(born.getYear() % 100) + two(month) + two(born.getDayOfMonth()) + digits(3);
        long rest = Long.parseLong(base) % 11;
        String number = base + (rest == 10 ? 0 : rest);
        return slashOrNot(number);
    }

    /** The 9-digit form of people born before 1954, always written with the slash. */
    String oldRodneCislo() {
        LocalDate born = LocalDate.of(1920 + r.nextInt(34), 1 + r.nextInt(12), 1).plusDays(r.nextInt(28));
        int month = born.getMonthValue() + (r.nextBoolean() ? 50 : 0);
        return two(born.getYear() % 100) + two(month) + two(born.getDayOfMonth()) + "/" + digits(3);
    }

    String slashOrNot(String tenDigits) {
        int style = r.nextInt(10);
        if (style < 6) {
            return tenDigits.substring(0, 6) + "/" + tenDigits.substring(6);
        }
        if (style < 9) {
            return tenDigits;
        }
        return tenDigits.substring(0, 6) + " " + tenDigits.substring(6);
    }

    // ---- near misses ------------------------------------------------------------------------------

    /** {@code value} with one digit (past {@code from}) changed; single changes break every checksum here. */
    String oneDigitChanged(String value, int from) {
        while (true) {
            int i = from + r.nextInt(value.length() - from);
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            char d = (char) ('0' + (c - '0' + 1 + r.nextInt(9)) % 10);
            return value.substring(0, i) + d + value.substring(i + 1);
        }
    }

    // ---- look-alikes ------------------------------------------------------------------------------

    String orderId() {
        return switch (r.nextInt(10)) {
            case 0 -> "ZAM/" + (2020 + r.nextInt(6)) + "/" + digits(6);
            case 1 -> "ORD-" + digits(8);
            case 2 -> "#PL-" + compactDate() + "-" + digits(4);
            case 3 -> "ORD-" + cardDigits();
            case 4 -> "FV/" + (2020 + r.nextInt(6)) + "/" + two(1 + r.nextInt(12)) + "/" + (1 + r.nextInt(999));
            case 5 -> "RMA-" + (2020 + r.nextInt(6)) + "-" + digits(6);
            case 6 -> "#" + digits(8 + r.nextInt(5));
            case 7 -> (300 + r.nextInt(10)) + "-" + digits(7) + "-" + digits(7);
            case 8 -> "ZAM" + digits(10);
            default -> "CZ-" + (2020 + r.nextInt(6)) + "-" + digits(6);
        };
    }

    /** A plain order or customer number of 8 to 12 digits. */
    String plainNumber() {
        return (1 + r.nextInt(9)) + digits(7 + r.nextInt(5));
    }

    String phone() {
        String mobile = (5 + r.nextInt(4)) + digits(8);
        String m1 = mobile.substring(0, 3);
        String m2 = mobile.substring(3, 6);
        String m3 = mobile.substring(6);
        return switch (r.nextInt(14)) {
            case 0 -> "+48 " + m1 + " " + m2 + " " + m3;
            case 1 -> "0048" + mobile;
            case 2 -> m1 + "-" + m2 + "-" + m3;
            case 3 -> m1 + " " + m2 + " " + m3;
            case 4 -> "+420 " + (6 + r.nextInt(2)) + digits(2) + " " + digits(3) + " " + digits(3);
            case 5 -> "+49 30 " + digits(7);
            case 6 -> "+49 " + "1" + (5 + r.nextInt(3)) + digits(1) + " " + digits(8);
            case 7 -> "+48" + mobile;
            case 8 -> "(22) " + digits(3) + " " + digits(2) + " " + digits(2);
            case 9 -> "+48 22 " + digits(3) + " " + digits(2) + " " + digits(2);
            case 10 -> "030 " + digits(7);
            case 11 -> "00420" + (6 + r.nextInt(2)) + digits(8);
            case 12 -> "+44 20 " + digits(4) + " " + digits(4);
            default -> mobile;
        };
    }

    String date() {
        int y = 2019 + r.nextInt(7);
        int m = 1 + r.nextInt(12);
        int d = 1 + r.nextInt(28);
        return switch (r.nextInt(7)) {
            case 0 -> y + "-" + two(m) + "-" + two(d);
            case 1 -> two(d) + "." + two(m) + "." + y;
            case 2 -> two(d) + "/" + two(m) + "/" + y;
            case 3 -> d + ". " + m + ". " + y;
            case 4 -> y + "-" + two(m) + "-" + two(d) + " " + two(r.nextInt(24)) + ":" + two(r.nextInt(60));
            case 5 -> two(d) + "." + two(m) + "." + two(y % 100);
            default -> "" + y + two(m) + two(d);
        };
    }

    String amount() {
        int whole = 1 + r.nextInt(r.nextBoolean() ? 2000 : 2_000_000);
        String cents = two(r.nextInt(100));
        String spaced = thousands(whole, ' ');
        return switch (r.nextInt(7)) {
            case 0 -> spaced + "," + cents + " zł";
            case 1 -> spaced + "," + cents + " PLN";
            case 2 -> thousands(whole, '.') + "," + cents + " €";
            case 3 -> "€" + thousands(whole, ',') + "." + cents;
            case 4 -> spaced + " Kč";
            case 5 -> "£" + thousands(whole, ',') + "." + cents;
            default -> whole + "." + cents + " EUR";
        };
    }

    /** Three or four digits that are not a CVV: an extension, a room, a parcel locker. */
    String shortNumber() {
        return (1 + r.nextInt(9)) + digits(2 + r.nextInt(2));
    }

    String postcode() {
        return switch (r.nextInt(3)) {
            case 0 -> two(r.nextInt(100)) + "-" + digits(3);
            case 1 -> (1 + r.nextInt(7)) + digits(2) + " " + digits(2);
            default -> (1 + r.nextInt(9)) + digits(4);
        };
    }

    // ---- helpers ------------------------------------------------------------------------------------

    String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    private String letters(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('A' + r.nextInt(26)));
        }
        return sb.toString();
    }

    private String compactDate() {
        return (2020 + r.nextInt(6)) + two(1 + r.nextInt(12)) + two(1 + r.nextInt(28));
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[r.nextInt(options.length)];
    }

    private int pick(int a, int b) {
        return r.nextBoolean() ? a : b;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String thousands(int v, char sep) {
        String s = Integer.toString(v);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                sb.append(sep);
            }
            sb.append(s.charAt(i));
        }
        return sb.toString();
    }

    static String groupsOf(String s, int size, char sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i += size) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(s, i, Math.min(s.length(), i + size));
        }
        return sb.toString();
    }

    private static String group(String s, char sep, int... sizes) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int size : sizes) {
            if (at > 0) {
                sb.append(sep);
            }
            sb.append(s, at, at + size);
            at += size;
        }
        return sb.toString();
    }
}
