package io.rapport.wrapup.redact;

import java.util.function.IntUnaryOperator;

/**
 * How people group the digits of each kind when they type it. Checked on group lengths
 * {@code first..last} of a chain: phones ({@code 48 601 234 567}), amounts and the insides of
 * mistyped account numbers are grouped differently, which keeps them from passing as a PESEL or a
 * card by a one-in-ten checksum chance.
 */
final class GroupShapes {
    private GroupShapes() {
    }

    /** One block, fours with a shorter last group, or the Amex / Diners / Visa-13 layouts. */
    static boolean card(IntUnaryOperator len, int first, int last) {
        int k = last - first + 1;
        if (k == 1) {
            return true;
        }
        boolean fours = true;
        for (int i = first; i < last; i++) {
            fours &= len.applyAsInt(i) == 4;
        }
        if (fours && len.applyAsInt(last) <= 4) {
            return true;
        }
        return is(len, first, last, 4, 6, 5) || is(len, first, last, 4, 6, 4) || is(len, first, last, 4, 3, 3, 3);
    }

    /** {@code 44051401359}, {@code 440514 01359} or {@code 44 05 14 01359}. */
    static boolean pesel(IntUnaryOperator len, int first, int last) {
        return is(len, first, last, 11) || is(len, first, last, 6, 5) || is(len, first, last, 2, 2, 2, 5);
    }

    /** {@code 7360285163} or {@code 736028 5163} (the slash form is read separately). */
    static boolean rodneCislo(IntUnaryOperator len, int first, int last) {
        return is(len, first, last, 10) || is(len, first, last, 6, 4);
    }

    /** One block, the printed {@code 61 1090 1014 …} layout, or check digits apart from the rest. */
    static boolean nrb(IntUnaryOperator len, int first, int last) {
        return is(len, first, last, 26) || is(len, first, last, 2, 4, 4, 4, 4, 4, 4) || is(len, first, last, 2, 24);
    }

    private static boolean is(IntUnaryOperator len, int first, int last, int... shape) {
        if (last - first + 1 != shape.length) {
            return false;
        }
        for (int i = 0; i < shape.length; i++) {
            if (len.applyAsInt(first + i) != shape[i]) {
                return false;
            }
        }
        return true;
    }
}
