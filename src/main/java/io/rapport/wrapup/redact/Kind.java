package io.rapport.wrapup.redact;

/** The kinds of sensitive value the {@link Redactor} removes from wrap-up notes. */
public enum Kind {
    /** A payment card number (PAN). */
    CARD("card"),
    /** A card verification value written next to a card number. */
    CVV("cvv"),
    /** A bank account: an IBAN, a Polish NRB or a Czech domestic account number. */
    IBAN("iban"),
    /** A Polish national identification number. */
    PESEL("pesel"),
    /** A Czech or Slovak birth number. */
    RODNE_CISLO("rodne-cislo");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    /** A stable lower-case identifier for logs, settings and reports, e.g. {@code "rodne-cislo"}. */
    public String id() {
        return id;
    }
}
