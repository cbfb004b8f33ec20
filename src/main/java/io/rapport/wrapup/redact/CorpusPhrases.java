package io.rapport.wrapup.redact;

/** What agents write around the numbers, in the four languages of the synthetic corpus. */
enum CorpusPhrases {
    PL(new String[] {"Klient dzwoni w sprawie zwrotu.", "Reklamacja przyjęta, klient zdenerwowany 😠.",
        "Rozmowa przebiegła spokojnie.", "Klientka prosi o kontakt po 16:00.", "Sprawa przekazana do działu płatności.",
        "Obiecałam oddzwonić jutro 🙂"},
        new String[] {"Klient podał numer karty", "karta", "nr karty", "Płatność kartą", "karta klienta"},
        new String[] {"CVV", "kod CVV", "kod zabezpieczający", "CVC"}, "ważna do",
        new String[] {"nr konta", "numer rachunku", "przelew na konto", "zwrot na rachunek", "IBAN"},
        new String[] {"PESEL", "pesel klienta", "nr PESEL", "weryfikacja po PESEL"},
        new String[] {"rodné číslo klienta z CZ", "RČ"},
        new String[] {"zamówienie", "nr zamówienia", "zam.", "reklamacja do zamówienia", "numer klienta"},
        new String[] {"tel.", "telefon", "oddzwonić na", "nr kontaktowy", "kom."},
        new String[] {"dnia", "data dostawy", "termin", "od"},
        new String[] {"kwota", "do zapłaty", "zwrot", "opłata"},
        new String[] {"pokój", "wewn.", "paczkomat nr", "lokal"},
        new String[] {"kod pocztowy", "adres: ul. Polna 5,"}),
    CS(new String[] {"Zákazník volá kvůli vrácení peněz.", "Reklamace přijata 👍.", "Hovor proběhl v klidu.",
        "Zákaznice žádá o zpětné volání.", "Předáno na oddělení plateb.", "Slíbila jsem zavolat zítra."},
        new String[] {"číslo karty", "karta", "platební karta", "zákazník nadiktoval kartu"},
        new String[] {"CVV", "bezpečnostní kód", "kód CVV", "CVC"}, "platnost",
        new String[] {"číslo účtu", "účet", "IBAN", "vrácení na účet"},
        new String[] {"PESEL (polský zákazník)", "PESEL"},
        new String[] {"rodné číslo", "RČ", "r.č.", "rodné č."},
        new String[] {"objednávka", "č. objednávky", "reklamace k objednávce", "zákaznické číslo"},
        new String[] {"tel.", "telefon", "mobil", "volat zpět na"},
        new String[] {"dne", "datum doručení", "od"},
        new String[] {"částka", "k úhradě", "vratka"},
        new String[] {"linka", "pobočka", "kancelář"},
        new String[] {"PSČ", "adresa: Dlouhá 12,"}),
    DE(new String[] {"Kunde ruft wegen Erstattung an.", "Reklamation aufgenommen, Kunde verärgert 😤.",
        "Gespräch verlief ruhig.", "Kundin bittet um Rückruf.", "An die Zahlungsabteilung weitergeleitet.",
        "Rückruf morgen zugesagt."},
        new String[] {"Kartennummer", "Karte", "Kreditkarte", "Kunde nannte Karte"},
        new String[] {"Prüfnummer", "Kartenprüfnummer", "CVC", "Sicherheitscode"}, "gültig bis",
        new String[] {"IBAN", "Kontonummer", "Erstattung auf", "Bankverbindung"},
        new String[] {"PESEL", "polnische PESEL"},
        new String[] {"Geburtsnummer (rodné číslo)", "RČ"},
        new String[] {"Bestellung", "Bestellnummer", "Auftrag", "Rücksendung zu Bestellung", "Kundennummer"},
        new String[] {"Tel.", "Telefon", "Rückruf unter", "Handy", "mobil"},
        new String[] {"am", "Lieferdatum", "seit"},
        new String[] {"Betrag", "offen", "Gutschrift"},
        new String[] {"Durchwahl", "Filiale", "Zimmer"},
        new String[] {"PLZ", "Adresse: Hauptstraße 7,"}),
    EN(new String[] {"Customer called about a refund.", "Complaint logged, customer upset 😞.",
        "Call went smoothly.", "Customer asks for a call back after 4pm.", "Passed to the payments team.",
        "Promised to call back tomorrow."},
        new String[] {"card number", "card", "customer read out card", "paid with card"},
        new String[] {"CVV", "security code", "CVC2", "CVV2"}, "exp",
        new String[] {"IBAN", "account", "refund to", "bank account"},
        new String[] {"PESEL", "Polish ID (PESEL)"},
        new String[] {"birth number", "rodne cislo"},
        new String[] {"order", "order no.", "ref", "return for order", "customer no."},
        new String[] {"phone", "call back on", "mobile", "tel"},
        new String[] {"on", "delivery date", "since"},
        new String[] {"amount", "balance", "refund of"},
        new String[] {"ext.", "room", "store"},
        new String[] {"postcode", "address: 5 High St,"});

    final String[] fillers;
    final String[] card;
    final String[] cvv;
    final String validUntil;
    final String[] account;
    final String[] pesel;
    final String[] rodneCislo;
    final String[] order;
    final String[] phone;
    final String[] date;
    final String[] amount;
    final String[] shortNumber;
    final String[] postcode;

    CorpusPhrases(String[] fillers, String[] card, String[] cvv, String validUntil, String[] account,
            String[] pesel, String[] rodneCislo, String[] order, String[] phone, String[] date, String[] amount,
            String[] shortNumber, String[] postcode) {
        this.fillers = fillers;
        this.card = card;
        this.cvv = cvv;
        this.validUntil = validUntil;
        this.account = account;
        this.pesel = pesel;
        this.rodneCislo = rodneCislo;
        this.order = order;
        this.phone = phone;
        this.date = date;
        this.amount = amount;
        this.shortNumber = shortNumber;
        this.postcode = postcode;
    }
}
