package io.rapport.wrapup.redact;

/**
 * Recognises a number labelled as an order, invoice or ticket number ({@code nr zamówienia
 * 62111895801}, {@code Bestellung 18030913564}). Shops number orders with 10-11 plain digits, and
 * one in fifty such numbers passes the PESEL or rodné číslo check by chance; the label settles
 * it. Customer numbers are not on the list: some companies use the PESEL as the customer number.
 */
final class OrderLabels {
    /** How far back a label may stand, in chars, within the same clause. */
    private static final int REACH = 40;
    private static final String[] ORDER = {
        "zamówieni", "zamowieni", "zam.", "zlecen", "faktur", "zgłoszeni", "zgloszeni", "przesyłk", "przesylk",
        "objednáv", "objednav", "zásilk", "zasilk",
        "bestell", "auftrag", "rechnung", "sendung",
        "order", "invoice", "ticket", "tracking", "rma",
    };
    /** A label for the person after the order label wins: "zamówienie złożył klient, PESEL …". */
    private static final String[] PERSON = {"pesel", "rodn", "rč", "r.č", "geburts", "birth"};

    private OrderLabels() {
    }

    /** True if the nearest label before {@code s}, in the same clause, names an order. */
    static boolean labelsOrder(String t, int s) {
        int from = clauseStart(t, s);
        int lastOrder = lastLabel(t, from, s, ORDER);
        return lastOrder >= 0 && lastOrder > lastLabel(t, from, s, PERSON);
    }

    /** Stops at a line or sentence end, or at another number (whose label it would be). */
    private static int clauseStart(String t, int s) {
        int limit = Math.max(0, s - REACH);
        for (int i = s - 1; i >= limit; i--) {
            char c = t.charAt(i);
            if (c == '\n' || c == ';' || c == '|' || Boundaries.digit(c)) {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < s && Character.isWhitespace(t.charAt(i + 1))
                    && !endsAbbreviation(t, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    /** "zam. 123" and "č. objednávky": a dot right after one or three letters is no sentence end. */
    private static boolean endsAbbreviation(String t, int dot) {
        int letters = 0;
        for (int i = dot - 1; i >= 0 && Character.isLetter(t.charAt(i)); i--) {
            letters++;
        }
        return letters >= 1 && letters <= 3;
    }

    private static int lastLabel(String t, int from, int to, String[] labels) {
        for (int i = to - 1; i >= from; i--) {
            if (!Character.isLetter(t.charAt(i)) || (i > 0 && Character.isLetter(t.charAt(i - 1)))) {
                continue;
            }
            char first = Character.toLowerCase(t.charAt(i));
            for (String l : labels) {
                if (l.charAt(0) == first && i + l.length() <= to && t.regionMatches(true, i, l, 0, l.length())) {
                    return i;
                }
            }
        }
        return -1;
    }
}
