package io.rapport.wrapup.redact;

/**
 * Check-digit and birth-date rules of the identifiers the redactor looks for. Every method takes
 * the value compacted (no spaces, dashes or slashes) and never throws on malformed input: it
 * answers {@code false} instead, because candidates come straight from free text.
 */
final class Checksums {
    private static final int[] PESEL_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    /** Czech account weights, applied right-aligned to both the prefix and the number. */
    private static final int[] CZECH_ACCOUNT_WEIGHTS = {6, 3, 7, 9, 10, 5, 8, 4, 2, 1};
    /** 2-digit years below this belong to 10-digit rodná čísla of 2000+, or 9-digit ones of 1900+. */
    private static final int RODNE_CISLO_PIVOT = 54;

    private Checksums() {
    }

    /** Luhn (mod 10) over ASCII digits. */
    static boolean luhn(CharSequence digits) {
        int n = digits.length();
        if (n == 0) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = n - 1; i >= 0; i--) {
            int d = digit(digits.charAt(i));
            if (d < 0) {
                return false;
            }
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /**
     * ISO 7064 mod 97 over digits and letters (A=10 … Z=35, case-insensitive); -1 if another char
     * occurs. Runs in one pass with a small accumulator, so any length works.
     */
    static int mod97(CharSequence s) {
        int r = 0;
        for (int i = 0; i < s.length(); i++) {
            r = mod97Step(r, s.charAt(i));
            if (r < 0) {
                return -1;
            }
        }
        return r;
    }

    /** ISO 13616: the compact IBAN moved 4 chars to the left leaves remainder 1. */
    static boolean iban(CharSequence compact) {
        int n = compact.length();
        if (n < 5) {
            return false;
        }
        int r = 0;
        for (int k = 0; k < n; k++) {
            r = mod97Step(r, compact.charAt((k + 4) % n));
            if (r < 0) {
                return false;
            }
        }
        return r == 1;
    }

    /** A Polish NRB (26 digits) is the Polish IBAN without its "PL". */
    static boolean nrb(CharSequence digits) {
        return digits.length() == 26 && allDigits(digits) && iban("PL" + digits);
    }

    /** The two IBAN check digits for a country and BBAN (used to build test data). */
    static String ibanCheckDigits(String country, String bban) {
        int r = mod97(bban + country + "00");
        int check = 98 - r;
        return check < 10 ? "0" + check : Integer.toString(check);
    }

    /** PESEL: the weighted checksum and a real birth date with the century encoded in the month. */
    static boolean pesel(CharSequence d) {
        if (d.length() != 11 || !allDigits(d)) {
            return false;
        }
        return peselCheckDigit(d) == digit(d.charAt(10)) && peselDateValid(d);
    }

    /** The eleventh PESEL digit for the first ten. */
    static int peselCheckDigit(CharSequence d) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += PESEL_WEIGHTS[i] * digit(d.charAt(i));
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean peselDateValid(CharSequence d) {
        int yy = number(d, 0, 2);
        int mm = number(d, 2, 4);
        int dd = number(d, 4, 6);
        int century;
        if (mm >= 81 && mm <= 92) {
            century = 1800;
        } else if (mm >= 1 && mm <= 12) {
            century = 1900;
        } else if (mm >= 21 && mm <= 32) {
            century = 2000;
        } else if (mm >= 41 && mm <= 52) {
            century = 2100;
        } else if (mm >= 61 && mm <= 72) {
            century = 2200;
        } else {
            return false;
        }
        int month = mm % 20;
        return dd >= 1 && dd <= daysInMonth(century + yy, month);
    }

    /**
     * Rodné číslo: 10 digits (born 1954 or later) divisible by 11, or by the pre-1985 rule
     * first nine mod 11 = 10 with a final 0; or 9 digits (born before 1954), which carry no check
     * digit. Women add 50 to the month; from 2004 the month may also carry +20 (or +70).
     */
    static boolean rodneCislo(CharSequence d) {
        int n = d.length();
        if ((n != 9 && n != 10) || !allDigits(d) || !rodneCisloDate(d, n == 10)) {
            return false;
        }
        if (n == 9) {
            return true;
        }
        long base = Long.parseLong(d.subSequence(0, 9).toString());
        int check = digit(d.charAt(9));
        return (base * 10 + check) % 11 == 0 || (base % 11 == 10 && check == 0);
    }

    /** True if the first six digits are a birth date as a 10-digit (or 9-digit) rodné číslo writes it. */
    static boolean rodneCisloDate(CharSequence d, boolean tenDigits) {
        if (d.length() < 6) {
            return false;
        }
        int yy = number(d, 0, 2);
        int mm = number(d, 2, 4);
        int dd = number(d, 4, 6);
        if (yy < 0 || mm < 0 || dd < 0) {
            return false;
        }
        if (!tenDigits && yy >= RODNE_CISLO_PIVOT) {
            return false;
        }
        int year = tenDigits && yy < RODNE_CISLO_PIVOT ? 2000 + yy : 1900 + yy;
        int month;
        boolean extension = false;
        if (mm >= 1 && mm <= 12) {
            month = mm;
        } else if (mm >= 51 && mm <= 62) {
            month = mm - 50;
        } else if (mm >= 21 && mm <= 32) {
            month = mm - 20;
            extension = true;
        } else if (mm >= 71 && mm <= 82) {
            month = mm - 70;
            extension = true;
        } else {
            return false;
        }
        // The +20 months exist only since 2004, when some days ran out of serial numbers.
        if (extension && year < 2004) {
            return false;
        }
        return dd >= 1 && dd <= daysInMonth(year, month);
    }

    /** One part (prefix or number) of a Czech domestic account: weighted sum divisible by 11. */
    static boolean czechAccountPart(CharSequence d) {
        int n = d.length();
        if (n == 0 || n > CZECH_ACCOUNT_WEIGHTS.length || !allDigits(d)) {
            return false;
        }
        int offset = CZECH_ACCOUNT_WEIGHTS.length - n;
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += CZECH_ACCOUNT_WEIGHTS[offset + i] * digit(d.charAt(i));
        }
        return sum % 11 == 0;
    }

    static boolean allDigits(CharSequence d) {
        for (int i = 0; i < d.length(); i++) {
            if (digit(d.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
                return leap ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return month >= 1 && month <= 12 ? 31 : 0;
        }
    }

    private static int mod97Step(int r, char c) {
        if (c >= '0' && c <= '9') {
            return (r * 10 + (c - '0')) % 97;
        }
        if (c >= 'A' && c <= 'Z') {
            return (r * 100 + (c - 'A' + 10)) % 97;
        }
        if (c >= 'a' && c <= 'z') {
            return (r * 100 + (c - 'a' + 10)) % 97;
        }
        return -1;
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    private static int number(CharSequence d, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int x = digit(d.charAt(i));
            if (x < 0) {
                return -1;
            }
            v = v * 10 + x;
        }
        return v;
    }
}
