package io.rapport.demo;

import io.rapport.customer.CustomerDraft;
import io.rapport.customer.Flag;
import io.rapport.customer.Gender;
import io.rapport.text.Folding;
import io.rapport.text.PhoneNumbers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes believable customers: names from the demo corpus with correct feminine forms and
 * vocatives, valid mobile numbers of the customer's country written the many ways people write
 * them, and e-mail addresses at the providers people there actually use.
 */
final class DemoPeople {
    private static final Map<String, String[]> MOBILE_PREFIXES = Map.of(
            "pl", new String[] {"50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"},
            "cs", new String[] {"601", "602", "603", "604", "605", "606", "607", "608", "702", "720", "721", "723",
                "724", "725", "731", "732", "733", "734", "736", "737", "739", "773", "774", "775", "776", "777"},
            "de", new String[] {"151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174",
                "175", "176", "177", "178", "179"},
            "en", new String[] {"74", "75", "77", "78", "79"});
    private static final Map<String, String> COUNTRY = Map.of("pl", "48", "cs", "420", "de", "49", "en", "44");
    private static final Map<String, Integer> NATIONAL_LENGTH = Map.of("pl", 9, "cs", 9, "de", 11, "en", 10);
    private static final Map<String, String[]> MAIL_DOMAINS = Map.of(
            "pl", new String[] {"gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "op.pl", "outlook.com"},
            "cs", new String[] {"seznam.cz", "email.cz", "gmail.com", "centrum.cz", "post.cz", "volny.cz"},
            "de", new String[] {"gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"},
            "en", new String[] {"gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk",
                "sky.com"});

    private final DemoTexts texts;
    private final PhoneNumbers phones;
    private final Set<String> usedPhones = new HashSet<>();
    private final Set<String> usedEmails = new HashSet<>();

    DemoPeople(DemoTexts texts, PhoneNumbers phones) {
        this.texts = texts;
        this.phones = phones;
    }

    /** A generated person with what templates and texts need to address them. */
    record Person(CustomerDraft draft, Gender gender, String language, String fullName, String formal) {
    }

    Person next(SplittableRandom r, int index, Instant since) {
        double x = r.nextDouble();
        String lang = x < 0.45 ? "pl" : x < 0.70 ? "cs" : x < 0.85 ? "de" : "en";
        DemoTexts.Language l = texts.language(lang);
        boolean female = r.nextBoolean();
        DemoTexts.FirstName first = pick(r, female ? l.names().female() : l.names().male());
        DemoTexts.Surname sur = pick(r, l.names().surnames());
        String last = female ? sur.f() : sur.m();
        String full = first.name() + " " + last;
        String formal;
        switch (lang) {
            case "pl":
                formal = (female ? "Pani " : "Panie ") + first.vocative();
                break;
            case "cs":
                formal = female ? "paní " + sur.fVoc() : "pane " + sur.mVoc();
                break;
            case "de":
                formal = (female ? "Frau " : "Herr ") + last;
                break;
            default:
                formal = (female ? "Ms " : "Mr ") + last;
        }
        List<String> phoneList = new ArrayList<>();
        phoneList.add(phone(r, lang));
        if (r.nextInt(5) == 0) {
            phoneList.add(phone(r, lang));
        }
        List<String> emails = new ArrayList<>();
        if (r.nextInt(10) < 8) {
            emails.add(email(r, lang, first.name(), last));
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (r.nextInt(100) < 3) {
            flags.add(Flag.VIP);
        }
        if (r.nextInt(100) < 4) {
            flags.add(Flag.VULNERABLE);
        }
        if (r.nextInt(100) < 2) {
            flags.add(Flag.DO_NOT_CALL);
        }
        Gender g = female ? Gender.FEMALE : Gender.MALE;
        CustomerDraft d = new CustomerDraft(full, first.name(), last, g, formal, lang, flags, phoneList, emails,
                String.format("C-%07d", index + 1), Map.of(), since, null);
        return new Person(d, g, lang, full, formal);
    }

    private static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    /** A valid, unused mobile number, written the way a customer or a CRM might write it. */
    String phone(SplittableRandom r, String lang) {
        for (int attempt = 0; attempt < 100; attempt++) {
            String[] prefixes = MOBILE_PREFIXES.get(lang);
            String prefix = prefixes[r.nextInt(prefixes.length)];
            StringBuilder nsn = new StringBuilder(prefix);
            int len = NATIONAL_LENGTH.get(lang);
            while (nsn.length() < len) {
                nsn.append((char) ('0' + r.nextInt(10)));
            }
            String e164 = "+" + COUNTRY.get(lang) + nsn;
            if (!phones.isValid(e164) || !usedPhones.add(e164)) {
                continue;
            }
            return written(r, lang, nsn.toString());
        }
        throw new IllegalStateException("could not generate a phone number for " + lang);
    }

    private static String written(SplittableRandom r, String lang, String nsn) {
        String cc = COUNTRY.get(lang);
        switch (r.nextInt(4)) {
            case 0:
                return "+" + cc + " " + groups(nsn, lang);
            case 1:
                return "00" + cc + nsn;
            case 2:
                return "+" + cc + nsn;
            default:
                return "+" + cc + " " + nsn.replaceAll("(\\d{3})(?=\\d)", "$1-");
        }
    }

    private static String groups(String nsn, String lang) {
        if ("de".equals(lang) || "en".equals(lang)) {
            return nsn.substring(0, 4) + " " + nsn.substring(4);
        }
        return nsn.substring(0, 3) + " " + nsn.substring(3, 6) + " " + nsn.substring(6);
    }

    private String email(SplittableRandom r, String lang, String first, String last) {
        String f = ascii(first);
        String l = ascii(last);
        String[] domains = MAIL_DOMAINS.get(lang);
        for (int attempt = 0; attempt < 50; attempt++) {
            String local;
            switch (r.nextInt(5)) {
                case 0:
                    local = f + "." + l;
                    break;
                case 1:
                    local = f.charAt(0) + "." + l;
                    break;
                case 2:
                    local = f + l.charAt(0) + (1950 + r.nextInt(55));
                    break;
                case 3:
                    local = l + "." + f;
                    break;
                default:
                    local = f + "_" + l + r.nextInt(100);
            }
            String e = local + "@" + domains[r.nextInt(domains.length)];
            if (usedEmails.add(e)) {
                return e;
            }
        }
        return f + "." + l + "." + usedEmails.size() + "@" + domains[0];
    }

    private static String ascii(String s) {
        return Folding.fold(s).replaceAll("[^a-z0-9]", "");
    }
}
